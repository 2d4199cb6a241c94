package io.github.ismshandbook.isms.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine needs to know, mapped from the mojo parameters (docs/reference.md, "Goals and parameters"). Made with
 * {@link #builder(Path, LocalDate)} or {@link #builder()}; {@link #toBuilder()} changes some of an existing one.
 *
 * @param sourceDirectory       where the Markdown documents are
 * @param outputDirectory       where the site goes, or {@code null} when nothing is rendered ({@code check})
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

    /** The title of a handbook whose project names none. */
    public static final String DEFAULT_TITLE = "ISMS Handbook";

    public BuildConfig {
        classifications = List.copyOf(classifications);
        rules = Map.copyOf(rules);
        catalogs = List.copyOf(catalogs);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /**
     * A builder with the defaults of docs/reference.md, "Goals and parameters", for a project in {@code basedir}: sources in
     * {@code src/handbook}, site in {@code target/handbook}, reports in {@code target/isms}, theme overrides in
     * {@code src/handbook-theme}, reviews checked against {@code today}.
     */
    public static Builder builder(Path basedir, LocalDate today) {
        return new Builder()
                .sourceDirectory(basedir.resolve("src/handbook"))
                .outputDirectory(basedir.resolve("target/handbook"))
                .reportDirectory(basedir.resolve("target/isms"))
                .themeDirectory(basedir.resolve("src/handbook-theme"))
                .today(today);
    }

    /** A builder with the defaults that do not depend on the project's folder; the folders and the date are unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        return new Builder()
                .sourceDirectory(sourceDirectory).outputDirectory(outputDirectory).reportDirectory(reportDirectory)
                .themeDirectory(themeDirectory).title(title).handbookVersion(handbookVersion).organization(organization)
                .today(today).reviewWarningDays(reviewWarningDays).reviewCycle(reviewCycle)
                .classifications(classifications).defaultClassification(defaultClassification)
                .includeDrafts(includeDrafts).rules(rules).catalogs(catalogs).includes(includes).excludes(excludes)
                .baseUrl(baseUrl).pdf(pdf).outputTimestamp(outputTimestamp).publishDirectory(publishDirectory).git(git);
    }

    /** Builds a {@link BuildConfig}; each setter names the component it sets, unset ones keep their default. */
    public static final class Builder {
        private Path sourceDirectory;
        private Path outputDirectory;
        private Path reportDirectory;
        private Path themeDirectory;
        private String title = DEFAULT_TITLE;
        private String handbookVersion = "0.1.0";
        private String organization;
        private LocalDate today;
        private int reviewWarningDays = 30;
        private Period reviewCycle = Period.ofYears(1);
        private List<String> classifications = DEFAULT_CLASSIFICATIONS;
        private String defaultClassification = "internal";
        private boolean includeDrafts;
        private Map<Rule, Severity> rules = Map.of();
        private List<Path> catalogs = List.of();
        private List<String> includes = List.of();
        private List<String> excludes = List.of();
        private String baseUrl;
        private boolean pdf;
        private String outputTimestamp;
        private Path publishDirectory;
        private boolean git = true;

        private Builder() {
        }

        public Builder sourceDirectory(Path value) {
            sourceDirectory = value;
            return this;
        }

        public Builder outputDirectory(Path value) {
            outputDirectory = value;
            return this;
        }

        public Builder reportDirectory(Path value) {
            reportDirectory = value;
            return this;
        }

        public Builder themeDirectory(Path value) {
            themeDirectory = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder handbookVersion(String value) {
            handbookVersion = value;
            return this;
        }

        public Builder organization(String value) {
            organization = value;
            return this;
        }

        public Builder today(LocalDate value) {
            today = value;
            return this;
        }

        public Builder reviewWarningDays(int value) {
            reviewWarningDays = value;
            return this;
        }

        public Builder reviewCycle(Period value) {
            reviewCycle = value;
            return this;
        }

        public Builder classifications(List<String> value) {
            classifications = value;
            return this;
        }

        public Builder defaultClassification(String value) {
            defaultClassification = value;
            return this;
        }

        public Builder includeDrafts(boolean value) {
            includeDrafts = value;
            return this;
        }

        public Builder rules(Map<Rule, Severity> value) {
            rules = value;
            return this;
        }

        public Builder catalogs(List<Path> value) {
            catalogs = value;
            return this;
        }

        public Builder includes(List<String> value) {
            includes = value;
            return this;
        }

        public Builder excludes(List<String> value) {
            excludes = value;
            return this;
        }

        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        public Builder pdf(boolean value) {
            pdf = value;
            return this;
        }

        public Builder outputTimestamp(String value) {
            outputTimestamp = value;
            return this;
        }

        public Builder publishDirectory(Path value) {
            publishDirectory = value;
            return this;
        }

        public Builder git(boolean value) {
            git = value;
            return this;
        }

        public BuildConfig build() {
            return new BuildConfig(sourceDirectory, outputDirectory, reportDirectory, themeDirectory, title,
                    handbookVersion, organization, today, reviewWarningDays, reviewCycle, classifications,
                    defaultClassification, includeDrafts, rules, catalogs, includes, excludes, baseUrl, pdf,
                    outputTimestamp, publishDirectory, git);
        }
    }

    /** The severity a rule has in this build ({@link Severity#OFF} when disabled). */
    public Severity severityOf(Rule rule) {
        return rules.getOrDefault(rule, rule.defaultSeverity());
    }
}
