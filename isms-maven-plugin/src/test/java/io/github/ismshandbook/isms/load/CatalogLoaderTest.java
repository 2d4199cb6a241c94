package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Clause;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.MandatoryItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CatalogLoaderTest {

    private static final String ISO = "ISO/IEC 27001:2022";
    private static final List<String> TABLES =
            List.of("iso27001-2022-annexA.tsv", "iso27001-2022-clauses.tsv", "iso27001-2013-to-2022.tsv",
                    "iso27001-2022-mandatory.tsv");

    @TempDir
    Path dir;

    /** The copy of the reference tables committed with the tests, so a clone without ../shared still checks. */
    private static Path copiedReference() {
        try {
            return Path.of(CatalogLoaderTest.class.getResource("/reference/" + TABLES.get(0)).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The project's shared reference tables ({@code ../shared/reference} next to the repository), when present. */
    private static Optional<Path> sharedReference() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null && start.getNameCount() - p.getNameCount() <= 3; p = p.getParent()) {
            Path candidate = p.resolve("shared/reference");
            if (TABLES.stream().allMatch(t -> Files.isRegularFile(candidate.resolve(t)))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<String[]> rows(Path reference, String table) {
        try {
            return Files.readAllLines(reference.resolve(table), StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Catalog builtIn() throws IOException {
        return CatalogLoader.load(BuildConfig.builder(Path.of("project"), LocalDate.of(2026, 1, 1)).build());
    }

    @Test
    void committedCopyOfTheReferenceEqualsTheSharedTables() throws IOException {
        Optional<Path> shared = sharedReference();
        assumeTrue(shared.isPresent(), "no shared/reference next to this checkout");
        for (String table : TABLES) {
            assertThat(copiedReference().resolve(table)).as(table).hasSameBinaryContentAs(shared.get().resolve(table));
        }
    }

    @Test
    void builtInCatalogHasEveryAnnexAControlOfTheReferenceInOrder() throws IOException {
        List<Control> expected = rows(copiedReference(), "iso27001-2022-annexA.tsv").stream()
                .map(r -> new Control(r[0], r[1], r[2], ISO))
                .toList();

        Catalog catalog = builtIn();

        assertThat(catalog.name()).isEqualTo(ISO);
        assertThat(catalog.controls()).hasSize(93).containsExactlyElementsOf(expected);
        Map<String, Long> perTheme = catalog.controls().stream()
                .collect(Collectors.groupingBy(Control::theme, LinkedHashMap::new, Collectors.counting()));
        assertThat(perTheme).containsExactly(
                Map.entry("Organizational controls", 37L), Map.entry("People controls", 8L),
                Map.entry("Physical controls", 14L), Map.entry("Technological controls", 34L));
        assertThat(catalog.control("A.5.15")).map(Control::title).contains("Access control");
        assertThat(catalog.control("8.34")).map(Control::title)
                .contains("Protection of information systems during audit testing");
    }

    @Test
    void builtInCatalogHasEveryClauseOfTheReferenceInOrder() throws IOException {
        List<Clause> expected = rows(copiedReference(), "iso27001-2022-clauses.tsv").stream()
                .map(r -> new Clause(r[0], r[1]))
                .toList();

        assertThat(builtIn().clauses()).isNotEmpty().containsExactlyElementsOf(expected);
        assertThat(builtIn().clauses()).extracting(Clause::topLevel).containsOnly("4", "5", "6", "7", "8", "9", "10");
    }

    @Test
    void builtInCatalogHasEvery2013Mapping() throws IOException {
        Map<String, List<String>> expected = rows(copiedReference(), "iso27001-2013-to-2022.tsv").stream()
                .collect(Collectors.toMap(r -> r[0], r -> Arrays.asList(r[1].split(","))));

        Catalog catalog = builtIn();

        assertThat(catalog.legacy()).hasSize(114).isEqualTo(expected);
        assertThat(catalog.legacyEquivalents("A.18.2.3")).contains(List.of("5.36", "8.8"));
        assertThat(catalog.legacyEquivalents("9.2.1")).contains(List.of("5.16"));
        assertThat(catalog.legacy().values()).allSatisfy(ids ->
                assertThat(ids).allSatisfy(id -> assertThat(catalog.control(id)).as(id).isPresent()));
    }

    @Test
    void builtInCatalogEqualsTheSharedReferenceWhenPresent() throws IOException {
        Optional<Path> shared = sharedReference();
        assumeTrue(shared.isPresent(), "no shared/reference next to this checkout");
        Catalog catalog = builtIn();
        assertThat(catalog.controls()).extracting(c -> String.join("\t", c.id(), c.title(), c.theme()))
                .containsExactlyElementsOf(joined(shared.get(), "iso27001-2022-annexA.tsv"));
        assertThat(catalog.clauses()).extracting(c -> c.id() + "\t" + c.title())
                .containsExactlyElementsOf(joined(shared.get(), "iso27001-2022-clauses.tsv"));
        assertThat(catalog.legacy()).isEqualTo(rows(shared.get(), "iso27001-2013-to-2022.tsv").stream()
                .collect(Collectors.toMap(r -> r[0], r -> List.of(r[1].split(",")))));
        assertThat(catalog.mandatory()).extracting(CatalogLoaderTest::row)
                .containsExactlyElementsOf(joined(shared.get(), "iso27001-2022-mandatory.tsv"));
    }

    /** A mandatory item as a row of the reference table. */
    /** A project in {@code dir} with {@code catalogs} besides the built-in one. */
    private static BuildConfig catalogConfig(Path dir, List<Path> catalogs) {
        return BuildConfig.builder().sourceDirectory(dir).outputDirectory(dir).reportDirectory(dir).themeDirectory(dir)
                .title("t").handbookVersion("1").today(LocalDate.of(2026, 1, 1)).catalogs(catalogs).build();
    }

    private static String row(MandatoryItem m) {
        return String.join("\t", m.id(), m.kind().key(), m.title(), String.join(" ", m.addressedBy()));
    }

    @Test
    void builtInCatalogHasEveryMandatoryItemOfTheReferenceRowForRow() throws IOException {
        Catalog catalog = builtIn();

        assertThat(catalog.mandatory()).extracting(CatalogLoaderTest::row)
                .hasSize(25).containsExactlyElementsOf(joined(copiedReference(), "iso27001-2022-mandatory.tsv"));
        assertThat(catalog.mandatory()).extracting(MandatoryItem::catalog).containsOnly(ISO);
        assertThat(catalog.mandatory().get(4)).isEqualTo(new MandatoryItem("6.1.3 d", MandatoryItem.Kind.DOCUMENT,
                "Statement of Applicability", List.of("type:soa"), ISO));
        assertThat(catalog.mandatory().get(12).addressedBy()).containsExactly("9.2", "9.2.1", "9.2.2");
    }

    @Test
    void customCatalogsBringTheirOwnMandatoryItems() throws IOException {
        Path cloud = write("cloud.yaml", """
                name: "ISO/IEC 27017:2015"
                controls:
                  - {id: "CLD.9.5.1", title: "Segregation in virtual computing environments"}
                mandatory:
                  - id: CLD.9.5.1
                    kind: record
                    title: "Tenant segregation tests"
                    addressed_by: ["CLD.9.5.1", "A.8.22"]
                  - {id: "6.1.3 d", kind: document, title: "A redefinition that the built-in item wins over", addressed_by: "type:soa"}
                  - {id: "8.1 cloud", kind: document, title: "Cloud operations", addressed_by: "8.1 type:procedure"}
                """);
        BuildConfig config = catalogConfig(dir, List.of(cloud));

        Catalog catalog = CatalogLoader.load(config);

        assertThat(catalog.mandatory()).hasSize(27);
        assertThat(catalog.mandatory().get(4).title()).isEqualTo("Statement of Applicability");
        assertThat(catalog.mandatory().subList(25, 27)).containsExactly(
                new MandatoryItem("CLD.9.5.1", MandatoryItem.Kind.RECORD, "Tenant segregation tests",
                        List.of("CLD.9.5.1", "A.8.22"), "ISO/IEC 27017:2015"),
                new MandatoryItem("8.1 cloud", MandatoryItem.Kind.DOCUMENT, "Cloud operations",
                        List.of("8.1", "type:procedure"), "ISO/IEC 27017:2015"));
    }

    @Test
    void aMandatoryItemAddressedByNothingTheCatalogKnowsIsAConfigurationError() throws IOException {
        Path file = write("own.yaml", "name: Own\nmandatory:\n  - {id: X, kind: record, title: T, addressed_by: [4.3, 11.1]}\n");
        BuildConfig config = catalogConfig(dir, List.of(file));

        assertThatThrownBy(() -> CatalogLoader.load(config))
                .isInstanceOf(IOException.class)
                .hasMessage("Invalid catalog Own: mandatory item X is addressed by '11.1', which is neither a clause "
                        + "nor a control of the catalog");
    }

    private static List<String> joined(Path reference, String table) {
        return rows(reference, table).stream().map(r -> String.join("\t", r)).toList();
    }

    @Test
    void customCatalogsAreMergedAfterTheBuiltInOne() throws IOException {
        Path cloud = write("cloud.yaml", """
                name: "ISO/IEC 27017:2015"
                controls:
                  - id: "CLD.6.3.1"
                    title: "Shared roles and responsibilities within a cloud computing environment"
                    theme: "Cloud services"
                  - id: CLD.9.5.1
                    title: Segregation in virtual computing environments
                  - id: "5.1"
                    title: "A redefinition that the built-in catalog wins over"
                """);
        Path extra = write("extra-controls.yml", """
                controls:
                  - id: X.10
                    title: "Ünïcödé & <title>"
                    theme: Local
                clauses:
                  - {id: "11", title: "Extra clause"}
                legacy:
                  "A.99.1": "X.10"
                """);
        BuildConfig config = catalogConfig(dir, List.of(cloud, extra));

        Catalog catalog = CatalogLoader.load(config);

        assertThat(catalog.name()).isEqualTo(ISO);
        assertThat(catalog.controls()).hasSize(96);
        assertThat(catalog.controls().subList(93, 96)).containsExactly(
                new Control("CLD.6.3.1", "Shared roles and responsibilities within a cloud computing environment",
                        "Cloud services", "ISO/IEC 27017:2015"),
                new Control("CLD.9.5.1", "Segregation in virtual computing environments", "ISO/IEC 27017:2015",
                        "ISO/IEC 27017:2015"),
                new Control("X.10", "Ünïcödé & <title>", "Local", "extra-controls"));
        assertThat(catalog.control("5.1")).map(Control::title).contains("Policies for information security");
        assertThat(catalog.clause("11")).map(Clause::title).contains("Extra clause");
        assertThat(catalog.legacyEquivalents("A.99.1")).contains(List.of("X.10"));
    }

    @Test
    void unquotedNumericIdsKeepTheirText() throws IOException {
        Path file = write("numbers.yaml", """
                controls:
                  - id: 5.10
                    title: Ten
                clauses:
                  - id: 4.10
                    title: Four ten
                """);

        Catalog catalog = CatalogLoader.read(file);

        assertThat(catalog.controls()).extracting(Control::id).containsExactly("5.10");
        assertThat(catalog.clauses()).extracting(Clause::id).containsExactly("4.10");
    }

    @Test
    void anEmptyNameKeepsTheNameOfTheFile() throws IOException {
        Path file = write("local.yaml", "name:\ncontrols:\n  - {id: L.1, title: Local}\n");

        assertThat(CatalogLoader.read(file).name()).isEqualTo("local");
        assertThat(CatalogLoader.read(write("named.yaml", "name: ''\n")).name()).isEmpty();
    }

    @Test
    void aControlWrittenWithThePrefixIsStoredWithoutIt() throws IOException {
        Path file = write("prefixed.yaml", "controls:\n  - {id: \"A.5.99\", title: Extra}\n");

        assertThat(CatalogLoader.read(file).control("A.5.99")).map(Control::id).contains("5.99");
    }

    @Test
    void aControlWithoutTitleIsAConfigurationErrorNamingFileAndLine() throws IOException {
        Path file = write("custom.yaml", """
                name: Custom
                controls:
                  - id: "C.1"
                    title: "First"
                  - id: "C.2"
                    theme: "No title"
                """);

        assertThatThrownBy(() -> CatalogLoader.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage("Invalid catalog " + file + ", line 5, column 5: control C.2 has no 'title'");
    }

    @Test
    void invalidYamlIsAConfigurationErrorNamingFileAndLine() throws IOException {
        Path file = write("broken.yaml", """
                controls:
                  - id: "C.1"
                    title: "unterminated
                """);

        assertThatThrownBy(() -> CatalogLoader.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage("Invalid catalog " + file + ", line 3, column 12: "
                        + "invalid YAML: a quoted scalar that is never closed (found unexpected end of the file)");
    }

    @Test
    void contentErrorsNameTheLineOfTheProblem() throws IOException {
        assertError("name: x\nrules: []\n",
                "line 2, column 1: unknown key 'rules' (expected name, controls, clauses, legacy or mandatory)");
        assertError("controls:\n  - id: C.1\n    titel: T\n", "line 3, column 5: unknown key 'titel' in a control (expected id, title, theme)");
        assertError("controls:\n  - {id: C.1, title: T}\n  - {id: C.1, title: U}\n", "line 3, column 5: control C.1 is defined twice");
        assertError("controls:\n  - {id: ../../etc, title: T}\n", "line 2, column 5: control id '../../etc' is not valid");
        assertError("controls: C.1\n", "line 1, column 11: 'controls' must be a list");
        assertError("clauses:\n  - {title: T}\n", "line 2, column 5: clause has no 'id'");
        assertError("legacy:\n  A.1.1: []\n", "line 2, column 10: legacy A.1.1 maps to no control");
        assertError("legacy:\n  A.1.1: [5.1]\n  A.1.1: [5.2]\n", "line 3, column 3: invalid YAML: duplicate key 'A.1.1'");
        assertError("", "the file is empty");
        assertError("- a\n- b\n", "line 1, column 1: expected a mapping");
        assertError("mandatory:\n  - {id: X, kind: form, title: T, addressed_by: [4.3]}\n",
                "line 2, column 5: mandatory item X has kind 'form' (expected document or record)");
        assertError("mandatory:\n  - {id: X, kind: record, title: T}\n", "line 2, column 5: mandatory item X has no 'addressed_by'");
        assertError("mandatory:\n  - {id: X, kind: record, title: T, addressed_by: [type:memo]}\n",
                "line 2, column 5: mandatory item X is addressed by 'type:memo', which names no document type");
        assertError("mandatory:\n  - {id: X, kind: record, titel: T, addressed_by: [4.3]}\n",
                "line 2, column 27: unknown key 'titel' in a mandatory item (expected id, kind, title, addressed_by)");
        assertError("mandatory:\n  - {kind: record, title: T, addressed_by: [4.3]}\n", "line 2, column 5: mandatory item has no 'id'");
        assertError("mandatory:\n  - {id: X, kind: record, title: T, addressed_by: [4.3]}\n  - {id: X, kind: record, title: U, addressed_by: [4.3]}\n",
                "line 3, column 5: mandatory item X is defined twice");
    }

    @Test
    void aMissingCatalogFileIsNamed() {
        Path missing = dir.resolve("nowhere.yaml");

        assertThatThrownBy(() -> CatalogLoader.read(missing))
                .isInstanceOf(IOException.class)
                .hasMessage("Catalog file " + missing + " does not exist (parameter 'catalogs')");
    }

    private void assertError(String yaml, String expected) throws IOException {
        Path file = write("case.yaml", yaml);
        assertThatThrownBy(() -> CatalogLoader.read(file)).as(yaml)
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Invalid catalog " + file)
                .hasMessageContaining(expected);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
