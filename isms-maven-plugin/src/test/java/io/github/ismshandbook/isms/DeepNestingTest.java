package io.github.ismshandbook.isms;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Validation;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body nested thousands deep once ended the whole build in a {@link StackOverflowError}. Now it is one finding on
 * its file, and the rest of the handbook is checked and built; a body nested as deep as the limit allows is built
 * with every page, the print page and the PDF, with stack to spare.
 */
class DeepNestingTest {

    @TempDir
    Path basedir;
    private SourceProject project;
    private BuildConfig config;

    @BeforeEach
    void setUp() {
        project = new SourceProject(basedir);
        config = project.config;
    }

    private void write(String path, String id, String body) throws IOException {
        project.write(path, SourceProject.FRONT_MATTER.formatted(id, "Title of " + id) + body);
    }

    @Test
    void aBodyNestedThousandsDeepIsOneFindingAndTheRestOfTheHandbookIsBuilt() throws IOException {
        write("policies/deep.md", "DEEP", "# Scope\n\n" + "> ".repeat(5000) + "x\n");
        write("policies/emphasis.md", "EMPH", "*a ".repeat(5000) + "x" + "*".repeat(5000) + "\n");
        write("policies/normal.md", "NORMAL", "See [[DEEP]] and [the other](emphasis.md); [[A.5.99]].\n");

        Validation validation = new HandbookPipeline(config).build();

        assertThat(SourceProject.errorsAndWarnings(validation)).containsExactly("invalid-value policies/deep.md:11",
                "invalid-value policies/emphasis.md:9", "broken-link policies/normal.md:9");
        Finding deep = validation.findings().get(0);
        assertThat(deep.message()).startsWith("the body is nested more than 100 levels deep");
        assertThat(deep.document()).isEqualTo("DEEP");
        Path site = config.outputDirectory();
        assertThat(site.resolve("policies/deep.html")).doesNotExist();
        assertThat(site.resolve("policies/emphasis.html")).doesNotExist();
        org.jsoup.nodes.Document normal = Jsoup.parse(site.resolve("policies/normal.html").toFile(), "UTF-8");
        assertThat(normal.select("article.document span.broken-link").eachText()).contains("DEEP", "the other");
        assertThat(Files.readString(site.resolve("print.html"))).contains("Title of NORMAL").doesNotContain("Title of DEEP");
    }

    @Test
    void bodiesNestedAsDeepAsTheLimitAllowsAreBuiltWithStackToSpare() throws Exception {
        write("quotes.md", "QUOTES", "> ".repeat(97) + "x\n");
        write("lists.md", "LISTS", "- ".repeat(48) + "x\n");
        write("admonitions.md", "ADMONITIONS", "!!! note\n".repeat(96) + "x\n");
        write("emphasis.md", "EMPHASIS", "*a ".repeat(97) + "x" + "*".repeat(97) + "\n");
        write("images.md", "IMAGES", "[![".repeat(48) + "x" + "](a.png)](quotes.md)".repeat(48) + "\n");
        write("html.md", "HTML", "<div>".repeat(5000) + "x" + "</div>".repeat(5000) + "\n");
        Files.write(config.sourceDirectory().resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        BuildConfig withPdf = config.toBuilder().includeDrafts(false).pdf(true).build();

        // half the stack a Java thread gets by default, and the build runs on it where it does not run in parallel
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                outcome.set(new HandbookPipeline(withPdf).build());
            } catch (IOException e) {
                outcome.set(new UncheckedIOException(e));
            } catch (RuntimeException | Error e) {
                outcome.set(e);
            }
        }, "small-stack", 512 * 1024);
        small.start();
        small.join();

        assertThat(outcome.get()).isInstanceOf(Validation.class);
        Validation validation = (Validation) outcome.get();
        assertThat(validation.findings()).noneMatch(f -> f.rule() == Rule.INVALID_VALUE);
        Path site = config.outputDirectory();
        for (String page : List.of("quotes", "lists", "admonitions", "emphasis", "images", "html")) {
            assertThat(site.resolve(page + ".html")).exists();
        }
        assertThat(site.resolve("handbook.pdf")).isNotEmptyFile();
        assertThat(Files.readString(site.resolve("search-index.json"))).contains("QUOTES", "ADMONITIONS");
    }
}
