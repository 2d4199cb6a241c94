package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Position;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.github.ismshandbook.isms.load.SourceFolder.VALID;
import static org.assertj.core.api.Assertions.assertThat;

/** YAML that cannot be read: one yaml-syntax finding at the file position, and the file is not a document. */
class YamlReaderTest {

    private static final String REQUIRED = "id: A\ntitle: T\nowner: O\nversion: 1\nreview_date: 2027-01-01\n";

    @TempDir
    Path tmp;
    SourceFolder folder;

    @BeforeEach
    void setUp() {
        folder = new SourceFolder(tmp);
    }

    private Finding onlyFinding(String yaml) {
        folder.document("a.md", yaml, "# Body\n");
        LoadResult result = folder.load();
        assertThat(result.handbook().documents()).isEmpty();
        assertThat(result.handbook().unreadable()).containsExactly("a.md");
        assertThat(result.findings()).hasSize(1);
        return result.findings().get(0);
    }

    private static void assertAt(Finding f, String rule, int line, int column) {
        assertThat(f.rule().id()).isEqualTo(rule);
        assertThat(f.file()).isEqualTo("a.md");
        assertThat(new Position(f.line(), f.column())).isEqualTo(new Position(line, column));
        assertThat(f.message()).startsWith("invalid YAML: ").doesNotContain("org.", "com.", "java", "\n");
        assertThat(f.hint()).isNotBlank();
    }

    @Test
    void syntaxErrorIsReportedAtItsLineInTheMarkdownFile() {
        Finding f = onlyFinding(REQUIRED + "summary: a: b\n");

        assertAt(f, "yaml-syntax", 7, 11);
        assertThat(f.message()).isEqualTo("invalid YAML: mapping values are not allowed here");
    }

    @Test
    void tabIndentationIsASyntaxError() {
        Finding f = onlyFinding("id: A\ntags:\n\t- x\n");

        assertAt(f, "yaml-syntax", 4, 1);
        assertThat(f.message()).contains("TAB");
        assertThat(f.hint()).isEqualTo("Indent with spaces, not tabs.");
    }

    @Test
    void tabInsideAQuotedValueIsFine() {
        folder.document("a.md", REQUIRED + "summary: \"a\tb\"\n", "");

        assertThat(folder.single().frontMatter().summary()).isEqualTo("a\tb");
    }

    @Test
    void duplicateKeyIsASyntaxErrorAtTheSecondKey() {
        Finding f = onlyFinding(REQUIRED + "title: Again\n");

        assertAt(f, "yaml-syntax", 7, 1);
        assertThat(f.message()).isEqualTo("invalid YAML: duplicate key 'title'");
    }

    @Test
    void unclosedFlowListIsASyntaxError() {
        Finding f = onlyFinding(REQUIRED + "controls: [A.5.15,\n");

        assertThat(f.rule().id()).isEqualTo("yaml-syntax");
        assertThat(f.message()).contains("end of the front-matter");
    }

    @Test
    void billionLaughsAliasBombIsASyntaxError() {
        StringBuilder yaml = new StringBuilder(REQUIRED).append("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                yaml.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }

        Finding f = onlyFinding(yaml.toString());

        assertThat(f.rule().id()).isEqualTo("yaml-syntax");
        assertThat(f.line()).isEqualTo(2 + 5 + 6); // the 51st alias is on block line 12, file line 13
        assertThat(f.message()).isEqualTo("invalid YAML: more than 50 aliases to lists or mappings (an alias bomb?)");
    }

    @Test
    void aFewAliasesAreResolved() {
        folder.document("a.md", REQUIRED + "owner_list: &o [CISO]\ntags: &t [x, y]\nsummary: &s Short\n"
                + "related: *t\napproved_by: *s\n", "");

        LoadResult result = folder.load();

        assertThat(SourceFolder.brief(result.findings()))
                .containsExactly("unknown-field a.md:7:1 unknown key 'owner_list'");
        Document d = result.handbook().documents().get(0);
        assertThat(d.frontMatter().related()).extracting(l -> l.value()).containsExactly("x", "y");
        assertThat(d.frontMatter().approvedBy()).isEqualTo("Short");
    }

    @Test
    void aliasWithoutAnchorIsASyntaxError() {
        Finding f = onlyFinding(REQUIRED + "related: *nothing\n");

        assertAt(f, "yaml-syntax", 7, 10);
        assertThat(f.message()).contains("'*nothing'");
    }

    @Test
    void hundredLevelsOfNestingIsASyntaxError() {
        Finding f = onlyFinding(REQUIRED + "deep: " + "[".repeat(100) + "]".repeat(100) + "\n");

        assertThat(f.rule().id()).isEqualTo("yaml-syntax");
        assertThat(f.line()).isEqualTo(7);
        assertThat(f.message()).isEqualTo("invalid YAML: nested more than 50 levels deep");
    }

    @Test
    void tenLevelsOfNestingIsFine() {
        folder.document("a.md", REQUIRED + "deep: " + "[".repeat(10) + "]".repeat(10) + "\n", "");

        assertThat(folder.findings()).containsExactly("unknown-field a.md:7:1 unknown key 'deep'");
    }

    @Test
    void blockOverTheCodePointLimitIsASyntaxError() {
        Finding f = onlyFinding(REQUIRED + "summary: " + "x".repeat(YamlReader.MAX_CODE_POINTS) + "\n");

        assertAt(f, "yaml-syntax", 7, 10);
        assertThat(f.message()).isEqualTo("invalid YAML: the front-matter exceeds the limit of 1000000 characters");
        assertThat(f.hint()).isEqualTo("Keep the front-matter short: long text belongs in the document body.");
    }

    @Test
    void aControlCharacterIsReportedWhereItIs() {
        Finding f = onlyFinding(REQUIRED + "summary: a\u0001b\n");

        assertAt(f, "yaml-syntax", 7, 11);
        assertThat(f.message()).isEqualTo("invalid YAML: the control character U+0001 is not allowed");
        assertThat(f.hint()).startsWith("Delete the invisible character");
    }

    @Test
    void aSecondDocumentInTheBlockIsASyntaxError() {
        Finding f = onlyFinding(REQUIRED + "--- summary: More\n");

        assertAt(f, "yaml-syntax", 7, 1);
        assertThat(f.message()).isEqualTo("invalid YAML: a second document starts here; "
                + "write one mapping of keys to values");
    }

    @Test
    void aListAsKeyIsASyntaxErrorAtTheKey() {
        Finding f = onlyFinding(REQUIRED + "related: {[a, b]: c}\n");

        assertAt(f, "yaml-syntax", 7, 11);
        assertThat(f.message()).isEqualTo("invalid YAML: a key must be a plain value, not a list");
    }

    @Test
    void keysAreTheirTextAsWrittenEvenWhenTheyReadAsNull() {
        folder.document("a.md", REQUIRED + "~: x\n", "");

        assertThat(folder.findings()).containsExactly("unknown-field a.md:7:1 unknown key '~'");
    }

    @Test
    void validYamlThatIsNotAMappingIsOneInvalidValue() {
        folder.document("a.md", "- id: A\n- title: T\n", "");

        LoadResult result = folder.load();

        assertThat(SourceFolder.brief(result.findings())).containsExactly(
                "invalid-value a.md:2:1 the front-matter must be a mapping of keys to values, not a list");
        assertThat(result.handbook().unreadable()).containsExactly("a.md");
    }

    @Test
    void scalarFrontMatterIsOneInvalidValue() {
        folder.document("a.md", "just some text\n", "");

        assertThat(folder.findings()).containsExactly(
                "invalid-value a.md:2:1 the front-matter must be a mapping of keys to values, not a value");
    }

    @Test
    void emptyBlockIsADocumentWithRequiredFieldFindings() {
        folder.write("a.md", "---\n---\nBody\n");

        LoadResult result = folder.load();

        assertThat(result.handbook().documents()).hasSize(1);
        assertThat(SourceFolder.brief(result.findings())).containsExactly(
                "required-field a.md:1:1 required key 'id' is missing",
                "required-field a.md:1:1 required key 'owner' is missing",
                "required-field a.md:1:1 required key 'title' is missing",
                "required-field a.md:1:1 required key 'version' is missing",
                "required-field a.md:1:1 review_date or last_reviewed is required");
    }

    @Test
    void commentsOnlyBlockIsLikeAnEmptyOne() {
        folder.write("a.md", "---\n# nothing yet\n---\n");

        assertThat(folder.load().findings()).hasSize(5).allMatch(f -> f.rule().id().equals("required-field"));
    }

    @Test
    void anUnclosedFlowListIsReportedWhereItOpens() {
        folder.write("a.md", "---\nid: POL-1\ntitle: [unclosed\nowner: QA\nversion: 1\nreview_date: 2027-01-01\n---\n");

        assertThat(folder.load().findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().id()).isEqualTo("yaml-syntax");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.column()).isEqualTo(8);
            assertThat(f.message()).contains("flow sequence that is never closed").contains("but got ':'");
        });
    }

    @Test
    void validFrontMatterGivesNoFinding() {
        folder.write("a.md", VALID);

        assertThat(folder.findings()).isEmpty();
    }

    @Test
    void theParsersTokenNamesAreSaidInWords() {
        assertThat(YamlErrors.words("expected <block end>, but found '<block mapping start>'", "the front-matter"))
                .isEqualTo("expected the end of a block, but found a mapping");
        assertThat(YamlErrors.words("expected ',' or ']', but got :", "the file"))
                .isEqualTo("expected ',' or ']', but got ':'");
        assertThat(YamlErrors.words("expected ',' or ']', but got <stream end>", "the file"))
                .isEqualTo("expected ',' or ']', but got the end of the file");
        assertThat(List.of(YamlErrors.words(null, "the file"), YamlErrors.words(" ", "the file")))
                .containsOnly("the parser gave no reason");
    }
}
