package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.load.HtmlLinkTags.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The a and img tags of raw HTML, read as a browser reads them. */
class HtmlLinkTagsTest {

    private static List<String> urls(String html) {
        return HtmlLinkTags.of(html).stream()
                .map(t -> t.isImage() ? t.attribute("src") : t.attribute("href"))
                .filter(a -> a != null)
                .map(HtmlLinkTags.Attribute::value)
                .toList();
    }

    @Test
    void hrefOfLinksAndSrcOfImagesWithTheirPlace() {
        String html = "<p>See <a class=\"x\" href=\"../policies/a.md#scope\">a</a> and <img alt=\"net\" src='net.png'></p>";

        List<Tag> tags = HtmlLinkTags.of(html);

        assertThat(tags).extracting(Tag::name, Tag::closing).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", false), org.assertj.core.groups.Tuple.tuple("a", true),
                org.assertj.core.groups.Tuple.tuple("img", false));
        HtmlLinkTags.Attribute href = tags.get(0).attribute("href");
        assertThat(href.value()).isEqualTo("../policies/a.md#scope");
        assertThat(html.substring(href.nameStart())).startsWith("href=");
        assertThat(html.substring(href.valueStart(), href.valueEnd())).isEqualTo("../policies/a.md#scope");
        assertThat(html.substring(tags.get(0).start(), tags.get(0).end())).isEqualTo("<a class=\"x\" href=\"../policies/a.md#scope\">");
        assertThat(html.substring(tags.get(1).start(), tags.get(1).end())).isEqualTo("</a>");
        assertThat(tags.get(2).attribute("src").value()).isEqualTo("net.png");
        assertThat(tags.get(2).attribute("alt").value()).isEqualTo("net");
    }

    @Test
    void unquotedValuesAnyCaseAndEntitiesAreReadAsBrowsersReadThem() {
        assertThat(urls("<A HREF=a.md>x</A> <IMG SRC = b.png> <a href=\"c&amp;d.md\"> <a href='e&#46;md'>"))
                .containsExactly("a.md", "b.png", "c&d.md", "e.md");
    }

    @Test
    void theFirstOfARepeatedAttributeCounts() {
        assertThat(urls("<a href=\"first.md\" href=\"second.md\">")).containsExactly("first.md");
    }

    @Test
    void tagsInsideValuesCommentsScriptsAndTextAreNoTags() {
        assertThat(urls("<img alt=\"<a href=inside.md>\" src=real.png>")).containsExactly("real.png");
        assertThat(urls("<!-- <a href=\"commented.md\"> --> <a href=\"after.md\">")).containsExactly("after.md");
        assertThat(urls("<script>var s = '<a href=\"script.md\">';</script><a href=\"real.md\">")).containsExactly("real.md");
        assertThat(urls("a < b and <3 <a href=\"x.md\">")).containsExactly("x.md");
        assertThat(urls("<abbr title=\"a\">x</abbr><area href=\"area.md\"><image src=\"y\">")).isEmpty();
    }

    @Test
    void aTagLeftOpenIsNoTag() {
        assertThat(HtmlLinkTags.of("<a href=\"x.md\"")).isEmpty();
        assertThat(HtmlLinkTags.of("<a href=\"x.md>")).isEmpty();
        assertThat(HtmlLinkTags.of("<a href=")).isEmpty();
        assertThat(HtmlLinkTags.of("<")).isEmpty();
    }

    @Test
    void attributesWithoutValueAndOddSlashes() {
        List<Tag> tags = HtmlLinkTags.of("<img/src=\"a.png\"/ ismap><a download href=b.md/>");

        assertThat(tags.get(0).attribute("src").value()).isEqualTo("a.png");
        assertThat(tags.get(0).attribute("ismap").value()).isEmpty();
        assertThat(tags.get(0).attribute("ismap").valueStart()).isEqualTo(-1);
        assertThat(tags.get(1).attribute("href").value()).isEqualTo("b.md/");
    }
}
