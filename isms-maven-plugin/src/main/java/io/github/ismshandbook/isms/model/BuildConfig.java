package io.github.ismshandbook.isms.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine needs to know, mapped from the mojo parameters (docs/reference.md, "Goals and parameters").
 *
 * @param sourceDirectory       where the Markdown documents are
 * @param outputDirectory       where the site goes
 * @param reportDirectory       where findings.json, findings.sarif and findings-junit.xml go
 * @param themeDirectory        optional template/asset overrides (may not exist)
 * @param title                 the handbook's title
 * @param handbookVersion       the version shown in the site
 * @param organization          the organisation's name, or {@code null}
 * @param today                 the date reviews are checked against
 * @param reviewWarningDays     how many days before the due date {@code review-due-soon} starts
 * @param reviewCycle           default review cycle when a document names none
 * @param classifications       allowed classification labels, lowest first
 * @param defaultClassification classification of a document that names none
 * @param includeDrafts         whether drafts are published
 * @param rules                 severity overrides by rule id
 * @param catalogs              extra catalog files
 * @param includes              Ant-style globs of Markdown files to include (empty: all)
 * @param excludes              Ant-style globs of Markdown files to exclude
 * @param baseUrl               absolute URL the site will be served from, or {@code null}
 * @param pdf                   whether to render handbook.pdf
 * @param outputTimestamp       the build timestamp to print (project.build.outputTimestamp), or {@code null}
 * @param publishDirectory      where versions are published, to compare with for changes.html, or {@code null}
 * @param git                   whether to read each document's last change from the Git repository the source is in
 */
public record BuildConfig(
        Path sourceDirectory,
        Path outputDirectory,
        Path reportDirectory,
        Path themeDirectory,
        String title,
        String handbookVersion,
        String organization,
        LocalDate today,
        int reviewWarningDays,
        Period reviewCycle,
        List<String> classifications,
        String defaultClassification,
        boolean includeDrafts,
        Map<Rule, Severity> rules,
        List<Path> catalogs,
        List<String> includes,
        List<String> excludes,
        String baseUrl,
        boolean pdf,
        String outputTimestamp,
        Path publishDirectory,
        boolean git) {

    public static final List<String> DEFAULT_CLASSIFICATIONS = List.of("public", "internal", "confidential", "restricted");

    public BuildConfig {
        classifications = List.copyOf(classifications);
        rules = Map.copyOf(rules);
        catalogs = List.copyOf(catalogs);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** A configuration that reads Git ({@code git} true). */
    public BuildConfig(Path sourceDirectory, Path outputDirectory, Path reportDirectory, Path themeDirectory,
                       String title, String handbookVersion, String organization, LocalDate today,
                       int reviewWarningDays, Period reviewCycle, List<String> classifications,
                       String defaultClassification, boolean includeDrafts, Map<Rule, Severity> rules,
                       List<Path> catalogs, List<String> includes, List<String> excludes, String baseUrl, boolean pdf,
                       String outputTimestamp, Path publishDirectory) {
        this(sourceDirectory, outputDirectory, reportDirectory, themeDirectory, title, handbookVersion, organization,
                today, reviewWarningDays, reviewCycle, classifications, defaultClassification, includeDrafts, rules,
                catalogs, includes, excludes, baseUrl, pdf, outputTimestamp, publishDirectory, true);
    }

    /**
     * Defaults of the mojo parameters (docs/reference.md, "Goals and parameters") for a project in {@code basedir};
     * tests start here and change what they need.
     */
    public static BuildConfig defaults(Path basedir, LocalDate today) {
        return new BuildConfig(basedir.resolve("src/handbook"), basedir.resolve("target/handbook"),
                basedir.resolve("target/isms"), basedir.resolve("src/handbook-theme"), "ISMS Handbook",
                "0.1.0", null, today, 30, Period.ofYears(1), DEFAULT_CLASSIFICATIONS, "internal", false,
                Map.of(), List.of(), List.of(), List.of(), null, false, null, null);
    }

    public BuildConfig withSourceDirectory(Path dir) {
        return new BuildConfig(dir, outputDirectory, reportDirectory, themeDirectory, title, handbookVersion,
                organization, today, reviewWarningDays, reviewCycle, classifications, defaultClassification,
                includeDrafts, rules, catalogs, includes, excludes, baseUrl, pdf, outputTimestamp, publishDirectory, git);
    }

    public BuildConfig withRules(Map<Rule, Severity> newRules) {
        return new BuildConfig(sourceDirectory, outputDirectory, reportDirectory, themeDirectory, title,
                handbookVersion, organization, today, reviewWarningDays, reviewCycle, classifications,
                defaultClassification, includeDrafts, newRules, catalogs, includes, excludes, baseUrl, pdf,
                outputTimestamp, publishDirectory, git);
    }

    public BuildConfig withIncludeDrafts(boolean drafts) {
        return new BuildConfig(sourceDirectory, outputDirectory, reportDirectory, themeDirectory, title,
                handbookVersion, organization, today, reviewWarningDays, reviewCycle, classifications,
                defaultClassification, drafts, rules, catalogs, includes, excludes, baseUrl, pdf, outputTimestamp, publishDirectory, git);
    }

    public BuildConfig withGit(boolean readGit) {
        return new BuildConfig(sourceDirectory, outputDirectory, reportDirectory, themeDirectory, title,
                handbookVersion, organization, today, reviewWarningDays, reviewCycle, classifications,
                defaultClassification, includeDrafts, rules, catalogs, includes, excludes, baseUrl, pdf,
                outputTimestamp, publishDirectory, readGit);
    }

    /** The severity a rule has in this build ({@link Severity#OFF} when disabled). */
    public Severity severityOf(Rule rule) {
        return rules.getOrDefault(rule, rule.defaultSeverity());
    }
}
