package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.model.Validation;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.report.ConsoleReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Goals that load and check the handbook ({@code check}, and through {@link AbstractRenderingMojo} {@code build},
 * {@code serve} and {@code report}): the parameters loading and checking read, mapped onto a {@link BuildConfig}.
 * {@code includeDrafts} is each goal's own: {@code serve} always includes drafts.
 */
public abstract class AbstractHandbookMojo extends AbstractIsmsMojo {

    /**
     * Folder of the published versions: one sub-folder per version, {@code latest/}, {@code versions.json}
     * and an {@code index.html} that leads to the latest version. Serve or copy this folder as a whole.
     * The newest version published here is what {@code changes.html} and {@code version-unchanged} compare with.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.publishDirectory", defaultValue = "${project.build.directory}/handbook-versions")
    protected File publishDirectory;

    /**
     * Folder of findings.json, findings.sarif and findings-junit.xml.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}/isms", readonly = true)
    protected File reportDirectory;

    /**
     * The project's folder: console paths are relative to it, and so are the SARIF report's when the project is
     * in no Git working tree.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File projectDirectory;

    /**
     * Version of the handbook shown in the site and used by {@code publish}; a document that changed since the newest
     * published version without a new {@code version} of its own is reported ({@code version-unchanged}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.version", defaultValue = "${project.version}")
    protected String handbookVersion;

    /**
     * The date reviews are checked against, as {@code YYYY-MM-DD}. Default: the current date.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.today")
    protected String today;

    /**
     * How many days before its due date a review is reported as due soon.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.reviewWarningDays", defaultValue = "30")
    protected int reviewWarningDays;

    /**
     * Review cycle of a document that names none: months ({@code 12}) or an ISO-8601 period ({@code P1Y}).
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "P1Y")
    protected String reviewCycle;

    /**
     * Allowed classification labels, lowest first. Default: public, internal, confidential, restricted.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> classifications;

    /**
     * Classification of a document that names none.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "internal")
    protected String defaultClassification;

    /**
     * Severity per rule: {@code <rules><unmapped-document>off</unmapped-document></rules>}; error, warning, info or off.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> rules;

    /**
     * Extra catalog files (YAML, the format of the built-in ISO/IEC 27001:2022 catalog).
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<File> catalogs;

    /**
     * Ant-style patterns of Markdown files to include, relative to the source folder. Default: all.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> includes;

    /**
     * Ant-style patterns of Markdown files to exclude, relative to the source folder.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> excludes;

    /**
     * Read each document's last change (commit, date, author) from the Git repository the project is in, show it
     * on the document's page, the print page and in {@code handbook.json}, and check {@code approval-stale}
     * against it. Without a repository, or with {@code false}, there are no Git facts and nothing fails. In a
     * shallow clone (the default of CI checkouts) fetch the whole history for complete facts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.git", defaultValue = "true")
    protected boolean git;

    /**
     * The engine's configuration from the parameters of loading and checking; a goal adds its own (the site folder,
     * drafts, and the rendering ones of {@link AbstractRenderingMojo}). A bad parameter value is a
     * {@link MojoExecutionException}.
     */
    protected BuildConfig.Builder configBuilder() throws MojoExecutionException {
        if (!sourceDirectory.isDirectory()) {
            getLog().warn("No handbook sources: " + sourceDirectory + " is not a folder (set sourceDirectory, or run isms:init)");
        }
        return BuildConfig.builder()
                .sourceDirectory(sourceDirectory.toPath())
                .reportDirectory(reportDirectory.toPath())
                .handbookVersion(handbookVersion)
                .today(todayDate(today))
                .reviewWarningDays(reviewWarningDays)
                .reviewCycle(parseCycle())
                .classifications(classifications == null || classifications.isEmpty()
                        ? BuildConfig.DEFAULT_CLASSIFICATIONS : classifications)
                .defaultClassification(defaultClassification)
                .rules(parseRules())
                .catalogs(catalogs == null ? List.of() : catalogs.stream().map(File::toPath).toList())
                .includes(includes == null ? List.of() : includes)
                .excludes(excludes == null ? List.of() : excludes)
                .publishDirectory(publishDirectory == null ? null : publishDirectory.toPath())
                .git(git);
    }

    /** The console form of findings, with paths relative to the project's folder. */
    protected ConsoleReport console(BuildConfig config) {
        return new ConsoleReport(config, projectDirectory == null ? null : projectDirectory.toPath());
    }

    /** The pipeline of {@code config}, for this project. */
    protected HandbookPipeline pipeline(BuildConfig config) {
        return new HandbookPipeline(config, projectDirectory == null ? null : projectDirectory.toPath());
    }

    /**
     * Prints the findings and the summary, then throws if the findings fail the build per {@code failOnError} and
     * {@code failOnWarning} (the parameters of {@code check} and {@code build}). When another goal of this build has
     * printed the same findings already ({@code build}, then {@code check} in {@code mvn verify}), only the summary
     * is printed.
     */
    protected void reportAndFail(Validation validation, BuildConfig config, boolean failOnError, boolean failOnWarning)
            throws MojoFailureException {
        Log log = getLog();
        ConsoleReport console = console(config);
        boolean problems = validation.errors() > 0 || validation.warnings() > 0;
        Consumer<String> summary = problems ? log::warn : log::info;
        if (PrintedFindings.firstTime(getPluginContext(), console.fingerprint(validation))) {
            FindingLog.print(log, console.lines(validation));
            console.summaryLines(validation).forEach(summary);
        } else {
            summary.accept(ConsoleReport.summary(validation) + " (as reported above)");
        }
        boolean failed = (failOnError && validation.errors() > 0) || (failOnWarning && validation.warnings() > 0);
        if (failed) {
            throw new MojoFailureException(console.failureMessage(validation));
        }
    }

    private Period parseCycle() throws MojoExecutionException {
        String c = reviewCycle == null ? "P1Y" : reviewCycle.trim();
        try {
            Period p = c.matches("\\d+") ? Period.ofMonths(Integer.parseInt(c)) : Period.parse(c);
            if (p.isNegative() || p.isZero()) {
                throw new MojoExecutionException("reviewCycle must be a positive period, not '" + reviewCycle + "'");
            }
            return p;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MojoExecutionException("reviewCycle must be months (12) or an ISO-8601 period (P1Y, P6M), not '"
                    + reviewCycle + "'", e);
        }
    }

    private Map<Rule, Severity> parseRules() throws MojoExecutionException {
        Map<Rule, Severity> result = new LinkedHashMap<>();
        if (rules == null) {
            return result;
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : rules.entrySet()) {
            Rule rule = Rule.byId(e.getKey().trim()).orElse(null);
            if (rule == null) {
                problems.add("unknown rule '" + e.getKey() + "' (rules: "
                        + Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.joining(", ")) + ")");
                continue;
            }
            try {
                result.put(rule, Severity.fromKey(e.getValue() == null ? "" : e.getValue()));
            } catch (IllegalArgumentException ex) {
                problems.add("rule " + rule.id() + ": " + ex.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new MojoExecutionException("Invalid <rules> configuration: " + String.join("; ", problems));
        }
        return result;
    }
}
