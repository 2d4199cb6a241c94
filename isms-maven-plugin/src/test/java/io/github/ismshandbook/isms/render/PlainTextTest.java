package io.github.ismshandbook.isms.render;

import org.junit.jupiter.api.Test;
import org.owasp.html.Encoding;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    private static final int ENOUGH = 1_000;

    private static String text(String html) {
        return PlainText.of(html, ENOUGH);
    }

    @Test
    void inlineTagsJoinTheirNeighbours() {
        assertThat(text("<p>See <a href=\"../controls/A.5.15.html\">A.5.15</a>.</p>")).isEqualTo("See A.5.15.");
        assertThat(text("<p><strong>Must</strong>n't and <code>x</code>-ray</p>")).isEqualTo("Mustn't and x-ray");
        assertThat(text("a<span class=\"broken-link\">b</span>c")).isEqualTo("abc");
    }

    @Test
    void blockTagsSeparateWords() {
        assertThat(text("<p>a</p><p>b</p>")).isEqualTo("a b");
        assertThat(text("<ul><li>one</li><li>two</li></ul>")).isEqualTo("one two");
        assertThat(text("x<br>y")).isEqualTo("x y");
        assertThat(text("<td>cell</td><td>next</td>")).isEqualTo("cell next");
    }

    @Test
    void entitiesAreDecodedAfterTheTagsAreGone() {
        assertThat(text("<p>Tom &amp; Jerry say &#34;hi&#34; &#x27;twice&#x27;</p>")).isEqualTo("Tom & Jerry say \"hi\" 'twice'");
        // an escaped tag is text the author wrote, not markup
        assertThat(text("&lt;b&gt;bold&lt;/b&gt;")).isEqualTo("<b>bold</b>");
    }

    @Test
    void whiteSpaceIsCollapsedAndTrimmed() {
        assertThat(text("\n  <p>a \t\r\n b</p>\f\u000B")).isEqualTo("a b");
        assertThat(text("<p> </p><p>\n</p>")).isEmpty();
        // a non-breaking space is a character of the text, as it was before the rewrite
        assertThat(text("a&nbsp;&nbsp;b")).isEqualTo("a\u00A0\u00A0b");
    }

    @Test
    void longTextIsCutAtTheLastWordBoundaryBeforeTheLimit() {
        assertThat(PlainText.of("one two three four", 10)).isEqualTo("one two");
        assertThat(PlainText.of("onetwothre three", 10)).isEqualTo("onetwothre");
        assertThat(PlainText.of("<p>one</p><p>two</p>", 7)).isEqualTo("one two");
    }

    @Test
    void textAtTheLimitIsNotCutAndAWordLongerThanTheLimitIsCutInside() {
        assertThat(PlainText.of("one two", 7)).isEqualTo("one two");
        assertThat(PlainText.of("abcdefghijklmnop", 10)).isEqualTo("abcdefghij");
    }

    @Test
    void aLessThanSignWithoutAGreaterThanSignIsKept() {
        assertThat(text("a < b")).isEqualTo("a < b");
        assertThat(text("<p>x</p> <")).isEqualTo("x <");
    }

    @Test
    void inlineTagNamesAreMatchedWhateverTheirCase() {
        assertThat(text("a<EM>b</EM>c")).isEqualTo("abc");
        assertThat(text("<A HREF=\"x.html\">A.5</A>.")).isEqualTo("A.5.");
    }

    @Test
    void attributesOnTheirOwnLineDoNotMakeAnInlineTagABlock() {
        assertThat(text("x<a\nhref=\"y.html\">y</a>z")).isEqualTo("xyz");
        assertThat(text("x<abbr\ttitle=\"t\">y</abbr>z")).isEqualTo("xyz");
    }

    @Test
    void aTagWhoseNameOnlyStartsLikeAnInlineOneIsABlock() {
        assertThat(text("x<abbrx>y</abbrx>z")).isEqualTo("x y z");
        assertThat(text("x<section>y</section>z")).isEqualTo("x y z");
        assertThat(text("x<address>y</address>z")).isEqualTo("x y z");
        assertThat(text("x<spanx>y</spanx>z")).isEqualTo("x y z");
        // and the inline names themselves still join
        assertThat(text("x<abbr>y</abbr>z<s>w</s>")).isEqualTo("xyzw");
    }

    /**
     * The one-pass stripper replaced two regular expressions; on sanitized HTML (every {@code <} starts a tag, a
     * {@code >} inside a value is escaped) both must give the same words.
     */
    @Test
    void givesWhatTheRegularExpressionsGaveOnSanitizedHtml() {
        List<String> pieces = List.of("<p>", "</p>", "<a href=\"x.html\">", "</a>", "<EM>", "</em>", "<code>",
                "</code>", "<li>", "</li>", "<br>", "<section>", "</section>", "<abbrx>", "<address>", "<span\nclass=\"c\">",
                "</span>", "<td>", "<img alt=\"a &gt; b\" src=\"i.png\">", "<h2 id=\"scope\">", "</h2>", "word", "A.5.15",
                ".", ",", " ", "  ", "\n", "\t", "\r\n", "&amp;", "&#34;", "&lt;b&gt;", "&nbsp;", "ünïcödé", "x-y");
        Random random = new Random(20261122);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder html = new StringBuilder();
            int n = random.nextInt(12);
            for (int j = 0; j < n; j++) {
                html.append(pieces.get(random.nextInt(pieces.size())));
            }
            if (random.nextInt(10) == 0) {
                html.append(" <"); // a lone '<' can only come last: sanitized text has &lt;
            }
            int max = 1 + random.nextInt(40);
            assertThat(PlainText.of(html.toString(), max)).as("%s (max %d)", html, max)
                    .isEqualTo(FormerPlainText.of(html.toString(), max));
        }
    }

    /** The implementation before the one-pass stripper, kept as the reference. */
    private static final class FormerPlainText {
        private static final Pattern INLINE_TAG = Pattern.compile(
                "</?(?:a|span|em|strong|b|i|u|s|del|ins|mark|small|sub|sup|abbr|cite|q|dfn|kbd|samp|var|time|code)(?:\\s[^>]*)?>",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
        private static final Pattern SPACE = Pattern.compile("\\s+");

        static String of(String sanitizedHtml, int maxLength) {
            String text = ANY_TAG.matcher(INLINE_TAG.matcher(sanitizedHtml).replaceAll("")).replaceAll(" ");
            text = SPACE.matcher(Encoding.decodeHtml(text)).replaceAll(" ").trim();
            if (text.length() <= maxLength) {
                return text;
            }
            int cut = text.lastIndexOf(' ', maxLength);
            return text.substring(0, cut > 0 ? cut : maxLength);
        }
    }
}
