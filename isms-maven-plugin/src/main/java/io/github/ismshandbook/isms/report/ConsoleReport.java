package io.github.ismshandbook.isms.report;

import io.github.ismshandbook.isms.Validation;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The console form of a validation (SPEC §4): one line per finding, {@code file:line:column: severity [rule]
 * message (hint)}, the form compilers use and editors and CI problem matchers recognise, then a summary.
 * The caller picks the log level from {@link Finding#severity()}.
 */
public final class ConsoleReport {

    private final BuildConfig config;

    public ConsoleReport(BuildConfig config) {
        this.config = config;
    }

    /**
     * One finding as one console line. Control characters and bidirectional overrides from the documents are
     * shown escaped, so a file's content can neither break the line nor act on the terminal.
     */
    public static String line(Finding finding) {
        String location = finding.hasFile() ? finding.file() + ":" + finding.line() + ":" + finding.column() + ": " : "";
        return ReportText.oneLine(location + finding.severity().key() + " [" + finding.rule().id() + "] " + ReportText.messageWithHint(finding));
    }

    /** The line of every finding, in report order. */
    public static List<String> lines(Validation validation) {
        return validation.findings().stream().sorted(Finding.ORDER).map(ConsoleReport::line).toList();
    }

    /** {@code ISMS handbook: 12 documents, 2 errors, 3 warnings, 1 info}. */
    public static String summary(Validation validation) {
        int documents = CheckedFiles.documents(validation.handbook()).size();
        return "ISMS handbook: " + count(documents, "document") + ", "
                + count(validation.errors(), "error") + ", "
                + count(validation.warnings(), "warning") + ", "
                + validation.count(Severity.INFO) + " info";
    }

    /** The summary, then where the report files are. */
    public List<String> summaryLines(Validation validation) {
        return List.of(summary(validation), "Reports: " + reportFiles());
    }

    /** The message of a failed check: the counts and where the reports are. */
    public String failureMessage(Validation validation) {
        return "ISMS handbook check failed: " + count(validation.errors(), "error") + ", "
                + count(validation.warnings(), "warning") + ". See " + reportFiles();
    }

    private String reportFiles() {
        return new FindingsReport(config).files().stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
