package io.github.ismshandbook.isms.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Front-matter that the fuzz targets (package {@code fuzz}) found mishandled, minimized; one test per finding. */
class FrontMatterRegressionTest {

    @TempDir
    Path tmp;

    /**
     * The YAML parser ends lines at NEL (U+0085), LS (U+2028) and PS (U+2029) as well as at LF (YAML 1.1); editors
     * and Git forges do not. Found by FrontMatterFuzz: a finding after a NEL pointed two lines down, past the end of
     * the line.
     */
    @Test
    void nextLineCharacterDoesNotMoveASyntaxErrorToAnotherLine() {
        SourceFolder folder = new SourceFolder(tmp).write("a.md", "---\nid: [\u0085   *b]\n---\n");

        assertThat(folder.findings()).containsExactly(
                "yaml-syntax a.md:2:10 invalid YAML: alias '*b' names no anchor defined before it");
    }

    @Test
    void lineSeparatorInAValueDoesNotMoveTheKeysAfterIt() {
        SourceFolder folder = new SourceFolder(tmp).write("a.md", SourceFolder.VALID.replace("title: Access control",
                "title: Access\u2028control\u2029policy\ncolour: blue"));

        assertThat(folder.findings()).containsExactly("unknown-field a.md:4:1 unknown key 'colour'");
        assertThat(folder.single().frontMatter().title()).isEqualTo("Access control policy");
    }
}
