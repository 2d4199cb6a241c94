package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Heading;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.RawHtml;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Headings, links and raw HTML of a body, at their positions in the source file. */
class MarkdownOutlineTest {

    /** As if the body started on line 8 of the file, after a seven-line front-matter block. */
    private static MarkdownOutline outline(String body) {
        try {
            return MarkdownOutline.of(body, 8);
        } catch (MarkdownNesting.TooDeep e) {
            throw new AssertionError("nested too deep from body line " + e.line(), e);
        }
    }

    @Test
    void headingsHaveLevelPlainTextForgeAnchorsAndFileLines() {
        MarkdownOutline o = outline("""
                # Access *control* policy

                ## Scope & purpose
                text
                ## Scope & purpose

                Setext `code` heading
                ---------------------
                ### Größe, Übersicht!
                """);

        assertThat(o.headings()).containsExactly(
                new Heading(1, "Access control policy", "access-control-policy", 8),
                new Heading(2, "Scope & purpose", "scope--purpose", 10),
                new Heading(2, "Scope & purpose", "scope--purpose-1", 12),
                new Heading(2, "Setext code heading", "setext-code-heading", 14),
                new Heading(3, "Größe, Übersicht!", "größe-übersicht", 16));
    }

    @Test
    void inlineLinkHasItsLineAndColumnInTheFile() {
        MarkdownOutline o = outline("Intro\n\nSee the [access policy](../policies/access-control.md#scope \"t\").\n");

        assertThat(o.links()).containsExactly(new Link(LinkKind.LINK, "../policies/access-control.md#scope",
                "access policy", new Position(10, 9)));
    }

    @Test
    void columnsCountCharactersNotBytesOrUtf16Units() {
        MarkdownOutline o = outline("Größe 😀 [x](y.md)\n");

        assertThat(o.links()).extracting(Link::position).containsExactly(new Position(8, 9));
    }

    @Test
    void targetsKeepPercentEscapesButLoseMarkdownEscapes() {
        MarkdownOutline o = outline("[a](my%20file.md) [b](under\\_score.md) [c](a&amp;b.md)\n");

        assertThat(o.links()).extracting(Link::target).containsExactly("my%20file.md", "under_score.md", "a&b.md");
    }

    @Test
    void referenceStyleLinksResolveTheirDefinition() {
        MarkdownOutline o = outline("""
                Read [the standard][std] and [std] and [missing][nope].

                ![diagram][img]

                [std]: ../standards/crypto.md#keys "Crypto"
                [img]: images/net.png
                """);

        assertThat(o.links()).containsExactly(
                new Link(LinkKind.LINK, "../standards/crypto.md#keys", "the standard", new Position(8, 6)),
                new Link(LinkKind.LINK, "../standards/crypto.md#keys", "std", new Position(8, 30)),
                new Link(LinkKind.IMAGE, "images/net.png", "diagram", new Position(10, 1)));
    }

    @Test
    void wikiLinksGiveTargetAndLabel() {
        MarkdownOutline o = outline("See [[POL-ACCESS]], [[A.5.15|the control]] and [[6.1.2]] or [[POL-2#scope|there]].\n");

        assertThat(o.links()).containsExactly(
                new Link(LinkKind.WIKI, "POL-ACCESS", null, new Position(8, 5)),
                new Link(LinkKind.WIKI, "A.5.15", "the control", new Position(8, 21)),
                new Link(LinkKind.WIKI, "6.1.2", null, new Position(8, 48)),
                new Link(LinkKind.WIKI, "POL-2#scope", "there", new Position(8, 61)));
    }

    @Test
    void imagesAutolinksAndBareUrlsAreCollectedInOrder() {
        MarkdownOutline o = outline("![Network *map*](images/net.png)\n\n<https://example.com/a> and https://example.org/b"
                + " and <security@example.com>\n");

        assertThat(o.links()).containsExactly(
                new Link(LinkKind.IMAGE, "images/net.png", "Network map", new Position(8, 1)),
                new Link(LinkKind.AUTOLINK, "https://example.com/a", null, new Position(10, 1)),
                new Link(LinkKind.AUTOLINK, "https://example.org/b", null, new Position(10, 29)),
                new Link(LinkKind.AUTOLINK, "security@example.com", null, new Position(10, 55)));
    }

    @Test
    void linksInCodeAreNotLinks() {
        MarkdownOutline o = outline("`[a](b.md)`\n\n```\n[c](d.md) [[E]]\n```\n\n    [f](g.md)\n");

        assertThat(o.links()).isEmpty();
    }

    @Test
    void linksInTablesAdmonitionsAndHeadingsAreFound() {
        MarkdownOutline o = outline("# See [a](a.md)\n\n| x |\n|---|\n| [b](b.md) |\n\n!!! note \"N\"\n    [c](c.md)\n");

        assertThat(o.links()).extracting(Link::target).containsExactly("a.md", "b.md", "c.md");
        assertThat(o.links()).extracting(l -> l.position().line()).containsExactly(8, 12, 15);
    }

    @Test
    void rawHtmlBlocksAndInlineTagsButNotComments() {
        MarkdownOutline o = outline("<div onclick=\"x()\">\nhi\n</div>\n\nText <span>in</span> <!-- note -->\n\n<!-- block comment -->\n");

        assertThat(o.rawHtml()).containsExactly(
                new RawHtml("<div onclick=\"x()\">\nhi\n</div>", new Position(8, 1)),
                new RawHtml("<span>", new Position(12, 6)),
                new RawHtml("</span>", new Position(12, 14)));
    }

    @Test
    void hrefAndSrcOfRawHtmlAreLinksAtTheirAttribute() {
        MarkdownOutline o = outline("""
                Read <a href="../policies/a.md#scope">the policy</a> first.

                <figure>
                  <img alt="Network" src="images/net.png">
                </figure>

                > <a name="anchor-only">x</a> <a href='missing.md'>y</a>
                """);

        assertThat(o.links()).containsExactly(
                new Link(LinkKind.HTML_LINK, "../policies/a.md#scope", null, new Position(8, 9)),
                new Link(LinkKind.HTML_IMAGE, "images/net.png", "Network", new Position(11, 22)),
                new Link(LinkKind.HTML_LINK, "missing.md", null, new Position(14, 34)));
    }

    @Test
    void plainMarkdownHasNoRawHtml() {
        assertThat(outline("Some *text* with a < b and a > c.\n").rawHtml()).isEmpty();
    }
}
