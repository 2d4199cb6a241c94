package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Handbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.github.ismshandbook.isms.load.SourceFolder.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class HandbookLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void aFailingFileDoesNotStopTheOthers() {
        SourceFolder folder = new SourceFolder(tmp)
                .write("a.md", VALID.replace("POL-1", "A"))
                .write("b.md", "---\nid: [unclosed\n---\n")
                .write("c.md", "no front-matter\n")
                .write("d.md", new byte[] {0, 1, 2})
                .write("e.md", "---\nid: E\n")
                .write("f.md", VALID.replace("POL-1", "F").replace("title: Access control", "title:"))
                .write("g.md", VALID.replace("POL-1", "G"));

        LoadResult result = folder.load();

        assertThat(result.handbook().documents()).extracting(Document::path).containsExactly("a.md", "f.md", "g.md");
        assertThat(result.handbook().unreadable()).containsExactly("b.md", "c.md", "d.md", "e.md");
        assertThat(result.findings()).extracting(f -> f.file() + " " + f.rule().id()).containsExactly(
                "b.md yaml-syntax", "c.md front-matter-missing", "d.md front-matter-missing",
                "e.md front-matter-missing", "f.md required-field");
    }

    @Test
    void theIdAFileWritesCountsAsTakenWhenItCannotBeBound() {
        SourceFolder folder = new SourceFolder(tmp)
                .write("tab.md", "---\nid: POL-TAB\ntitle: T\ntags:\n\t- a\n---\n")
                .write("unclosed.md", "---\nid: 'POL-UNCLOSED'  # the id\ntitle: T\n")
                .write("invalid.md", VALID.replace("POL-1", "POL 1"))
                .write("misspelt.md", VALID.replace("id: POL-1", "Id: POL-MISSPELT"))
                .write("none.md", "no front-matter\nid: POL-NONE\n")
                .write("ok.md", VALID);

        Handbook handbook = folder.load().handbook();

        assertThat(handbook.takenIds()).containsExactly(entry("POL 1", "invalid.md"), entry("POL-MISSPELT", "misspelt.md"),
                entry("POL-TAB", "tab.md"), entry("POL-UNCLOSED", "unclosed.md"));
        assertThat(handbook.byId("POL-1")).map(Document::path).contains("ok.md");
    }

    @Test
    void documentKeepsItsBodyAndOutline() {
        SourceFolder folder = new SourceFolder(tmp).write("policies/a.md", VALID + "# Scope\n\n[[POL-2]]\n<b>x</b>\n");

        Document d = folder.single();

        assertThat(d.path()).isEqualTo("policies/a.md");
        assertThat(d.body()).isEqualTo("# Scope\n\n[[POL-2]]\n<b>x</b>\n");
        assertThat(d.bodyLine()).isEqualTo(8);
        assertThat(d.headings()).hasSize(1);
        assertThat(d.links()).hasSize(1);
        assertThat(d.rawHtml()).hasSize(2);
        assertThat(d.hasAnchor("scope")).isTrue();
    }

    @Test
    void loadingTwiceGivesTheSameResult() {
        SourceFolder folder = new SourceFolder(tmp)
                .write("z.md", VALID.replace("POL-1", "Z") + "colour: x\n")
                .write("a/b.md", "oops\n")
                .write("m.png", "png");

        LoadResult first = folder.load();
        LoadResult second = folder.load();

        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(second.handbook().documents()).isEqualTo(first.handbook().documents());
        assertThat(second.handbook().assets()).isEqualTo(first.handbook().assets());
    }
}
