package io.github.ismshandbook.isms.report;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Finding HANDBOOK_WARNING = Finding.onHandbook(Rule.UNMAPPED_DOCUMENT, "Nothing maps the handbook",
            "Map it.");

    @Test
    void aFindingIsOneCompilerStyleLineWithItsHint() {
        assertThat(ConsoleReport.line(ReportFixture.UNKNOWN_CONTROL)).isEqualTo(
                "policies/access-control.md:5:5: error [unknown-control] Control A.5.99 is not in the catalog"
                        + " (Closest controls: A.5.9, A.5.19)");
        assertThat(ConsoleReport.line(ReportFixture.YAML_SYNTAX)).isEqualTo(
                "procedures/broken.md:3:7: error [yaml-syntax] mapping values are not allowed here");
        assertThat(ConsoleReport.line(ReportFixture.UNCOVERED)).startsWith("soa.md:1:1: info [control-uncovered] ");
    }

    @Test
    void aFindingAboutTheHandbookHasNoLocation() {
        assertThat(ConsoleReport.line(Finding.onHandbook(Rule.MANDATORY_MISSING, "Mandatory document 4.3 is missing",
                "List 4.3."))).isEqualTo("(handbook): warning [mandatory-missing] Mandatory document 4.3 is missing (List 4.3.)");
    }

    @Test
    void textFromDocumentsCannotBreakTheLineOrDriveTheTerminal() {
        Finding finding = Finding.of(Rule.INVALID_VALUE, "a.md", 2, 1, "A",
                "Value 'x\ny\tz\u001b[31mred\u202Eevil' is invalid", "Ünïcödé stays");

        assertThat(ConsoleReport.line(finding)).isEqualTo(
                "a.md:2:1: error [invalid-value] Value 'x\\ny\\tz\\u001b[31mred\\u202eevil' is invalid (Ünïcödé stays)");
    }

    @Test
    void consoleLinesNamePathsFromTheProjectFolderSoThatTerminalsAndIdesOpenThem(@TempDir Path project) {
        ConsoleReport console = new ConsoleReport(BuildConfig.builder(project, TODAY).build(), project);

        assertThat(console.consoleLine(ReportFixture.BROKEN_LINK))
                .startsWith("src/handbook/policies/access-control.md:12:3: error [broken-link] ");
        assertThat(console.consoleLine(HANDBOOK_WARNING)).isEqualTo(
                "src/handbook: warning [unmapped-document] Nothing maps the handbook (Map it.)");
        assertThat(ConsoleReport.line(HANDBOOK_WARNING)).as("the reports' form, relative to the source folder")
                .isEqualTo("(handbook): warning [unmapped-document] Nothing maps the handbook (Map it.)");
    }

    @Test
    void aSourceFolderOutsideTheProjectIsNamedRelativelyToo(@TempDir Path dir) {
        BuildConfig config = BuildConfig.builder(dir.resolve("project"), TODAY).sourceDirectory(dir.resolve("policies")).build();

        assertThat(new ConsoleReport(config, dir.resolve("project")).consoleLine(ReportFixture.UNKNOWN_FIELD))
                .startsWith("../policies/policies/clean.md:4:1: warning ");
        assertThat(new ConsoleReport(config, dir.resolve("policies")).consoleLine(ReportFixture.UNKNOWN_FIELD))
                .startsWith("policies/clean.md:4:1: warning ");
    }

    @Test
    void errorsAndWarningsInReportOrderThenOneLinePerRuleOfInfoFindings(@TempDir Path project) {
        Finding uncovered2 = Finding.of(Rule.CONTROL_UNCOVERED, "soa.md", 1, 1, null, "Control A.8.33 …", null);
        Validation validation = ReportFixture.validation(List.of(ReportFixture.UNCOVERED, HANDBOOK_WARNING,
                ReportFixture.BROKEN_LINK, uncovered2, ReportFixture.YAML_SYNTAX, ReportFixture.UNKNOWN_FIELD,
                Finding.onHandbook(Rule.CONTROL_UNCOVERED, "Control A.5.1 …", null), ReportFixture.UNKNOWN_CONTROL));

        List<ConsoleReport.Line> lines = new ConsoleReport(BuildConfig.builder(project, TODAY).build(), project).lines(validation);

        assertThat(lines).extracting(ConsoleReport.Line::severity).containsExactly(Severity.ERROR, Severity.ERROR,
                Severity.WARNING, Severity.ERROR, Severity.WARNING, Severity.INFO);
        assertThat(lines).extracting(l -> l.text().substring(0, l.text().indexOf(' '))).containsExactly(
                "src/handbook/policies/access-control.md:5:5:", "src/handbook/policies/access-control.md:12:3:",
                "src/handbook/policies/clean.md:4:1:", "src/handbook/procedures/broken.md:3:7:", "src/handbook:", "3");
        assertThat(lines.get(5).text()).isEqualTo("3 × control-uncovered: An applicable control that no approved"
                + " document references (see target/isms/findings.json)");
    }

    @Test
    void theFingerprintChangesWithWhatIsPrintedAndWithTheSourceFolder(@TempDir Path project) {
        BuildConfig config = BuildConfig.builder(project, TODAY).build();
        ConsoleReport console = new ConsoleReport(config, project);
        String fingerprint = console.fingerprint(ReportFixture.validation());

        assertThat(new ConsoleReport(config, project).fingerprint(ReportFixture.validation())).isEqualTo(fingerprint);
        assertThat(console.fingerprint(ReportFixture.validation(List.of(ReportFixture.BROKEN_LINK)))).isNotEqualTo(fingerprint);
        assertThat(new ConsoleReport(config.toBuilder().sourceDirectory(project.resolve("other")).build(), project)
                .fingerprint(ReportFixture.validation())).isNotEqualTo(fingerprint);
    }

    @Test
    void summaryCountsDocumentsIncludingUnreadableOnesAndEachSeverity() {
        assertThat(ConsoleReport.summary(ReportFixture.validation()))
                .isEqualTo("ISMS handbook: 3 documents, 3 errors, 1 warning, 1 info");
        assertThat(ConsoleReport.summary(ReportFixture.validation(List.of(ReportFixture.UNKNOWN_CONTROL))))
                .isEqualTo("ISMS handbook: 3 documents, 1 error, 0 warnings, 0 info");
    }

    @Test
    void summaryLinesNameTheReportFiles() {
        Path base = Path.of("project");
        BuildConfig config = BuildConfig.builder(base, LocalDate.of(2026, 3, 1)).build();
        Path reports = base.resolve("target/isms");

        assertThat(new ConsoleReport(config).summaryLines(ReportFixture.validation())).containsExactly(
                "ISMS handbook: 3 documents, 3 errors, 1 warning, 1 info",
                "Reports: " + reports.resolve("findings.json") + ", " + reports.resolve("findings.sarif") + ", "
                        + reports.resolve("findings-junit.xml"));
    }

    @Test
    void anEmptyValidationSaysSo() {
        Validation empty = ReportFixture.validation(List.of());
        assertThat(new ConsoleReport(BuildConfig.builder(Path.of("p"), TODAY).build(), Path.of("p")).lines(empty)).isEmpty();
        assertThat(ConsoleReport.summary(empty)).isEqualTo("ISMS handbook: 3 documents, 0 errors, 0 warnings, 0 info");
    }
}
