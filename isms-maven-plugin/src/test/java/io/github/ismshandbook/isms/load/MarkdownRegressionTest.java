package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.github.ismshandbook.isms.load.SourceFolder.VALID;
import static org.assertj.core.api.Assertions.assertThat;

/** Markdown bodies that the fuzz targets (package {@code fuzz}) found mishandled, minimized; one test per finding. */
class MarkdownRegressionTest {

    @TempDir
    Path tmp;

    /**
     * Flexmark gives a wiki link written inside another one the characters of its label only. Found by MarkdownFuzz:
     * the inner link was placed at its label, so a finding about it pointed into the middle of the link.
     */
    @Test
    void wikiLinkInsideAWikiLinkIsPlacedAtItsBrackets() {
        SourceFolder folder = new SourceFolder(tmp).write("a.md", VALID + "[[a [[b|c]] d]]\n");

        assertThat(folder.single().links())
                .extracting(l -> l.kind() + " " + l.target() + " " + l.position().line() + ":" + l.position().column())
                .containsExactly("WIKI a [[b 8:1", "WIKI b 8:5");
        assertThat(folder.single().links()).extracting(Link::label).containsExactly("c]] d", "c");
    }
}
