package io.github.ismshandbook.isms.report;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The console form of a validation (README, "Findings"): one line per error or warning,
 * {@code path:line:column: severity [rule] message (hint)}, the form compilers use and editors and CI problem
 * matchers recognise; one line per rule for info findings, with their count; then a summary. The path is
 * relative to the project's folder ({@code src/handbook/policies/x.md}), so that a terminal or an IDE run there
 * opens it; a finding about the handbook as a whole names the source folder. The caller picks the log level
 * from {@link Line#severity()}.
 */
public final class ConsoleReport {

    /** The name a finding without a file goes by where paths are relative to the source folder. */
    static final String HANDBOOK = "(handbook)";

    /** One line for the console, with the severity whose log level it is printed at. */
    public record Line(Severity severity, String text) {
    }

    private final BuildConfig config;
    private final Path projectDirectory;

    /** A console whose paths are relative to the source folder, for when the project's folder is not known. */
    public ConsoleReport(BuildConfig config) {
        this(config, null);
    }

    /**
     * @param projectDirectory the folder paths are printed relative to (Maven's {@code ${project.basedir}}), or
     *                         {@code null} for the source folder
     */
    public ConsoleReport(BuildConfig config, Path projectDirectory) {
        this.config = config;
        this.projectDirectory = projectDirectory;
    }

    /**
     * One finding as one line, its path relative to the source folder, as the report files name files. Control
     * characters and bidirectional overrides from the documents are shown escaped, so a file's content can
     * neither break the line nor act on the terminal.
     */
    public static String line(Finding finding) {
        return format(finding.isOnHandbook() ? HANDBOOK : finding.file(), finding);
    }

    /** One finding as one console line, its path relative to the project's folder. */
    public String consoleLine(Finding finding) {
        return format(finding.isOnHandbook() ? sourcePrefix() : sourcePath(finding.file()), finding);
    }

    private static String format(String path, Finding finding) {
        String where = finding.isOnHandbook() ? path : path + ":" + finding.line() + ":" + finding.column();
        return ReportText.oneLine(where + ": " + finding.severity().key() + " [" + finding.rule().id() + "] "
                + ReportText.messageWithHint(finding));
    }

    /**
     * What the console shows of a validation, before its summary: every error and warning in report order, then
     * one line per rule of the info findings,
     * {@code 90 × control-uncovered: An applicable control that no approved document references (see target/isms/findings.json)}.
     */
    public List<Line> lines(Validation validation) {
        List<Line> lines = new ArrayList<>();
        Map<Rule, Long> infos = new TreeMap<>();
        for (Finding f : validation.findings().stream().sorted(Finding.ORDER).toList()) {
            if (f.severity() == Severity.INFO) {
                infos.merge(f.rule(), 1L, Long::sum);
            } else {
                lines.add(new Line(f.severity(), consoleLine(f)));
            }
        }
        String json = projectPath(new FindingsReport(config).jsonFile());
        infos.forEach((rule, count) -> lines.add(new Line(Severity.INFO, count + " × " + rule.id() + ": "
                + withoutFullStop(rule.description()) + " (see " + json + ")")));
        return lines;
    }

    /**
     * A digest of what {@link #lines} prints for this validation, with the source folder it is about: a goal that
     * finds the same digest already printed in the same build can leave the lines out.
     */
    public String fingerprint(Validation validation) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(config.sourceDirectory().toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            for (Line line : lines(validation)) {
                sha.update((byte) '\n');
                sha.update((line.severity().key() + " " + line.text()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
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

    /** The source folder as the console names it: relative to the project's folder, or {@code .}. */
    private String sourcePrefix() {
        if (projectDirectory == null) {
            return HANDBOOK;
        }
        String prefix = ProjectPaths.relative(projectDirectory, config.sourceDirectory());
        return prefix.isEmpty() ? "." : prefix;
    }

    private String sourcePath(String file) {
        if (projectDirectory == null) {
            return file;
        }
        String prefix = ProjectPaths.relative(projectDirectory, config.sourceDirectory());
        return prefix.isEmpty() ? file : prefix + "/" + file;
    }

    private String projectPath(Path file) {
        return projectDirectory == null ? file.toString() : ProjectPaths.relative(projectDirectory, file);
    }

    private static String withoutFullStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
