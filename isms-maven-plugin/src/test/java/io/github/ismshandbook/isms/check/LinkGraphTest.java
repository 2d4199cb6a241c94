package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.LinkGraph;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.Resolution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.ismshandbook.isms.check.TestHandbook.doc;
import static org.assertj.core.api.Assertions.assertThat;

class LinkGraphTest {

    private static final Document FROM = doc("policies/access-control.md").id("POL-AC")
            .link("../procedures/review.md", 5).wiki("A.5.15", 6).link("missing.md", 7)
            .link(" ../procedures/review.md ", 8).build();
    private static final Document REVIEW = doc("procedures/review.md").id("PRO-UAR").build();

    @Test
    void eachLinkIsResolvedOnceAndInTheOrderOfTheDocumentsLinks() {
        Handbook handbook = TestHandbook.with(FROM, REVIEW).build();

        LinkGraph graph = handbook.links();
        List<Resolution> resolved = graph.of(FROM);

        assertThat(handbook.links()).isSameAs(graph);
        assertThat(graph.of(FROM)).isSameAs(resolved);
        assertThat(resolved).extracting(Resolution::kind).containsExactly(Resolution.Kind.DOCUMENT,
                Resolution.Kind.CONTROL, Resolution.Kind.MISSING, Resolution.Kind.DOCUMENT);
    }

    @Test
    void theRendererFindsTheResolutionLoadingMadeForTheSameLink() {
        Handbook handbook = TestHandbook.with(FROM, REVIEW).build();
        List<Resolution> resolved = handbook.links().of(FROM);

        // the renderer meets links without their positions, as images or links alike
        assertThat(handbook.links().resolve(FROM, new Link(LinkKind.IMAGE, "../procedures/review.md", null, null)))
                .isSameAs(resolved.get(0));
        assertThat(handbook.links().resolve(FROM, new Link(LinkKind.WIKI, "A.5.15", "label", null)))
                .isSameAs(resolved.get(1));
        // a link that loading did not see is resolved all the same
        assertThat(handbook.links().resolve(FROM, new Link(LinkKind.LINK, "#top", null, null)))
                .isInstanceOf(Resolution.Anchor.class);
        // a wiki link to a path is not the path link
        assertThat(handbook.links().resolve(FROM, new Link(LinkKind.WIKI, "../procedures/review.md", null, null)))
                .isInstanceOf(Resolution.Missing.class);
    }

    @Test
    void aDocumentWithManyLinksIsLookedUpAsOneWithFew() {
        TestHandbook.DocumentBuilder many = doc("policies/many.md").id("POL-MANY");
        for (int i = 0; i < 40; i++) {
            many.link("../procedures/review.md#part-" + i, i + 1);
        }
        Document manyLinks = many.wiki("A.5.15", 50).build();
        Handbook handbook = TestHandbook.with(manyLinks, REVIEW).build();
        List<Resolution> resolved = handbook.links().of(manyLinks);

        assertThat(handbook.links().resolve(manyLinks, new Link(LinkKind.LINK, "../procedures/review.md#part-39", null, null)))
                .isSameAs(resolved.get(39));
        assertThat(handbook.links().resolve(manyLinks, new Link(LinkKind.WIKI, "A.5.15", null, null)))
                .isSameAs(resolved.get(40));
        assertThat(handbook.links().resolve(manyLinks, new Link(LinkKind.LINK, "A.5.15", null, null)))
                .isInstanceOf(Resolution.Missing.class);
    }
}
