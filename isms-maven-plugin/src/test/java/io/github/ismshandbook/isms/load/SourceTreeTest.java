package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Handbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.ismshandbook.isms.load.SourceFolder.VALID;
import static org.assertj.core.api.Assertions.assertThat;

class SourceTreeTest {

    @TempDir
    Path tmp;
    SourceFolder folder;

    @BeforeEach
    void setUp() {
        folder = new SourceFolder(tmp);
    }

    private static String valid(String id) {
        return VALID.replace("POL-1", id);
    }

    @Test
    void missingSourceFolderGivesAnEmptyHandbook() {
        LoadResult result = folder.load();

        assertThat(result.handbook().documents()).isEmpty();
        assertThat(result.handbook().assets()).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void markdownFilesAreDocumentsAndOtherFilesAssets() {
        folder.write("policies/b.md", valid("B"))
                .write("a.md", valid("A"))
                .write("images/net.png", new byte[] {1, 2, 3})
                .write("policies/form.pdf", "pdf");

        Handbook handbook = folder.load().handbook();

        assertThat(handbook.documents()).extracting(Document::path).containsExactly("a.md", "policies/b.md");
        assertThat(handbook.assets()).containsExactly("images/net.png", "policies/form.pdf");
    }

    @Test
    void namesStartingWithDotOrUnderscoreAreIgnoredFilesAndFolders() {
        folder.write("_drafts/wip.md", valid("WIP"))
                .write(".git/config.md", valid("GIT"))
                .write(".hidden.md", valid("HIDDEN"))
                .write("_partial.md", valid("PARTIAL"))
                .write("_assets/logo.png", "png")
                .write("drafts_ok/kept.md", valid("KEPT"));

        Handbook handbook = folder.load().handbook();

        assertThat(handbook.documents()).extracting(Document::path).containsExactly("drafts_ok/kept.md");
        assertThat(handbook.assets()).isEmpty();
    }

    @Test
    void aReadmeInAnyFolderAndAnyCaseIsIgnored() {
        folder.write("README.md", "# Our policies\n\nThis folder holds the ISMS handbook.\n")
                .write("policies/readme.md", "About the policies.\n")
                .write("policies/ReadMe.MD", "About the policies.\n")
                .write("policies/a.md", valid("A"))
                .write("policies/README.txt", "kept: not a README.md")
                .write("readme-first.md", valid("R"));

        LoadResult result = folder.load();

        assertThat(result.findings()).isEmpty();
        assertThat(result.handbook().documents()).extracting(Document::path)
                .containsExactly("policies/a.md", "readme-first.md");
        assertThat(result.handbook().assets()).containsExactly("policies/README.txt");
        assertThat(result.handbook().unreadable()).isEmpty();
    }

    @Test
    void includesAndExcludesSelectMarkdownFilesOnly() {
        folder.config = BuildConfig.builder().sourceDirectory(folder.root())
                .outputDirectory(tmp.resolve("out")).reportDirectory(tmp.resolve("rep"))
                .themeDirectory(tmp.resolve("theme")).title("T").handbookVersion("1").today(folder.config.today())
                .includes(List.of("policies/**", "*.md")).excludes(List.of("**/drafts/**")).build();
        folder.write("index.md", valid("IDX"))
                .write("policies/a.md", valid("A"))
                .write("policies/drafts/b.md", valid("B"))
                .write("drafts/c.md", valid("C"))
                .write("other/d.md", valid("D"))
                .write("other/pic.png", "png");

        Handbook handbook = folder.load().handbook();

        assertThat(handbook.documents()).extracting(Document::path).containsExactly("index.md", "policies/a.md");
        assertThat(handbook.assets()).containsExactly("other/pic.png");
    }

    @Test
    void symbolicLinkLeavingTheSourceFolderIsReportedAndNotFollowed() throws IOException {
        folder.write("a.md", valid("A"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), valid("SECRET"));
        Files.createSymbolicLink(folder.root().resolve("linked"), outside);
        Files.createSymbolicLink(folder.root().resolve("passwd.md"), outside.resolve("secret.md"));

        LoadResult result = folder.load();

        assertThat(result.handbook().documents()).extracting(Document::path).containsExactly("a.md");
        assertThat(SourceFolder.brief(result.findings())).containsExactly(
                "broken-link linked:1:1 symbolic link leaves the source folder; not followed",
                "broken-link passwd.md:1:1 symbolic link leaves the source folder; not followed");
    }

    @Test
    void symbolicLinkInsideTheSourceFolderIsFollowed() throws IOException {
        folder.write("policies/a.md", valid("A"));
        Files.createSymbolicLink(folder.root().resolve("current.md"), folder.root().resolve("policies/a.md"));
        Files.createSymbolicLink(folder.root().resolve("policies/loop"), folder.root()); // must not loop

        LoadResult result = folder.load();

        assertThat(result.findings()).isEmpty();
        assertThat(result.handbook().documents()).extracting(Document::path)
                .contains("current.md", "policies/a.md");
    }

    @Test
    void danglingSymbolicLinkIsReported() throws IOException {
        Files.createDirectories(folder.root());
        Files.createSymbolicLink(folder.root().resolve("gone.md"), tmp.resolve("nothing.md"));

        assertThat(folder.findings()).containsExactly(
                "broken-link gone.md:1:1 symbolic link points to nothing; not followed");
    }
}
