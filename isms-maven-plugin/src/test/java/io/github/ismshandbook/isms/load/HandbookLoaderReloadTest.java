package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static io.github.ismshandbook.isms.load.SourceFolder.VALID;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link HandbookLoader#reload}: the preview reloads the documents that changed and keeps the rest. */
class HandbookLoaderReloadTest {

    @TempDir
    Path tmp;

    private SourceFolder folder;
    private LoadResult loaded;

    @BeforeEach
    void loadThreeDocuments() {
        folder = new SourceFolder(tmp)
                .write("a.md", VALID.replace("POL-1", "A") + "Alpha body.\n")
                .write("policies/b.md", VALID.replace("POL-1", "B") + "Bravo body.\n")
                .write("c.md", VALID.replace("POL-1", "C").replace("version: 1.0\n", "version: 1.0\ncolour: red\n")
                        + "Charlie body.\n")
                .write("broken.md", "no front-matter\n")
                .write("images/logo.png", "png");
        loaded = folder.load();
    }

    private Optional<LoadResult> reload(String... paths) throws IOException {
        return new HandbookLoader(folder.config).reload(loaded, Set.of(paths));
    }

    private static Document byPath(LoadResult result, String path) {
        return result.handbook().byPath(path).orElseThrow();
    }

    @Test
    void anEditedDocumentIsReplacedAndTheOthersAreKept() throws IOException {
        folder.write("policies/b.md", VALID.replace("POL-1", "B").replace("Access control", "Bravo, revised")
                + "New bravo body.\n");

        LoadResult reloaded = reload("policies/b.md").orElseThrow();

        Document b = byPath(reloaded, "policies/b.md");
        assertThat(b.frontMatter().title()).isEqualTo("Bravo, revised");
        assertThat(b.body()).isEqualTo("New bravo body.\n");
        assertThat(byPath(reloaded, "a.md")).isSameAs(byPath(loaded, "a.md"));
        assertThat(byPath(reloaded, "c.md")).isSameAs(byPath(loaded, "c.md"));
        assertThat(reloaded.handbook().documents()).extracting(Document::path)
                .containsExactly("a.md", "c.md", "policies/b.md");
        assertThat(reloaded.handbook().assets()).isEqualTo(loaded.handbook().assets());
        assertThat(reloaded.handbook().unreadable()).containsExactly("broken.md");
        assertThat(reloaded.handbook().catalog()).isSameAs(loaded.handbook().catalog());
    }

    @Test
    void aReloadGivesWhatLoadingEverythingAgainGives() throws IOException {
        folder.write("a.md", VALID.replace("POL-1", "A").replace("review_date: 2027-01-01", "review_date: 2026-02-30")
                + "# Heading\n\n[link](policies/b.md)\n");

        LoadResult reloaded = reload("a.md").orElseThrow();
        LoadResult fresh = folder.load();

        assertThat(reloaded.handbook().documents()).isEqualTo(fresh.handbook().documents());
        assertThat(reloaded.findings()).isEqualTo(fresh.findings());
    }

    @Test
    void theReloadedFilesFindingsReplaceItsOldOnesAndOtherFilesKeepTheirs() throws IOException {
        assertThat(SourceFolder.brief(loaded.findings())).extracting(f -> f.substring(0, f.indexOf(':')))
                .containsExactly("front-matter-missing broken.md", "unknown-field c.md");

        folder.write("policies/b.md", VALID.replace("POL-1", "B").replace("2027-01-01", "2026-02-30") + "Bravo.\n");
        loaded = reload("policies/b.md").orElseThrow();

        assertThat(SourceFolder.brief(loaded.findings())).containsExactly(
                "front-matter-missing broken.md:1:1 no front-matter block: the file does not start with '---'",
                "unknown-field c.md:6:1 unknown key 'colour'",
                "invalid-value policies/b.md:6:14 review_date '2026-02-30' is not a date in the calendar");

        folder.write("policies/b.md", VALID.replace("POL-1", "B") + "Bravo.\n");
        loaded = reload("policies/b.md").orElseThrow();

        assertThat(loaded.findings()).extracting(f -> f.file()).containsExactly("broken.md", "c.md");
    }

    @Test
    void aFixedFindingOfOneFileGoesWhileAnotherFileIsUntouched() throws IOException {
        folder.write("c.md", VALID.replace("POL-1", "C") + "Charlie body.\n");

        LoadResult reloaded = reload("c.md").orElseThrow();

        assertThat(reloaded.findings()).extracting(f -> f.file()).containsExactly("broken.md");
        assertThat(byPath(reloaded, "c.md")).isEqualTo(byPath(folder.load(), "c.md"));
    }

    @Test
    void severalPathsAreReloadedTogether() throws IOException {
        folder.write("a.md", VALID.replace("POL-1", "A") + "Alpha two.\n");
        folder.write("c.md", VALID.replace("POL-1", "C") + "Charlie two.\n");

        LoadResult reloaded = reload("a.md", "c.md").orElseThrow();

        assertThat(reloaded.handbook().documents()).extracting(Document::body)
                .containsExactly("Alpha two.\n", "Charlie two.\n", "Bravo body.\n");
        assertThat(byPath(reloaded, "policies/b.md")).isSameAs(byPath(loaded, "policies/b.md"));
    }

    @Test
    void aPathThatWasNotALoadedDocumentCannotBeReloaded() throws IOException {
        folder.write("new.md", VALID.replace("POL-1", "NEW"));
        folder.write("broken.md", VALID.replace("POL-1", "FIXED"));

        assertThat(reload("new.md")).isEmpty();
        assertThat(reload("broken.md")).isEmpty();
        assertThat(reload("images/logo.png")).isEmpty();
        assertThat(reload("a.md", "new.md")).isEmpty();
    }

    @Test
    void aDeletedDocumentCannotBeReloaded() throws IOException {
        Files.delete(folder.root().resolve("policies/b.md"));

        assertThat(reload("policies/b.md")).isEmpty();
    }

    @Test
    void aDocumentReplacedByAFolderCannotBeReloaded() throws IOException {
        Files.delete(folder.root().resolve("c.md"));
        Files.createDirectories(folder.root().resolve("c.md"));

        assertThat(reload("c.md")).isEmpty();
    }

    @Test
    void aDocumentThatNoLongerLoadsCannotBeReloaded() throws IOException {
        folder.write("a.md", "---\nid: [unclosed\n---\nAlpha.\n");
        assertThat(reload("a.md")).isEmpty();

        folder.write("a.md", "Front-matter removed.\n");
        assertThat(reload("a.md")).isEmpty();
    }
}
