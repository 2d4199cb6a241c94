package io.github.ismshandbook.isms.fuzz;

import io.github.ismshandbook.isms.model.Position;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzz targets' own yardsticks: file positions as an editor counts them, and writes that leave a project. */
class FuzzHarnessTest {

    @Test
    void linesEndAtLfCrlfAndCrAndColumnsCountCodePoints() {
        SourceLines lines = new SourceLines("\uFEFFab\r\n\uD83D\uDE00\rc\n".getBytes(StandardCharsets.UTF_8));

        assertThat(lines.count()).isEqualTo(4);
        assertThat(lines.contains(1, 3)).isTrue();
        assertThat(lines.contains(1, 4)).isFalse();
        assertThat(lines.contains(2, 2)).isTrue();
        assertThat(lines.contains(2, 3)).isFalse();
        assertThat(lines.contains(5, 1)).isTrue();
        assertThat(lines.contains(5, 2)).isFalse();
        assertThat(lines.contains(0, 1)).isFalse();
        assertThat(lines.from(new Position(1, 2))).isEqualTo("b");
    }

    @Test
    void anInvalidByteIsOneColumn() {
        SourceLines lines = new SourceLines(new byte[] {'a', (byte) 0xff, 'b'});

        assertThat(lines.contains(1, 4)).isTrue();
        assertThat(lines.contains(1, 5)).isFalse();
    }

    @Test
    void aWriteBesideTheProjectIsStray() throws IOException {
        try (FuzzProject project = new FuzzProject()) {
            project.write("a.md", new byte[] {1});
            Files.createDirectories(project.dir().resolve("target"));
            Files.writeString(project.dir().resolve("target/inside.html"), "x");
            assertThat(project.strayFiles()).isEmpty();

            Files.writeString(project.dir().resolveSibling("escaped.html"), "x");
            assertThat(project.strayFiles()).containsExactly("a/b/c/escaped.html");
            Files.delete(project.dir().resolveSibling("escaped.html"));
        }
    }
}
