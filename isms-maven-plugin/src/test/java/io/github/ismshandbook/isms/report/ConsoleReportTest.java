package io.github.ismshandbook.isms.report;

import io.github.ismshandbook.isms.Validation;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleReportTest {

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
                "List 4.3."))).isEqualTo("warning [mandatory-missing] Mandatory document 4.3 is missing (List 4.3.)");
    }

    @Test
    void textFromDocumentsCannotBreakTheLineOrDriveTheTerminal() {
        Finding finding = Finding.of(Rule.INVALID_VALUE, "a.md", 2, 1, "A",
                "Value 'x\ny\tz\u001b[31mred\u202Eevil' is invalid", "Ünïcödé stays");

        assertThat(ConsoleReport.line(finding)).isEqualTo(
                "a.md:2:1: error [invalid-value] Value 'x\\ny\\tz\\u001b[31mred\\u202eevil' is invalid (Ünïcödé stays)");
    }

    @Test
    void linesFollowReportOrder() {
        assertThat(ConsoleReport.lines(ReportFixture.validation())).extracting(l -> l.substring(0, l.indexOf(' ')))
                .containsExactly("policies/access-control.md:5:5:", "policies/access-control.md:12:3:",
                        "policies/clean.md:4:1:", "procedures/broken.md:3:7:", "soa.md:1:1:");
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
        BuildConfig config = BuildConfig.defaults(base, LocalDate.of(2026, 3, 1));
        Path reports = base.resolve("target/isms");

        assertThat(new ConsoleReport(config).summaryLines(ReportFixture.validation())).containsExactly(
                "ISMS handbook: 3 documents, 3 errors, 1 warning, 1 info",
                "Reports: " + reports.resolve("findings.json") + ", " + reports.resolve("findings.sarif") + ", "
                        + reports.resolve("findings-junit.xml"));
    }

    @Test
    void anEmptyValidationSaysSo() {
        Validation empty = ReportFixture.validation(List.of());
        assertThat(ConsoleReport.lines(empty)).isEmpty();
        assertThat(ConsoleReport.summary(empty)).isEqualTo("ISMS handbook: 3 documents, 0 errors, 0 warnings, 0 info");
    }
}
