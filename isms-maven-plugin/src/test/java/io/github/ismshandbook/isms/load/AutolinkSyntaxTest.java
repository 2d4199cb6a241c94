package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AutolinkSyntaxTest {

    /** Each link node of the body as {@code Class text}. */
    private static List<String> links(String markdown) {
        return links(MarkdownSyntax.PARSER.parse(markdown));
    }

    private static List<String> links(Document document) {
        List<String> links = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AutoLink link) {
                links.add("AutoLink " + link.getText());
            } else if (node instanceof MailLink link) {
                links.add("MailLink " + link.getText());
            }
        }
        return links;
    }

    private static void assertSameTreeAsFlexmark(String markdown) {
        assertThat(FlexmarkReference.tree(MarkdownSyntax.PARSER.parse(markdown))).as(markdown)
                .isEqualTo(FlexmarkReference.tree(FlexmarkReference.PARSER.parse(markdown)));
    }

    @Test
    void aBareUrlBecomesALink() {
        assertThat(links("See https://example.com/x for details.")).containsExactly("AutoLink https://example.com/x");
        assertSameTreeAsFlexmark("See https://example.com/x for details.");
    }

    @Test
    void aWwwAddressBecomesALink() {
        assertThat(links("Go to www.example.com today.")).containsExactly("AutoLink www.example.com");
        assertSameTreeAsFlexmark("Go to www.example.com today.");
    }

    @Test
    void anEmailAddressBecomesAMailLink() {
        assertThat(links("Write to mail@example.com.")).containsExactly("MailLink mail@example.com");
        assertSameTreeAsFlexmark("Write to mail@example.com.");
    }

    @Test
    void renderedLinksPointWhereTheTextSays() {
        Document document = MarkdownSyntax.PARSER.parse("https://example.com/x, www.example.com and mail@example.com\n");
        String html = HtmlRenderer.builder(MarkdownSyntax.OPTIONS).build().render(document);

        assertThat(Jsoup.parse(html).select("a").eachAttr("href"))
                .containsExactly("https://example.com/x", "http://www.example.com", "mailto:mail@example.com");
    }

    /**
     * The pre-filter lets any case of {@code www} through, but flexmark-ext-autolink's scanner itself only takes a
     * lower-case {@code www.}: an upper-case address stays text, as it does with the extension alone.
     */
    @Test
    void anUpperCaseWwwAddressIsLeftToFlexmarkWhichKeepsItText() {
        assertThat(AutolinkSyntax.mayHoldLink(BasedSequence.of("WWW.Example.com"))).isTrue();
        assertThat(links("WWW.Example.com")).isEmpty();
        assertSameTreeAsFlexmark("WWW.Example.com and Www.example.com");
        // the host may be in any case once www. is lower case
        assertThat(links("www.Example.COM")).containsExactly("AutoLink www.Example.COM");
    }

    @Test
    void textWithoutATriggerGainsNoLink() {
        assertThat(links("plain words only")).isEmpty();
        assertSameTreeAsFlexmark("plain words only");
    }

    @Test
    void aTriggerThatStartsNoLinkGainsNoLink() {
        assertThat(links("a:b text")).isEmpty();
        assertThat(links("wwx.example.com")).isEmpty();
        assertThat(links("www.localhost")).isEmpty();
        assertThat(links("@handle and user@")).isEmpty();
        assertSameTreeAsFlexmark("a:b text, wwx.example.com, www.localhost, @handle and user@");
    }

    @Test
    void linksInCodeAndExplicitLinksAreLeftAlone() {
        assertThat(links("`https://example.com/code` and [label](https://example.com/y)")).isEmpty();
        assertSameTreeAsFlexmark("`https://example.com/code` and [label](https://example.com/y)");
    }

    @Test
    void theIgnoreLinksOptionOfTheExtensionIsHonoured() {
        MutableDataSet options = new MutableDataSet(MarkdownSyntax.OPTIONS)
                .set(AutolinkExtension.IGNORE_LINKS, "https://internal\\..*");
        Parser parser = Parser.builder(options).build();

        assertThat(links(parser.parse("https://internal.example and https://example.com/z")))
                .containsExactly("AutoLink https://example.com/z");
    }

    @Test
    void mayHoldLinkOnlyWhenALinkCouldStart() {
        for (String yes : List.of("https://x", "a:b", "mail@example.com", "www", "a www.b.c", "WwW", "wwW.",
                "&#64;", "x &amp; y", ":")) {
            assertThat(AutolinkSyntax.mayHoldLink(BasedSequence.of(yes))).as(yes).isTrue();
        }
        for (String no : List.of("", "plain words only", "ww", "xww", "w w w", "wwx.example.com", "w.w.w", "ww.w",
                "example.com/path?x=1", "#hash")) {
            assertThat(AutolinkSyntax.mayHoldLink(BasedSequence.of(no))).as(no).isFalse();
        }
    }

    /**
     * The pre-filter may only skip what flexmark's processor would leave as it is: for bodies mixed from links,
     * near misses, escapes, entities and inline markup, the tree is flexmark-ext-autolink's, node for node.
     */
    @Test
    void givesFlexmarksTreeForMixedText() {
        List<String> pieces = List.of("https://example.com/a?b=c", "http://x.y/", "ftp://", "www.example.org",
                "WWW.EXAMPLE.ORG", "www.", "ww.", "wwx.y.z", "a@b.co", "mail@example.com", "@", ":", "a:b",
                "mailto:a@b.c", "&#64;", "&amp;", "&colon;", "\\:", "\\@", "`www.code.org`", "*", "_", "**bold**",
                "[l](https://l.ink)", "<https://angle.example>", "[[POL-1]]", "(", ")", ".", ",", " ", " ", "\n",
                "\n\n", "word", "> ", "- ", "| a | b |\n|---|---|\n| www.t.able | x |\n", "~~www.del.org~~", "[^1]",
                "\n[^1]: note www.foot.note\n");
        Random random = new Random(1122);
        for (int i = 0; i < 1_000; i++) {
            StringBuilder markdown = new StringBuilder();
            int n = 1 + random.nextInt(10);
            for (int j = 0; j < n; j++) {
                markdown.append(pieces.get(random.nextInt(pieces.size())));
            }
            assertSameTreeAsFlexmark(markdown.toString());
        }
    }
}
