package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    /**
     * The bodies nested thousands deep that the fuzz targets now start from (each of them ended the whole build in a
     * {@link StackOverflowError} before bodies had a nesting limit): each is one finding where its nesting starts,
     * except raw HTML, which flexmark does not nest and the sanitizer bounds.
     */
    @ParameterizedTest
    @ValueSource(strings = {"deep-block-quotes:10", "deep-lists:8", "deep-quoted-lists:8", "deep-indented-lists:8",
            "deep-emphasis:8", "deep-strikethrough:8", "deep-links-and-images:8", "deep-wiki-links:8",
            "deep-admonitions:8", "deep-html:-"})
    void fuzzSeedsNestedThousandsDeepAreOneFindingEach(String seedAndLine) throws IOException {
        String[] parts = seedAndLine.split(":");
        String seed = "/io/github/ismshandbook/isms/fuzz/MarkdownFuzzInputs/outlinesAnyBody/" + parts[0];
        String body;
        try (InputStream in = MarkdownRegressionTest.class.getResourceAsStream(seed)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            body = text.substring(0, text.length() - 1); // the seed's last byte tells the fuzz target to take the rest as the body
        }
        SourceFolder folder = new SourceFolder(tmp).write("a.md", VALID + body);

        LoadResult result = folder.load();

        if (parts[1].equals("-")) {
            assertThat(result.findings()).isEmpty();
            assertThat(result.handbook().documents()).hasSize(1);
        } else {
            assertThat(SourceFolder.brief(result.findings())).singleElement().asString()
                    .startsWith("invalid-value a.md:" + parts[1] + ":1 the body is nested more than 100 levels deep");
            assertThat(result.handbook().documents()).isEmpty();
            assertThat(result.handbook().takenBy("POL-1")).contains("a.md");
        }
    }
}
