package io.github.ismshandbook.isms;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Validation;
import io.github.ismshandbook.isms.publish.SiteOrigin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The preview's entry into the pipeline: a build of everything, then updates that follow edits of documents, each
 * checked as a build is. A full build replaces the site folder, so a file the test leaves in it tells a build,
 * which removes it, from an update, which keeps it.
 */
class HandbookPipelinePreviewTest {

    private static final String VALID = SourceProject.FRONT_MATTER;

    @TempDir
    Path basedir;
    private SourceProject project;
    private BuildConfig config;
    private HandbookPipeline.Preview preview;

    @BeforeEach
    void setUp() throws IOException {
        project = new SourceProject(basedir);
        config = project.config;
        project.write("policies/a.md", VALID.formatted("POL-A", "Alpha") + "Alpha, see [Bravo](b.md).\n");
        project.write("policies/b.md", VALID.formatted("POL-B", "Bravo") + "Bravo.\n");
        preview = new HandbookPipeline(config).preview();
    }

    private Path site(String path) {
        return config.outputDirectory().resolve(path);
    }

    private void leaveStrayFile() throws IOException {
        Files.writeString(site("stray.txt"), "left by the test");
    }

    @Test
    void nothingIsUpdatedBeforeTheFirstBuild() throws IOException {
        assertThat(preview.handbook()).isEmpty();
        assertThat(preview.update(Set.of("policies/a.md"))).isEmpty();
        assertThat(site("index.html")).doesNotExist();
    }

    @Test
    void theBuildRendersAPreviewAndWritesTheReports() throws IOException {
        Validation validation = preview.build();

        assertThat(SourceProject.errorsAndWarnings(validation)).isEmpty();
        assertThat(preview.handbook()).contains(validation.handbook());
        assertThat(site("policies/a.html")).content().contains("Alpha, see");
        assertThat(SiteOrigin.read(config.outputDirectory()).orElseThrow().goal()).isEqualTo(SiteOrigin.Goal.SERVE);
        assertThat(config.reportDirectory().resolve("findings.json")).exists();
    }

    @Test
    void anUpdateReRendersTheEditedPageInPlaceAndChecksTheWholeHandbookAgain() throws IOException {
        preview.build();
        leaveStrayFile();
        project.write("policies/a.md", VALID.formatted("POL-A", "Alpha") + "Alpha revised, see [[POL-GONE]].\n");

        Optional<Validation> updated = preview.update(Set.of("policies/a.md"));

        assertThat(updated).isPresent();
        assertThat(site("stray.txt")).exists();
        assertThat(site("policies/a.html")).content().contains("Alpha revised");
        assertThat(SourceProject.errorsAndWarnings(updated.get())).containsExactly("broken-link policies/a.md:9");
        assertThat(config.reportDirectory().resolve("findings.json")).content().contains("POL-GONE");
        assertThat(SiteOrigin.read(config.outputDirectory()).orElseThrow().goal()).isEqualTo(SiteOrigin.Goal.SERVE);
    }

    @Test
    void anEditThatCannotBeFollowedIsLeftToABuild() throws IOException {
        preview.build();
        leaveStrayFile();
        project.write("policies/c.md", VALID.formatted("POL-C", "Charlie") + "New.\n");

        assertThat(preview.update(Set.of("policies/c.md"))).isEmpty();
        assertThat(site("stray.txt")).exists();
        assertThat(site("policies/c.html")).doesNotExist();
    }

    @Test
    void afterAFailedUpdateTheNextChangeBuildsEverything() throws IOException {
        preview.build();
        // a folder where the page should go: the page cannot replace it
        Files.delete(site("policies/a.html"));
        Files.createDirectories(site("policies/a.html/in-the-way"));
        project.write("policies/a.md", VALID.formatted("POL-A", "Alpha") + "Alpha revised.\n");

        assertThatThrownBy(() -> preview.update(Set.of("policies/a.md"))).isInstanceOf(IOException.class);

        assertThat(preview.handbook()).isEmpty();
        assertThat(preview.update(Set.of("policies/a.md"))).isEmpty();
        preview.build();
        assertThat(site("policies/a.html")).content().contains("Alpha revised");
    }
}
