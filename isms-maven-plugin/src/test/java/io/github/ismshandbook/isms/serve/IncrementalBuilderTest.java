package io.github.ismshandbook.isms.serve;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Validation;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The preview's builder. A full build replaces the site folder, so a file left in it by the test ({@code stray.txt})
 * tells a full build, which removes it, from an update in place, which keeps it.
 */
class IncrementalBuilderTest {

    @TempDir
    Path project;

    private BuildConfig config;
    private Path source;
    private Path site;
    private IncrementalBuilder builder;

    @BeforeEach
    void firstBuild() throws IOException {
        config = BuildConfig.builder(project, LocalDate.of(2026, 3, 1)).build();
        source = config.sourceDirectory();
        site = config.outputDirectory();
        document("policies/a.md", "POL-A", "Alpha Policy", "Alpha text, see [Bravo](b.md).\n");
        document("policies/b.md", "POL-B", "Bravo Policy", "Bravo text.\n");
        builder = new IncrementalBuilder(config);
        builder.build(Set.of());
        leaveStrayFile();
    }

    private void document(String path, String id, String title, String body) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\nid: " + id + "\ntitle: " + title + "\nowner: CISO\nversion: 1.0\n"
                + "review_date: 2026-12-31\n---\n" + body);
    }

    private String text(String page) throws IOException {
        return Jsoup.parse(site.resolve(page).toFile(), "UTF-8").select(".doc-body").text();
    }

    private void leaveStrayFile() throws IOException {
        Files.writeString(site.resolve("stray.txt"), "left by the test");
    }

    private boolean fullBuild() {
        return !Files.exists(site.resolve("stray.txt"));
    }

    @Test
    void theFirstBuildRendersEverythingAndWritesTheReports() throws IOException {
        assertThat(site.resolve("index.html")).exists();
        assertThat(text("policies/a.html")).isEqualTo("Alpha text, see Bravo.");
        assertThat(text("policies/b.html")).isEqualTo("Bravo text.");
        assertThat(site.resolve("assets/handbook.css")).exists();
        assertThat(config.reportDirectory().resolve("findings.json")).exists();
    }

    @Test
    void anEditedDocumentIsReRenderedInPlace() throws IOException {
        document("policies/a.md", "POL-A", "Alpha Policy", "Alpha revised, see [Bravo](b.md).\n");

        builder.build(Set.of(source.resolve("policies/a.md")));

        assertThat(fullBuild()).isFalse();
        assertThat(text("policies/a.html")).isEqualTo("Alpha revised, see Bravo.");
        assertThat(Files.readString(site.resolve("search-index.json"))).contains("Alpha revised");
    }

    @Test
    void anIncrementalBuildChecksTheWholeHandbookAndWritesTheReports() throws IOException {
        document("policies/a.md", "POL-A", "Alpha Policy", "Alpha text, see [Charlie](c.md).\n");

        Validation validation = builder.build(Set.of(source.resolve("policies/a.md")));

        assertThat(fullBuild()).isFalse();
        assertThat(validation.findings()).extracting(f -> f.rule().id() + " " + f.file())
                .contains("broken-link policies/a.md");
        assertThat(validation.handbook().documents()).hasSize(2);
        assertThat(Files.readString(config.reportDirectory().resolve("findings.json"))).contains("broken-link");
    }

    @Test
    void onlyTheChangedDocumentsAreReloaded() throws IOException {
        document("policies/b.md", "POL-B", "Bravo Policy", "Bravo edited but not reported as changed.\n");
        document("policies/c.md", "POL-C", "Charlie Policy", "A new document nobody reported.\n");
        document("policies/a.md", "POL-A", "Alpha Policy", "Alpha revised.\n");

        builder.build(Set.of(source.resolve("policies/a.md")));

        assertThat(fullBuild()).isFalse();
        assertThat(text("policies/a.html")).isEqualTo("Alpha revised.");
        assertThat(text("policies/b.html")).isEqualTo("Bravo text.");
        assertThat(site.resolve("policies/c.html")).doesNotExist();
    }

    @Test
    void aChangedFileThatIsNotMarkdownBuildsEverything() throws IOException {
        document("policies/c.md", "POL-C", "Charlie Policy", "Charlie text.\n");
        Files.createDirectories(source.resolve("images"));
        Files.writeString(source.resolve("images/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        builder.build(Set.of(source.resolve("images/logo.svg")));

        assertThat(fullBuild()).isTrue();
        assertThat(site.resolve("images/logo.svg")).exists();
        assertThat(site.resolve("policies/c.html")).exists();
    }

    /** The theme folder is watched: a new or edited template is read again, not taken from the first build. */
    @Test
    void aChangeOutsideTheSourceFolderBuildsEverythingWithTheThemeAsItIsNow() throws IOException {
        Path theme = config.themeDirectory();
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("_footer.peb"), "<footer class=\"custom\">Custom footer</footer>\n");

        builder.build(Set.of(theme.resolve("_footer.peb"), source.resolve("policies/a.md")));

        assertThat(fullBuild()).isTrue();
        assertThat(footer()).isEqualTo("Custom footer");

        Files.writeString(theme.resolve("_footer.peb"), "<footer class=\"custom\">Edited footer</footer>\n");
        builder.build(Set.of(theme.resolve("_footer.peb")));

        assertThat(footer()).isEqualTo("Edited footer");
    }

    private String footer() throws IOException {
        return Jsoup.parse(site.resolve("policies/b.html").toFile(), "UTF-8").select("footer.custom").text();
    }

    @Test
    void theSourceFolderItselfBuildsEverything() throws IOException {
        builder.build(Set.of(source));

        assertThat(fullBuild()).isTrue();
    }

    @Test
    void anEmptyChangeSetBuildsEverything() throws IOException {
        document("policies/c.md", "POL-C", "Charlie Policy", "Charlie text.\n");

        builder.build(Set.of());

        assertThat(fullBuild()).isTrue();
        assertThat(text("policies/c.html")).isEqualTo("Charlie text.");
    }

    @Test
    void aNewOrDeletedDocumentBuildsEverything() throws IOException {
        document("policies/c.md", "POL-C", "Charlie Policy", "Charlie text.\n");

        builder.build(Set.of(source.resolve("policies/c.md")));

        assertThat(fullBuild()).isTrue();
        assertThat(site.resolve("policies/c.html")).exists();

        leaveStrayFile();
        Files.delete(source.resolve("policies/b.md"));
        builder.build(Set.of(source.resolve("policies/b.md")));

        assertThat(fullBuild()).isTrue();
        assertThat(site.resolve("policies/b.html")).doesNotExist();
    }

    @Test
    void aTemporaryFileThatCameAndWentIsNoChange() throws IOException {
        document("policies/a.md", "POL-A", "Alpha Policy", "Alpha saved through a temporary file.\n");

        builder.build(Set.of(source.resolve("policies/a.md"), source.resolve("policies/.a.md.swp"),
                source.resolve("policies/a.md~")));

        assertThat(fullBuild()).isFalse();
        assertThat(text("policies/a.html")).isEqualTo("Alpha saved through a temporary file.");
    }

    @Test
    void aDeletedAssetIsAChangeEvenThoughItIsGone() throws IOException {
        Files.createDirectories(source.resolve("images"));
        Files.writeString(source.resolve("images/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        builder.build(Set.of());
        assertThat(site.resolve("images/logo.svg")).exists();
        leaveStrayFile();
        Files.delete(source.resolve("images/logo.svg"));

        builder.build(Set.of(source.resolve("images/logo.svg")));

        assertThat(fullBuild()).isTrue();
        assertThat(site.resolve("images/logo.svg")).doesNotExist();
    }

    @Test
    void afterAFailedUpdateTheNextChangeBuildsEverything() throws IOException {
        // a folder where the page should go: the update in place cannot replace it, a full build replaces the site
        Files.delete(site.resolve("policies/a.html"));
        Files.createDirectories(site.resolve("policies/a.html/in-the-way"));
        document("policies/a.md", "POL-A", "Alpha Policy", "Alpha revised.\n");

        assertThatThrownBy(() -> builder.build(Set.of(source.resolve("policies/a.md")))).isInstanceOf(IOException.class);
        assertThat(site.resolve("policies/b.html")).exists();

        builder.build(Set.of(source.resolve("policies/a.md")));

        assertThat(fullBuild()).isTrue();
        assertThat(text("policies/a.html")).isEqualTo("Alpha revised.");
    }

    @Test
    void aDocumentThatNoLongerLoadsBuildsEverythingAndIsReported() throws IOException {
        Files.writeString(source.resolve("policies/b.md"), "---\nid: [unclosed\n---\nBravo.\n");

        Validation validation = builder.build(Set.of(source.resolve("policies/b.md")));

        assertThat(fullBuild()).isTrue();
        assertThat(validation.findings()).extracting(Finding::file).contains("policies/b.md");
        assertThat(site.resolve("policies/b.html")).doesNotExist();
    }
}
