package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.render.SiteRenderer;
import io.github.ismshandbook.isms.report.ConsoleReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Goals that load the handbook ({@code check}, {@code build}, {@code serve}, {@code report}): their parameters,
 * mapped onto one {@link BuildConfig}.
 */
public abstract class AbstractHandbookMojo extends AbstractIsmsMojo {

    /**
     * Folder the handbook site is written to by {@code build}, which {@code publish} publishes. The {@code report}
     * goal writes to {@code handbook/} inside the Maven site instead, {@code serve} to {@code target/handbook-preview}.
     */
    @Parameter(property = "isms.outputDirectory", defaultValue = "${project.build.directory}/handbook")
    protected File outputDirectory;

    /**
     * Folder of the published versions: one sub-folder per version, {@code latest/}, {@code versions.json}
     * and an {@code index.html} that leads to the latest version. Serve or copy this folder as a whole.
     * {@code build} compares with the newest version published here to write {@code changes.html}.
     */
    @Parameter(property = "isms.publishDirectory", defaultValue = "${project.build.directory}/handbook-versions")
    protected File publishDirectory;

    /** Folder of template and asset overrides: a file here replaces the theme's file of the same name. */
    @Parameter(defaultValue = "${project.basedir}/src/handbook-theme")
    protected File themeDirectory;

    /** Folder of findings.json, findings.sarif and findings-junit.xml. */
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

    /** Title of the handbook. */
    @Parameter(defaultValue = "${project.name}")
    protected String title;

    /** Version of the handbook shown in the site and used by {@code publish}. */
    @Parameter(property = "isms.version", defaultValue = "${project.version}")
    protected String handbookVersion;

    /** How many days before its due date a review is reported as due soon. */
    @Parameter(property = "isms.reviewWarningDays", defaultValue = "30")
    protected int reviewWarningDays;

    /** Review cycle of a document that names none: months ({@code 12}) or an ISO-8601 period ({@code P1Y}). */
    @Parameter(defaultValue = "P1Y")
    protected String reviewCycle;

    /** Allowed classification labels, lowest first. Default: public, internal, confidential, restricted. */
    @Parameter
    protected List<String> classifications;

    /** Classification of a document that names none. */
    @Parameter(defaultValue = "internal")
    protected String defaultClassification;

    /**
     * Publish documents with {@code status: draft} too. {@code serve} always includes them; {@code publish} refuses a
     * site that holds drafts unless it is set for {@code publish} as well.
     */
    @Parameter(property = "isms.includeDrafts", defaultValue = "false")
    protected boolean includeDrafts;

    /** Severity per rule: {@code <rules><unmapped-document>off</unmapped-document></rules>}; error, warning, info or off. */
    @Parameter
    protected Map<String, String> rules;

    /** Extra catalog files (YAML, the format of the built-in ISO/IEC 27001:2022 catalog). */
    @Parameter
    protected List<File> catalogs;

    /** Ant-style patterns of Markdown files to include, relative to the source folder. Default: all. */
    @Parameter
    protected List<String> includes;

    /** Ant-style patterns of Markdown files to exclude, relative to the source folder. */
    @Parameter
    protected List<String> excludes;

    /** Absolute URL the site is served from, for links in feeds; the site itself only uses relative links. */
    @Parameter(property = "isms.baseUrl")
    protected String baseUrl;

    /** Also render {@code handbook.pdf}. */
    @Parameter(property = "isms.pdf", defaultValue = "false")
    protected boolean pdf;

    /** Timestamp for reproducible output; when set, the site shows it as the build time. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

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

    /** The engine's configuration from the parameters; a bad parameter value is a {@link MojoExecutionException}. */
    protected BuildConfig buildConfig() throws MojoExecutionException {
        return buildConfig(outputDirectory.toPath());
    }

    /** {@link #buildConfig()} with the site written to {@code siteDirectory} instead of {@link #outputDirectory}. */
    protected BuildConfig buildConfig(Path siteDirectory) throws MojoExecutionException {
        if (!sourceDirectory.isDirectory()) {
            getLog().warn("No handbook sources: " + sourceDirectory + " is not a folder (set sourceDirectory, or run isms:init)");
        }
        return BuildConfig.builder()
                .sourceDirectory(sourceDirectory.toPath())
                .outputDirectory(siteDirectory)
                .reportDirectory(reportDirectory.toPath())
                .themeDirectory(themeDirectory == null ? null : themeDirectory.toPath())
                .title(title == null || title.isBlank() ? BuildConfig.DEFAULT_TITLE : title)
                .handbookVersion(handbookVersion)
                .organization(organization)
                .today(todayDate())
                .reviewWarningDays(reviewWarningDays)
                .reviewCycle(parseCycle())
                .classifications(classifications == null || classifications.isEmpty()
                        ? BuildConfig.DEFAULT_CLASSIFICATIONS : classifications)
                .defaultClassification(defaultClassification)
                .includeDrafts(includeDrafts)
                .rules(parseRules())
                .catalogs(catalogs == null ? List.of() : catalogs.stream().map(File::toPath).toList())
                .includes(includes == null ? List.of() : includes)
                .excludes(excludes == null ? List.of() : excludes)
                .baseUrl(baseUrl)
                .pdf(pdf)
                .outputTimestamp(outputTimestamp)
                .publishDirectory(publishDirectory == null ? null : publishDirectory.toPath())
                .git(git)
                .build();
    }

    /** Says where the PDF is, when the build renders one: it is easy to miss among the site's files. */
    protected void logPdf(BuildConfig config) {
        if (config.pdf()) {
            getLog().info("PDF written to " + config.outputDirectory().resolve(SiteRenderer.PDF));
        }
    }

    /** The console form of findings, with paths relative to the project's folder. */
    protected ConsoleReport console(BuildConfig config) {
        return new ConsoleReport(config, projectDirectory == null ? null : projectDirectory.toPath());
    }

    /** The pipeline of {@code config}, for this project. */
    protected HandbookPipeline pipeline(BuildConfig config) {
        return new HandbookPipeline(config, projectDirectory == null ? null : projectDirectory.toPath());
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
