package io.github.ismshandbook.isms.render;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link SiteOutput#inPlace}: the preview's updates, file by file, into the site it serves. */
class SiteOutputTest {

    @TempDir
    Path project;

    private Path site;

    @BeforeEach
    void existingSite() throws IOException {
        site = project.resolve("target/handbook");
        Files.createDirectories(site.resolve("policies"));
        Files.writeString(site.resolve("index.html"), "old index");
        Files.writeString(site.resolve("policies/a.html"), "old page");
    }

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(project)) {
            return walk.filter(Files::isRegularFile).map(p -> project.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void aWriteReplacesTheFileAndLeavesNoPartFileBehind() throws IOException {
        try (SiteOutput out = SiteOutput.inPlace(site)) {
            out.write("policies/a.html", "new page\r\n");
            out.write("policies/new/b.html", "new folder");
            out.write("data.bin", new byte[] {0, 13, 10});
            out.commit();
        }

        assertThat(site.resolve("policies/a.html")).hasContent("new page\n");
        assertThat(site.resolve("policies/new/b.html")).hasContent("new folder");
        assertThat(site.resolve("data.bin")).hasBinaryContent(new byte[] {0, 13, 10});
        assertThat(files()).containsExactly("target/handbook/data.bin", "target/handbook/index.html",
                "target/handbook/policies/a.html", "target/handbook/policies/new/b.html");
    }

    /**
     * A new file is renamed over the old one, which is not written into: a reader that opened the old page (here a
     * second link to it) still has the whole old page, never half of the new one.
     */
    @Test
    void aWriteReplacesTheFileRatherThanWritingIntoIt() throws IOException {
        Path reader = project.resolve("open-by-a-reader.html");
        Files.createLink(reader, site.resolve("policies/a.html"));

        try (SiteOutput out = SiteOutput.inPlace(site)) {
            out.write("policies/a.html", "new page");
            try (Writer writer = out.writer("index.html")) {
                writer.write("new index");
            }
        }

        assertThat(site.resolve("policies/a.html")).hasContent("new page");
        assertThat(reader).hasContent("old page");
    }

    @Test
    void aStreamedFileAppearsWholeWhenItsWriterCloses() throws IOException {
        try (SiteOutput out = SiteOutput.inPlace(site)) {
            Writer writer = out.writer("index.html");
            writer.write("new index, ");
            writer.flush();
            assertThat(site.resolve("index.html")).hasContent("old index");

            writer.write("complete");
            writer.close();
            assertThat(site.resolve("index.html")).hasContent("new index, complete");
            writer.close();
        }
        assertThat(files()).containsExactly("target/handbook/index.html", "target/handbook/policies/a.html");
    }

    /** A page whose writing fails half-way (a template error, say) leaves the page before it in place. */
    @Test
    void aStreamedFileThatFailsHalfWayLeavesThePreviousFile() throws IOException {
        try (SiteOutput out = SiteOutput.inPlace(site)) {
            assertThatThrownBy(() -> out.write("index.html", writer -> {
                writer.write("half a new in");
                throw new IOException("Template index.peb failed");
            })).hasMessageContaining("index.peb");
            assertThatThrownBy(() -> out.writeBytes("policies/a.html", stream -> {
                stream.write(new byte[] {'n', 'e', 'w'});
                throw new IllegalStateException("Corrupt text of policies/a.md");
            })).hasMessageContaining("a.md");
            out.write("policies/b.html", writer -> writer.write("written whole\r\n"));
        }

        assertThat(site.resolve("index.html")).hasContent("old index");
        assertThat(site.resolve("policies/a.html")).hasContent("old page");
        assertThat(site.resolve("policies/b.html")).hasContent("written whole\n");
        assertThat(files()).containsExactly("target/handbook/index.html", "target/handbook/policies/a.html",
                "target/handbook/policies/b.html");
    }

    @Test
    void aStreamedFileHasLfLineEndingsWhereverTheCrAndLfFall() throws IOException {
        try (SiteOutput out = SiteOutput.inPlace(site)) {
            try (Writer writer = out.writer("a.txt")) {
                writer.write("one\r\ntwo\r");
                writer.write("\nthree\r");
                writer.write('\r');
                writer.write('\n');
                writer.write("four\rfive".toCharArray(), 0, 9);
                writer.write("xx\r\nsix\r\n", 2, 7);
                writer.write("end\r");
            }
        }

        assertThat(Files.readString(site.resolve("a.txt"), StandardCharsets.UTF_8))
                .isEqualTo("one\ntwo\nthree\r\nfour\rfive\nsix\nend\r");
    }

    @Test
    void aStreamedFileIsUtf8() throws IOException {
        try (SiteOutput out = SiteOutput.inPlace(site);
             Writer writer = out.writer("policies/ü.html")) {
            writer.write("Zugriff für Ärzte — 🔐\r\n");
        }

        assertThat(site.resolve("policies/ü.html")).hasBinaryContent("Zugriff für Ärzte — 🔐\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aStreamKeepsItsBytesAndReplacesTheFileWhenItCloses() throws IOException {
        Path reader = project.resolve("open-by-a-reader.html");
        Files.createLink(reader, site.resolve("index.html"));

        try (SiteOutput out = SiteOutput.inPlace(site)) {
            OutputStream stream = out.stream("index.html");
            stream.write("new\r\n".getBytes(StandardCharsets.UTF_8));
            stream.write(new byte[] {0, (byte) 0xF0, 13}, 0, 3);
            stream.flush();
            assertThat(site.resolve("index.html")).hasContent("old index");
            stream.close();
            stream.close();
        }

        assertThat(site.resolve("index.html")).hasBinaryContent(new byte[] {'n', 'e', 'w', 13, 10, 0, (byte) 0xF0, 13});
        assertThat(reader).hasContent("old index");
        assertThat(files()).containsExactly("open-by-a-reader.html", "target/handbook/index.html",
                "target/handbook/policies/a.html");
    }

    @Test
    void closingWithoutCommitKeepsTheSite() throws IOException {
        try (SiteOutput out = SiteOutput.inPlace(site)) {
            out.write("policies/a.html", "written before a failure");
        }

        assertThat(site.resolve("index.html")).hasContent("old index");
        assertThat(site.resolve("policies/a.html")).hasContent("written before a failure");
    }

    @Test
    void aStagedSiteClosedWithoutCommitIsDropped() throws IOException {
        try (SiteOutput out = SiteOutput.begin(site)) {
            out.write("index.html", "never committed");
        }

        assertThat(site.resolve("index.html")).hasContent("old index");
        try (Stream<Path> siblings = Files.list(site.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("handbook");
        }
    }

    @Test
    void anInPlaceSiteIsCreatedWhenMissing() throws IOException {
        Path fresh = project.resolve("target/fresh");

        try (SiteOutput out = SiteOutput.inPlace(fresh)) {
            out.write("index.html", "first");
            out.commit();
        }

        assertThat(fresh.resolve("index.html")).hasContent("first");
    }

    @Test
    void nothingIsWrittenOutsideTheSite() throws IOException {
        try (SiteOutput out = SiteOutput.inPlace(site)) {
            for (String path : List.of("../escape.html", "/etc/escape.html", "a/../../escape.html", "", "a\\..\\..\\x",
                    "policies/../../escape.html")) {
                assertThatThrownBy(() -> out.write(path, "x")).as(path).isInstanceOf(IOException.class)
                        .hasMessageContaining("outside the output folder");
                assertThatThrownBy(() -> out.writer(path)).as(path).isInstanceOf(IOException.class);
                assertThatThrownBy(() -> out.stream(path)).as(path).isInstanceOf(IOException.class);
            }
            assertThatThrownBy(() -> out.write(".", "x")).isInstanceOf(IOException.class);
        }

        assertThat(files()).containsExactly("target/handbook/index.html", "target/handbook/policies/a.html");
    }
}
