package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.PreparedBody;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One parse of a body gives its outline and the HTML the site finishes, with the outline's anchors as ids. */
class MarkdownBodyTest {

    private static MarkdownBody read(String body, String title) {
        try {
            return MarkdownBody.read(body, 8, title);
        } catch (MarkdownNesting.TooDeep e) {
            throw new AssertionError("nested too deep from body line " + e.line(), e);
        }
    }

    @Test
    void headingsGetTheOutlinesAnchorsIncludingRepeatsAndHeadingsInsideBlocks() {
        MarkdownBody body = read("## Scope\n\n> ## Scope\n\n- ### Who, what & when?\n", null);

        assertThat(body.outline().headings()).extracting(h -> h.anchor())
                .containsExactly("scope", "scope-1", "who-what--when");
        assertThat(body.prepared().html()).contains("<h2 id=\"scope\">", "<h2 id=\"scope-1\">", "<h3 id=\"who-what--when\">");
    }

    @Test
    void eachLinkIsAHoleThatKeepsWhatTheSiteNeedsToResolveIt() {
        MarkdownBody body = read("See [the *rules*](rules.md \"Rules\"), [[POL-AC]] and [[POL-AC|label]]; "
                + "![net](net.png) <a href=\"x.md\">raw</a>\n", null);
        PreparedBody prepared = body.prepared();

        assertThat(prepared.holes()).containsExactly(
                new PreparedBody.LinkStart(LinkKind.LINK, "rules.md", null, "Rules"),
                new PreparedBody.LinkEnd(0),
                new PreparedBody.LinkStart(LinkKind.WIKI, "POL-AC", null, ""),
                new PreparedBody.WikiText(2),
                new PreparedBody.LinkEnd(2),
                new PreparedBody.LinkStart(LinkKind.WIKI, "POL-AC", "label", ""),
                new PreparedBody.LinkEnd(5),
                new PreparedBody.Image("net.png", "net", "", false),
                new PreparedBody.HtmlLinkStart("<a href=\"x.md\">", "x.md", 9, 13),
                new PreparedBody.HtmlLinkEnd("</a>", 8));
        assertThat(prepared.html()).contains(PreparedBody.marker(0) + "the <em>rules</em>" + PreparedBody.marker(1))
                .contains(PreparedBody.marker(5) + "label" + PreparedBody.marker(6))
                .contains(PreparedBody.marker(8) + "raw" + PreparedBody.marker(9))
                .doesNotContain("<a ", "<img");
    }

    @Test
    void anImageInsideALinkKnowsIt() {
        PreparedBody prepared = read("[![b](https://img.example/b.svg)](https://ci.example) <a href=\"y\"><img src=\"i.png\"></a>\n",
                null).prepared();

        assertThat(prepared.holes()).filteredOn(h -> h instanceof PreparedBody.Image)
                .containsExactly(new PreparedBody.Image("https://img.example/b.svg", "b", "", true));
        assertThat(prepared.holes()).filteredOn(h -> h instanceof PreparedBody.HtmlImage)
                .extracting(h -> ((PreparedBody.HtmlImage) h).insideLink()).containsExactly(true);
    }

    @Test
    void aLeadingTitleIsLeftOutOfTheHtmlButNotOutOfTheOutline() {
        MarkdownBody body = read("<!-- x -->\n\n# Access Control Policy!\n\n## Scope\n", "Access control policy");

        assertThat(body.prepared().titleDropped()).isTrue();
        assertThat(body.prepared().html()).doesNotContain("<h1").contains("<h2 id=\"scope\">");
        assertThat(body.outline().headings()).extracting(h -> h.anchor()).containsExactly("access-control-policy", "scope");
    }

    @Test
    void anH1ThatIsNotFirstOrDoesNotRepeatTheTitleStays() {
        assertThat(read("Intro.\n\n# Access control policy\n", "Access control policy").prepared().titleDropped()).isFalse();
        assertThat(read("# Access control\n", "Access control policy").prepared().titleDropped()).isFalse();
        assertThat(read("# Access control\n", "Access control policy").prepared().html()).contains("<h1 id=\"access-control\">");
    }

    @Test
    void taskListCheckBoxesAreLabelledAndTablesScrollInTheirOwnBox() {
        String html = read("- [x] done\n- [ ] open\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", null).prepared().html();

        assertThat(html).contains("aria-label=\"Done\" checked=\"checked\"", "aria-label=\"Not done\" disabled=\"disabled\"",
                "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table>", "</table></div>");
    }

    @Test
    void textThatLooksLikeAHoleIsNotOne() {
        PreparedBody prepared = read("isms-hole-0-1x and [a](b.md)\n", null).prepared();

        assertThat(prepared.holes()).hasSize(2);
        assertThat(prepared.html()).startsWith("<p>isms-hole-0-1x and " + PreparedBody.marker(0));
    }
}
