package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parameters every goal shares, mapped onto one {@link BuildConfig}. {@code isms.skip} is
 * checked once, here, before any goal does its work.
 */
public abstract class AbstractIsmsMojo extends AbstractMojo {

    /** Folder of the Markdown documents and their assets. */
    @Parameter(property = "isms.sourceDirectory", defaultValue = "${project.basedir}/src/handbook")
    protected File sourceDirectory;

    /** Folder the handbook site is written to. */
    @Parameter(property = "isms.outputDirectory", defaultValue = "${project.build.directory}/handbook")
    protected File outputDirectory;

    /** Folder of template and asset overrides: a file here replaces the theme's file of the same name. */
    @Parameter(defaultValue = "${project.basedir}/src/handbook-theme")
    protected File themeDirectory;

    /** Folder of findings.json, findings.sarif and findings-junit.xml. */
    @Parameter(defaultValue = "${project.build.directory}/isms", readonly = true)
    protected File reportDirectory;

    /** Title of the handbook. */
    @Parameter(defaultValue = "${project.name}")
    protected String title;

    /** Version of the handbook shown in the site and used by {@code publish}. */
    @Parameter(property = "isms.version", defaultValue = "${project.version}")
    protected String handbookVersion;

    /** Name of the organisation shown in the site. */
    @Parameter(defaultValue = "${project.organization.name}")
    protected String organization;

    /** The date reviews are checked against, as {@code YYYY-MM-DD}. Default: the current date. */
    @Parameter(property = "isms.today")
    protected String today;

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

    /** Publish documents with {@code status: draft} too. */
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

    /** Fail the build when there are error findings. */
    @Parameter(property = "isms.failOnError", defaultValue = "true")
    protected boolean failOnError;

    /** Fail the build when there are warning findings. */
    @Parameter(property = "isms.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /** Skip the goal. */
    @Parameter(property = "isms.skip", defaultValue = "false")
    protected boolean skip;

    /** Timestamp for reproducible output; when set, the site shows it as the build time. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping ISMS handbook (isms.skip)");
            return;
        }
        doExecute();
    }

    protected abstract void doExecute() throws MojoExecutionException, MojoFailureException;

    /** The engine's configuration from the parameters; a bad parameter value is a {@link MojoExecutionException}. */
    protected BuildConfig buildConfig() throws MojoExecutionException {
        if (!sourceDirectory.isDirectory()) {
            getLog().warn("No handbook sources: " + sourceDirectory + " is not a folder (set sourceDirectory, or run isms:init)");
        }
        return new BuildConfig(
                sourceDirectory.toPath(),
                outputDirectory.toPath(),
                reportDirectory.toPath(),
                themeDirectory == null ? null : themeDirectory.toPath(),
                title == null || title.isBlank() ? "ISMS Handbook" : title,
                handbookVersion,
                organization,
                parseToday(),
                reviewWarningDays,
                parseCycle(),
                classifications == null || classifications.isEmpty() ? BuildConfig.DEFAULT_CLASSIFICATIONS : classifications,
                defaultClassification,
                includeDrafts,
                parseRules(),
                catalogs == null ? List.of() : catalogs.stream().map(File::toPath).toList(),
                includes == null ? List.of() : includes,
                excludes == null ? List.of() : excludes,
                baseUrl,
                pdf,
                outputTimestamp);
    }

    private LocalDate parseToday() throws MojoExecutionException {
        if (today == null || today.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(today.trim());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("isms.today must be a real date written YYYY-MM-DD, not '" + today + "'", e);
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
