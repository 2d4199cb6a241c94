package io.github.ismshandbook.isms.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path project;

    private BuildConfig config;

    @BeforeEach
    void configure() {
        config = BuildConfig.builder(project, LocalDate.of(2026, 3, 1)).build();
    }

    private JsonNode writeAndRead(Path file) throws IOException {
        new FindingsReport(config).write(ReportFixture.validation());
        return JSON.readTree(file.toFile());
    }

    @Test
    void writesTheThreeFilesIntoTheReportDirectoryAndNothingElse() throws IOException {
        FindingsReport report = new FindingsReport(config);

        report.write(ReportFixture.validation());

        Path reports = project.resolve("target/isms");
        assertThat(report.files()).containsExactly(reports.resolve("findings.json"), reports.resolve("findings.sarif"),
                reports.resolve("findings-junit.xml"));
        try (Stream<Path> all = Files.walk(project)) {
            assertThat(all.filter(Files::isRegularFile)).containsExactlyInAnyOrderElementsOf(report.files());
        }
    }

    @Test
    void jsonHasTheSpecifiedShapeInStableKeyOrder() throws IOException {
        JsonNode root = writeAndRead(new FindingsReport(config).jsonFile());

        assertThat(fieldNames(root)).containsExactly("tool", "version", "today", "documents", "findings");
        assertThat(root.get("tool").asText()).isEqualTo("isms-handbook");
        assertThat(root.get("version").asText()).isEqualTo(ToolVersion.current());
        assertThat(root.get("today").asText()).isEqualTo("2026-03-01");
        assertThat(root.get("documents").asInt()).isEqualTo(3);
        JsonNode findings = root.get("findings");
        assertThat(findings).hasSize(5);
        assertThat(findings).allSatisfy(f -> assertThat(fieldNames(f))
                .containsExactly("rule", "severity", "file", "line", "column", "document", "message", "hint"));
        assertThat(findings).extracting(f -> f.get("rule").asText() + "@" + f.get("file").asText() + ":" + f.get("line").asInt())
                .containsExactly("unknown-control@policies/access-control.md:5", "broken-link@policies/access-control.md:12",
                        "unknown-field@policies/clean.md:4", "yaml-syntax@procedures/broken.md:3",
                        "control-uncovered@soa.md:1");
        JsonNode broken = findings.get(1);
        assertThat(broken.get("severity").asText()).isEqualTo("error");
        assertThat(broken.get("column").asInt()).isEqualTo(3);
        assertThat(broken.get("document").asText()).isEqualTo("AC-01");
        assertThat(broken.get("message").asText()).isEqualTo(ReportFixture.TRICKY);
        assertThat(broken.get("hint").asText()).isEqualTo("Point it at an existing file, e.g. <policies/x.md> & co.");
        JsonNode yaml = findings.get(3);
        assertThat(yaml.get("document").isNull()).isTrue();
        assertThat(yaml.get("hint").isNull()).isTrue();
        assertThat(findings.get(4).get("severity").asText()).isEqualTo("info");
    }

    @Test
    void jsonIsPrettyPrintedWithUnixLineEndsAndRawUtf8() throws IOException {
        new FindingsReport(config).write(ReportFixture.validation(List.of()));

        String text = Files.readString(new FindingsReport(config).jsonFile(), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("""
                {
                  "tool": "isms-handbook",
                  "version": "%s",
                  "today": "2026-03-01",
                  "documents": 3,
                  "findings": []
                }
                """.formatted(ToolVersion.current()));
        new FindingsReport(config).write(ReportFixture.validation());
        assertThat(Files.readString(new FindingsReport(config).jsonFile())).contains("für Ärzte 🔒").doesNotContain("\r");
    }

    @Test
    void sarifDescribesEveryRuleAndLocatesEveryResult() throws IOException {
        JsonNode root = writeAndRead(new FindingsReport(config).sarifFile());

        assertThat(root.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("runs")).hasSize(1);
        JsonNode run = root.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("isms-handbook");
        assertThat(driver.get("version").asText()).isEqualTo(ToolVersion.current());
        JsonNode rules = driver.get("rules");
        assertThat(rules).extracting(r -> r.get("id").asText())
                .containsExactlyElementsOf(Stream.of(Rule.values()).map(Rule::id).toList());
        JsonNode first = rules.get(0);
        assertThat(first.get("name").asText()).isEqualTo("FrontMatterMissing");
        assertThat(first.get("shortDescription").get("text").asText()).isEqualTo(Rule.FRONT_MATTER_MISSING.description());
        assertThat(first.get("fullDescription").get("text").asText()).startsWith(Rule.FRONT_MATTER_MISSING.description());
        assertThat(first.get("help").get("text").asText()).isEqualTo(Rule.FRONT_MATTER_MISSING.help());
        assertThat(first.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(rules.get(Rule.UNKNOWN_FIELD.ordinal()).get("defaultConfiguration").get("level").asText()).isEqualTo("warning");
        assertThat(rules.get(Rule.CONTROL_UNCOVERED.ordinal()).get("defaultConfiguration").get("level").asText()).isEqualTo("note");
        assertThat(rules.get(Rule.CONTROL_UNCOVERED.ordinal()).get("name").asText()).isEqualTo("ControlUncovered");

        String srcRoot = run.get("originalUriBaseIds").get("SRCROOT").get("uri").asText();
        assertThat(srcRoot).startsWith("file:/").endsWith("/src/handbook/");

        JsonNode results = run.get("results");
        assertThat(results).hasSize(5);
        assertThat(results).allSatisfy(r ->
                assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText()));
        JsonNode broken = results.get(1);
        assertThat(broken.get("ruleId").asText()).isEqualTo("broken-link");
        assertThat(broken.get("level").asText()).isEqualTo("error");
        assertThat(broken.get("message").get("text").asText())
                .isEqualTo(ReportFixture.TRICKY + " (Point it at an existing file, e.g. <policies/x.md> & co.)");
        JsonNode location = broken.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("policies/access-control.md");
        assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("SRCROOT");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(12);
        assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(3);
        assertThat(broken.get("properties").get("document").asText()).isEqualTo("AC-01");
        assertThat(results.get(3).has("properties")).isFalse();
        assertThat(results.get(4).get("level").asText()).isEqualTo("note");
        assertThat(results.get(4).get("message").get("text").asText()).isEqualTo(ReportFixture.UNCOVERED.message());
    }

    @Test
    void sarifPathsAreRelativeToTheProjectFolderWhenThereIsNoRepository() throws IOException {
        new FindingsReport(config, project).write(ReportFixture.validation(List.of(ReportFixture.BROKEN_LINK)));

        JsonNode run = JSON.readTree(new FindingsReport(config).sarifFile().toFile()).get("runs").get(0);

        assertThat(run.get("originalUriBaseIds").get("SRCROOT").get("uri").asText())
                .isEqualTo(folderUri(project));
        assertThat(artifact(run.get("results").get(0)).get("uri").asText()).isEqualTo("src/handbook/policies/access-control.md");
    }

    @Test
    void sarifPathsAreRelativeToTheRootOfTheGitWorkingTreeTheProjectIsIn() throws IOException {
        Path repository = project;
        Path module = repository.resolve("compliance/isms");
        Files.createDirectories(repository.resolve(".git"));
        BuildConfig inModule = BuildConfig.builder(module, LocalDate.of(2026, 3, 1)).build();

        new FindingsReport(inModule, module).write(ReportFixture.validation(List.of(ReportFixture.BROKEN_LINK)));

        JsonNode run = JSON.readTree(new FindingsReport(inModule).sarifFile().toFile()).get("runs").get(0);
        assertThat(run.get("originalUriBaseIds").get("SRCROOT").get("uri").asText())
                .isEqualTo(folderUri(repository));
        JsonNode artifact = artifact(run.get("results").get(0));
        assertThat(artifact.get("uri").asText()).isEqualTo("compliance/isms/src/handbook/policies/access-control.md");
        assertThat(artifact.get("uriBaseId").asText()).isEqualTo("SRCROOT");
    }

    @Test
    void aLinkedWorktreeOrSubmoduleWhoseGitIsAFileIsARepositoryToo() throws IOException {
        Files.createDirectories(project.resolve("wt"));
        Files.writeString(project.resolve("wt/.git"), "gitdir: /elsewhere/.git/worktrees/wt\n");
        BuildConfig inWorktree = BuildConfig.builder(project.resolve("wt/isms"), LocalDate.of(2026, 3, 1)).build();

        new FindingsReport(inWorktree, project.resolve("wt/isms"))
                .write(ReportFixture.validation(List.of(ReportFixture.BROKEN_LINK)));

        JsonNode result = JSON.readTree(new FindingsReport(inWorktree).sarifFile().toFile()).get("runs").get(0)
                .get("results").get(0);
        assertThat(artifact(result).get("uri").asText()).isEqualTo("isms/src/handbook/policies/access-control.md");
    }

    @Test
    void aFindingAboutTheWholeHandbookHasNoFileInJsonTheSourceFolderInSarifAndATestCaseOfItsOwn() throws Exception {
        Finding missing = Finding.onHandbook(Rule.SOA_MISSING_JUSTIFICATION, "No Statement of Applicability", "Write one.");
        new FindingsReport(config, project).write(ReportFixture.validation(List.of(missing, ReportFixture.UNKNOWN_FIELD)));
        FindingsReport report = new FindingsReport(config);

        JsonNode json = JSON.readTree(report.jsonFile().toFile()).get("findings");
        assertThat(json).extracting(f -> f.get("rule").asText()).containsExactly("unknown-field", "soa-missing-justification");
        assertThat(fieldNames(json.get(1))).containsExactly("rule", "severity", "file", "line", "column", "document",
                "message", "hint");
        assertThat(List.of(json.get(1).get("file"), json.get(1).get("line"), json.get(1).get("column")))
                .allMatch(JsonNode::isNull);

        JsonNode result = JSON.readTree(report.sarifFile().toFile()).get("runs").get(0).get("results").get(1);
        assertThat(result.get("ruleId").asText()).isEqualTo("soa-missing-justification");
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("src/handbook/");
        assertThat(location.has("region")).isFalse();

        List<Element> cases = elements(parse(report.junitFile()).getElementsByTagName("testcase"));
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly(
                "policies/access-control.md", "policies/clean.md", "procedures/broken.md", "(handbook)");
        assertThat(elements(cases.get(3).getElementsByTagName("failure"))).extracting(f -> f.getTextContent())
                .containsExactly("(handbook): error [soa-missing-justification] No Statement of Applicability (Write one.)");
        assertThat(parse(report.junitFile()).getDocumentElement().getAttribute("tests")).isEqualTo("4");
    }

    private static String folderUri(Path folder) {
        String uri = folder.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static JsonNode artifact(JsonNode result) {
        return result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
    }

    @Test
    void sarifRulesCarryTheConfiguredSeverityAndDisabledRulesAreMarked() throws IOException {
        config = config.toBuilder().rules(Map.of(Rule.UNMAPPED_DOCUMENT, Severity.OFF, Rule.REVIEW_DUE_SOON, Severity.ERROR)).build();

        JsonNode rules = writeAndRead(new FindingsReport(config).sarifFile()).get("runs").get(0).get("tool").get("driver").get("rules");

        JsonNode off = rules.get(Rule.UNMAPPED_DOCUMENT.ordinal()).get("defaultConfiguration");
        assertThat(off.get("level").asText()).isEqualTo("none");
        assertThat(off.get("enabled").asBoolean(true)).isFalse();
        JsonNode raised = rules.get(Rule.REVIEW_DUE_SOON.ordinal()).get("defaultConfiguration");
        assertThat(raised.get("level").asText()).isEqualTo("error");
        assertThat(raised.has("enabled")).isFalse();
    }

    @Test
    void sarifFileUrisArePercentEncodedRelativeReferences() {
        assertThat(FindingsSarif.relativeUri("policies/access-control.md")).isEqualTo("policies/access-control.md");
        assertThat(FindingsSarif.relativeUri("Richtlinien/Zugang & Kontrolle.md"))
                .isEqualTo("Richtlinien/Zugang%20%26%20Kontrolle.md");
        assertThat(FindingsSarif.relativeUri("ä/#1?%.md")).isEqualTo("%C3%A4/%231%3F%25.md");
        assertThat(FindingsSarif.relativeUri("a:b.md")).isEqualTo("a%3Ab.md");
    }

    @Test
    void junitHasATestCasePerFileAndAFailurePerError() throws Exception {
        new FindingsReport(config).write(ReportFixture.validation());

        org.w3c.dom.Document xml = parse(new FindingsReport(config).junitFile());

        Element suites = xml.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        Element suite = (Element) suites.getElementsByTagName("testsuite").item(0);
        for (Element e : List.of(suites, suite)) {
            assertThat(e.getAttribute("name")).isEqualTo("isms-handbook");
            assertThat(e.getAttribute("tests")).isEqualTo("4");
            assertThat(e.getAttribute("failures")).isEqualTo("2");
            assertThat(e.getAttribute("errors")).isEqualTo("0");
            assertThat(e.getAttribute("skipped")).isEqualTo("0");
        }
        List<Element> cases = elements(suite.getElementsByTagName("testcase"));
        assertThat(cases).extracting(c -> c.getAttribute("classname")).containsOnly("isms");
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly(
                "policies/access-control.md", "policies/clean.md", "procedures/broken.md", "soa.md");

        List<Element> failures = elements(cases.get(0).getElementsByTagName("failure"));
        assertThat(failures).extracting(f -> f.getAttribute("type")).containsExactly("unknown-control", "broken-link");
        assertThat(failures.get(1).getAttribute("message")).isEqualTo(ReportFixture.TRICKY);
        assertThat(failures.get(1).getTextContent()).isEqualTo(ConsoleReport.line(ReportFixture.BROKEN_LINK));
        assertThat(cases.get(0).getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo(ConsoleReport.line(ReportFixture.UNKNOWN_CONTROL) + "\n" + ConsoleReport.line(ReportFixture.BROKEN_LINK));

        assertThat(cases.get(1).getElementsByTagName("failure").getLength()).as("a warning is no failure").isZero();
        assertThat(cases.get(1).getElementsByTagName("system-out").item(0).getTextContent())
                .isEqualTo(ConsoleReport.line(ReportFixture.UNKNOWN_FIELD));
        assertThat(elements(cases.get(2).getElementsByTagName("failure"))).extracting(f -> f.getAttribute("type"))
                .containsExactly("yaml-syntax");
        assertThat(cases.get(3).getElementsByTagName("failure").getLength()).as("info is no failure").isZero();
    }

    @Test
    void junitListsCleanDocumentsAsPassingTestCases() throws Exception {
        new FindingsReport(config).write(ReportFixture.validation(List.of()));

        org.w3c.dom.Document xml = parse(new FindingsReport(config).junitFile());

        List<Element> cases = elements(xml.getElementsByTagName("testcase"));
        assertThat(cases).extracting(c -> c.getAttribute("name"))
                .containsExactly("policies/access-control.md", "policies/clean.md", "procedures/broken.md");
        assertThat(cases).allSatisfy(c -> assertThat(c.hasChildNodes()).isFalse());
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void controlCharactersInUserTextStillGiveWellFormedReports() throws Exception {
        Finding odd = Finding.of(Rule.INVALID_VALUE, "odd.md", 1, 1, "ODD",
                "bad \u0001 value\nwith a line break and a lone \uD800 surrogate", "quote \"it\" & <escape>");
        new FindingsReport(config).write(ReportFixture.validation(List.of(odd)));
        FindingsReport report = new FindingsReport(config);

        org.w3c.dom.Document xml = parse(report.junitFile());
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("bad \uFFFD value with a line break and a lone \uFFFD surrogate");
        assertThat(failure.getTextContent()).isEqualTo("odd.md:1:1: error [invalid-value] bad \\u0001 value\\nwith a line"
                + " break and a lone \uFFFD surrogate (quote \"it\" & <escape>)");
        JsonNode json = JSON.readTree(report.jsonFile().toFile()).get("findings").get(0);
        assertThat(json.get("message").asText()).startsWith("bad \u0001 value\nwith a line break");
        assertThat(JSON.readTree(report.sarifFile().toFile()).get("runs").get(0).get("results")).hasSize(1);
    }

    @Test
    void theSameInputGivesByteIdenticalFiles() throws IOException {
        Validation validation = ReportFixture.validation();
        FindingsReport report = new FindingsReport(config);
        report.write(validation);
        List<byte[]> first = new ArrayList<>();
        for (Path file : report.files()) {
            first.add(Files.readAllBytes(file));
        }

        BuildConfig elsewhere = config.toBuilder().reportDirectory(project.resolve("other-reports"))
                .publishDirectory(null).build();
        List<Finding> reversed = new ArrayList<>(validation.findings());
        Collections.reverse(reversed);
        new FindingsReport(elsewhere).write(ReportFixture.validation(reversed));
        report.write(validation);

        List<Path> again = new FindingsReport(elsewhere).files();
        for (int i = 0; i < 3; i++) {
            assertThat(Files.readAllBytes(report.files().get(i))).as(report.files().get(i).toString()).isEqualTo(first.get(i));
            assertThat(Files.readAllBytes(again.get(i))).as(again.get(i).toString()).isEqualTo(first.get(i));
        }
    }

    @Test
    void aFindingAboutTheHandbookHasNoFileInJsonAndNoRegionInSarif() throws IOException {
        Finding handbookLevel = Finding.onHandbook(Rule.MANDATORY_MISSING, "Mandatory document 4.3 is missing", null);
        FindingsReport report = new FindingsReport(config);

        report.write(ReportFixture.validation(List.of(handbookLevel, ReportFixture.UNCOVERED)));

        // findings about the handbook as a whole come after those in files
        JsonNode json = JSON.readTree(report.jsonFile().toFile()).get("findings");
        assertThat(json.get(0).get("file").asText()).isEqualTo("soa.md");
        assertThat(json.get(1).get("rule").asText()).isEqualTo("mandatory-missing");
        assertThat(json.get(1).get("file").isNull()).isTrue();
        JsonNode results = JSON.readTree(report.sarifFile().toFile()).get("runs").get(0).get("results");
        // code scanning refuses a result without a location: one about the handbook points at the source folder
        assertThat(results.get(0).get("locations").get(0).get("physicalLocation").has("region")).isTrue();
        assertThat(results.get(1).get("locations").get(0).get("physicalLocation").has("region")).isFalse();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static org.w3c.dom.Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
