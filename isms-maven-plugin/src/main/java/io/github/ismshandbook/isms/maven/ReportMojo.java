package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Validation;
import io.github.ismshandbook.isms.publish.SiteOrigin;
import io.github.ismshandbook.isms.report.ConsoleReport;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.util.Locale;

/**
 * The handbook as a Maven site report: {@code mvn site} writes the whole handbook to {@code handbook/} in the
 * site ({@code target/site/handbook/}) and lists it under Project Reports. Declare it in {@code <reporting>}.
 * The parameters of {@code build}, but for the site folder and {@code failOnError}/{@code failOnWarning}: findings
 * are printed but never fail the site (that is {@code check}'s job).
 * <p>
 * It implements the reporting API on the shared mojo base, as maven-javadoc-plugin's {@code JavadocReport}
 * does, rather than extending {@code AbstractMavenReport}: that way its parameters are declared once with the
 * other goals', and, being an external report that renders its own pages, it needs nothing of the site's skin.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractRenderingMojo implements MavenMultiPageReport {

    /** Folder of the handbook inside the Maven site. */
    static final String SITE_FOLDER = "handbook";

    /**
     * Folder of the Maven site; the handbook goes to its {@code handbook/} sub-folder.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    protected File reportOutputDirectory;

    /**
     * Publish documents with {@code status: draft} too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.includeDrafts", defaultValue = "false")
    protected boolean includeDrafts;

    /** {@code mvn isms:report} on its own: writes the handbook where {@code mvn site} would. */
    @Override
    protected void doExecute() throws MojoExecutionException {
        if (!sourceDirectory.isDirectory()) {
            getLog().info("No handbook to report: " + sourceDirectory + " does not exist");
            return;
        }
        render();
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    /** Called by maven-site-plugin. The sink stays empty: an external report writes its own pages. */
    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        try {
            render();
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    private void render() throws MojoExecutionException {
        BuildConfig config = configBuilder().outputDirectory(new File(getReportOutputDirectory(), SITE_FOLDER).toPath())
                .includeDrafts(includeDrafts).build();
        Validation validation;
        try {
            validation = pipeline(config).build(SiteOrigin.Goal.REPORT);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not build the handbook report from " + config.sourceDirectory()
                    + " into " + config.outputDirectory() + ": " + e.getMessage(), e);
        }
        ConsoleReport console = console(config);
        if (PrintedFindings.firstTime(getPluginContext(), console.fingerprint(validation))) {
            FindingLog.print(getLog(), console.lines(validation));
        }
        getLog().info("Handbook report written to " + config.outputDirectory().resolve("index.html") + ": "
                + validation.handbook().documents().size() + " documents, " + validation.errors() + " errors, "
                + validation.warnings() + " warnings" + (validation.errors() > 0 ? " (mvn isms:check fails on these)" : ""));
        logPdf(config);
    }

    /** {@code handbook/index}: the page the Project Reports menu links to. */
    @Override
    public String getOutputName() {
        return SITE_FOLDER + "/index";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "ISMS Handbook";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The information security management system handbook: policies, standards and procedures with "
                + "their ISO/IEC 27001:2022 controls, Statement of Applicability and review status.";
    }

    @Override
    public void setReportOutputDirectory(File outputDirectory) {
        this.reportOutputDirectory = outputDirectory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    /** The handbook renders its own site: the Maven site only links to it. */
    @Override
    public boolean isExternalReport() {
        return true;
    }

    /** Not when skipped ({@code isms.skip}), nor when the project has no handbook folder. */
    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("Skipping ISMS handbook (isms.skip)");
            return false;
        }
        return sourceDirectory != null && sourceDirectory.isDirectory();
    }
}
