package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Heading;
import io.github.ismshandbook.isms.model.Link;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import static io.github.ismshandbook.isms.load.SourceFolder.VALID;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading bytes into text: encodings, line endings, binary and oversized files, and the front-matter markers. */
class SourceReadingTest {

    private static final String BODY = "# Scope\n\nSee [the standard](std.md).\n";

    @TempDir
    Path tmp;
    SourceFolder folder;

    @BeforeEach
    void setUp() {
        folder = new SourceFolder(tmp);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void lfFileGivesBodyPositions() {
        folder.write("a.md", VALID + BODY);

        Document d = folder.single();

        assertThat(d.bodyLine()).isEqualTo(8);
        assertThat(d.headings()).containsExactly(new Heading(1, "Scope", "scope", 8));
        assertThat(d.links()).extracting(Link::position).extracting(p -> p.line() + ":" + p.column())
                .containsExactly("10:5");
    }

    @Test
    void crlfAndCrFilesGiveTheSameLinesAsLf() {
        folder.write("lf.md", VALID + BODY)
                .write("crlf.md", (VALID + BODY).replace("\n", "\r\n"))
                .write("cr.md", (VALID + BODY).replace("\n", "\r"));

        Handbook handbook = folder.load().handbook();

        Document lf = handbook.byPath("lf.md").orElseThrow();
        for (String path : new String[] {"crlf.md", "cr.md"}) {
            Document d = handbook.byPath(path).orElseThrow();
            assertThat(d.bodyLine()).isEqualTo(lf.bodyLine());
            assertThat(d.headings()).isEqualTo(lf.headings());
            assertThat(d.links()).isEqualTo(lf.links());
            assertThat(d.body()).isEqualTo(lf.body());
            assertThat(d.frontMatter().keyPositions()).isEqualTo(lf.frontMatter().keyPositions());
        }
    }

    @Test
    void leadingByteOrderMarkIsDropped() {
        folder.write("a.md", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(VALID + BODY)));

        LoadResult result = folder.load();

        assertThat(result.findings()).isEmpty();
        assertThat(result.handbook().documents().get(0).id()).isEqualTo("POL-1");
    }

    @Test
    void binaryFileIsNotADocument() {
        folder.write("logo.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        LoadResult result = folder.load();

        assertThat(SourceFolder.brief(result.findings()))
                .containsExactly("front-matter-missing logo.md:1:1 binary file, not a Markdown document");
        assertThat(result.handbook().unreadable()).containsExactly("logo.md");
    }

    @Test
    void invalidUtf8InTheFrontMatterIsAYamlSyntaxErrorAtItsLine() {
        // line 3 is "title: Acc<0xFF>ess control"
        byte[] bytes = utf8(VALID.replace("Access", "Acc#ess") + BODY);
        bytes[indexOf(bytes, (byte) '#')] = (byte) 0xFF;
        folder.write("a.md", bytes);

        LoadResult result = folder.load();

        assertThat(SourceFolder.brief(result.findings()))
                .containsExactly("yaml-syntax a.md:3:11 invalid UTF-8 byte sequence in the front-matter");
        assertThat(result.handbook().documents()).isEmpty();
        assertThat(result.handbook().unreadable()).containsExactly("a.md");
    }

    @Test
    void invalidUtf8InTheBodyIsReportedAndTheDocumentStillLoads() {
        // body line 3 (file line 10) starts "See " then a truncated two-byte sequence
        byte[] bytes = utf8(VALID + BODY.replace("See [", "See ~["));
        bytes[indexOf(bytes, (byte) '~')] = (byte) 0xC3;
        folder.write("a.md", bytes);

        LoadResult result = folder.load();

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().id()).isEqualTo("invalid-value");
            assertThat(f.line()).isEqualTo(10);
            assertThat(f.column()).isEqualTo(5);
            assertThat(f.document()).isEqualTo("POL-1");
            assertThat(f.message()).isEqualTo("invalid UTF-8 byte sequence");
        });
        Document d = result.handbook().documents().get(0);
        assertThat(d.body()).contains("See \uFFFD[the standard]");
        assertThat(d.links()).extracting(Link::target).containsExactly("std.md");
    }

    @Test
    void validMultiByteUtf8IsNotReported() {
        folder.write("a.md", VALID.replace("Access control", "Zugriffsschutz – Übersicht") + "# Größe 😀\n");

        LoadResult result = folder.load();

        assertThat(result.findings()).isEmpty();
        assertThat(result.handbook().documents().get(0).frontMatter().title()).isEqualTo("Zugriffsschutz – Übersicht");
    }

    @Test
    void fileLargerThanTheLimitIsNotLoaded() {
        byte[] big = new byte[(int) DocumentLoader.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'x');
        folder.write("huge.md", concat(utf8(VALID), big))
                .write("ok.md", concat(utf8(VALID.replace("POL-1", "OK")), new byte[(int) DocumentLoader.MAX_BYTES - 200]));

        LoadResult result = folder.load();

        assertThat(SourceFolder.brief(result.findings())).containsExactly("invalid-value huge.md:1:1 file is "
                + (big.length + VALID.length()) + " bytes, larger than the 2 MiB limit; not loaded",
                // the file at the limit is loaded; its zero bytes make it binary, which proves it was read
                "front-matter-missing ok.md:1:1 binary file, not a Markdown document");
        assertThat(result.handbook().unreadable()).containsExactly("huge.md", "ok.md");
    }

    @Test
    void fileWithoutFrontMatterIsNotADocument() {
        folder.write("notes.md", "# Notes\n\nid: x\n");

        LoadResult result = folder.load();

        assertThat(SourceFolder.brief(result.findings())).containsExactly(
                "front-matter-missing notes.md:1:1 no front-matter block: the file does not start with '---'");
        assertThat(result.handbook().unreadable()).containsExactly("notes.md");
        assertThat(result.handbook().documents()).isEmpty();
    }

    @Test
    void unterminatedFrontMatterIsReportedOnce() {
        folder.write("a.md", "---\nid: A\ntitle: T\n\n# Body\n");

        LoadResult result = folder.load();

        assertThat(SourceFolder.brief(result.findings())).containsExactly(
                "front-matter-missing a.md:1:1 the front-matter block opened on line 1 is never closed");
        assertThat(result.handbook().unreadable()).containsExactly("a.md");
    }

    @Test
    void anUnterminatedBlockIsToldWhereTheDocumentTextStarts() {
        folder.write("a.md", "---\nid: A\ntitle: T\n\n# Policy\n\nThis policy applies to everyone.\n");

        Finding f = folder.load().findings().get(0);

        assertThat(f.hint()).isEqualTo("Add a line '---' before line 5, where the document text starts.");
    }

    @Test
    void aBlockClosedOnlyByARuleInTheTextIsProbablyNotClosed() {
        folder.write("a.md", "---\nid: POL-A\ntitle: T\nowner: O\nversion: 1\nreview_date: 2027-01-01\n\n# Policy\n\n"
                + "This policy applies to everyone.\nIt is reviewed yearly.\n\n---\n\nMore text.\n");

        LoadResult result = folder.load();

        assertThat(SourceFolder.brief(result.findings())).containsExactly("front-matter-missing a.md:8:1 the "
                + "front-matter block opened on line 1 is probably not closed: the document text from line 8 on is read "
                + "as YAML, up to the '---' on line 13");
        assertThat(result.findings().get(0).hint()).isEqualTo("Add a line '---' before line 8 to end the front-matter.");
        assertThat(result.handbook().takenBy("POL-A")).contains("a.md");
    }

    @Test
    void aYamlMistakeAfterABlankLineInAClosedBlockIsAYamlMistake() {
        folder.write("a.md", "---\nid: A\ntitle: T\n\nowner: O\n  bad: indentation\n---\nText.\n");
        folder.write("b.md", "---\nid: B\ntitle: T\n\nPurpose: this policy\nsets out: x: y\n---\nText.\n");

        assertThat(folder.load().findings()).extracting(f -> f.rule().id()).containsExactly("yaml-syntax", "yaml-syntax");
    }

    @Test
    void frontMatterWithoutItsOpeningLineIsToldSoAndItsIdIsTaken() {
        folder.write("a.md", "name: Access Policy\nacronym: POL-A\nsatisfies:\n  TSC:\n    - CC6.1\n---\n# Purpose\n");
        folder.write("b.md", "Title: a note\n\nSome text.\n\n---\n");

        LoadResult result = folder.load();

        assertThat(SourceFolder.brief(result.findings())).containsExactly(
                "front-matter-missing a.md:1:1 no front-matter block: the YAML that ends with the '---' on line 6 has "
                        + "no opening '---'",
                "front-matter-missing b.md:1:1 no front-matter block: the file does not start with '---'");
        assertThat(result.findings().get(0).hint()).isEqualTo("Add a line '---' above line 1.");
        assertThat(result.handbook().takenBy("POL-A")).contains("a.md");
    }

    @Test
    void frontMatterBelowACommentIsToldToMoveUp() {
        folder.write("a.md", "<!-- markdownlint-disable\n  MD041 -->\n\n---\nid: POL-A\n---\nText.\n");
        folder.write("b.md", "Text first.\n\n---\nid: POL-B\n---\n");

        LoadResult result = folder.load();

        assertThat(SourceFolder.brief(result.findings())).containsExactly(
                "front-matter-missing a.md:1:1 no front-matter block on line 1: the block that opens on line 4 is not "
                        + "front-matter there",
                "front-matter-missing b.md:1:1 no front-matter block: the file does not start with '---'");
        assertThat(result.handbook().takenBy("POL-A")).contains("a.md");
        assertThat(result.handbook().takenBy("POL-B")).isEmpty();
    }

    @Test
    void aFileWithoutFrontMatterIsToldHowToLeaveItOut() {
        folder.write("notes.md", "# Notes\n");

        assertThat(folder.load().findings().get(0).hint()).endsWith("If the file is not a handbook document, start its "
                + "name with '_', or leave it out with the 'excludes' parameter.");
    }

    @Test
    void markersMayHaveTrailingSpacesAndTheBlockMayEndWithDots() {
        folder.write("a.md", VALID.replaceFirst("---\n", "---  \n").replace("2027-01-01\n---", "2027-01-01\n... ")
                + "Body\n");

        Document d = folder.single();

        assertThat(d.bodyLine()).isEqualTo(8);
        assertThat(d.body()).isEqualTo("Body\n");
    }

    @Test
    void blockClosedOnTheLastLineGivesAnEmptyBody() {
        folder.write("a.md", VALID.stripTrailing());

        Document d = folder.single();

        assertThat(d.body()).isEmpty();
        assertThat(d.bodyLine()).isEqualTo(8);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("no " + b);
    }
}
