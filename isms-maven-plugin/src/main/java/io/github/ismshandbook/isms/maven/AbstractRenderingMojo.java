package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.render.SiteRenderer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Goals that also render the site ({@code build}, {@code serve}, {@code report}): the parameters of the site's
 * content and look. Each goal names its own site folder.
 */
public abstract class AbstractRenderingMojo extends AbstractHandbookMojo {

    /**
     * Folder of template and asset overrides: a file here replaces the theme's file of the same name.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.basedir}/src/handbook-theme")
    protected File themeDirectory;

    /**
     * Title of the handbook.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.name}")
    protected String title;

    /**
     * Name of the organisation shown in the site.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.organization.name}")
    protected String organization;

    /**
     * Absolute URL the site is served from, for links in feeds; the site itself only uses relative links.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.baseUrl")
    protected String baseUrl;

    /**
     * Also render {@code handbook.pdf}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.pdf", defaultValue = "false")
    protected boolean pdf;

    /**
     * Timestamp for reproducible output; when set, the site shows it as the build time.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    /** {@link AbstractHandbookMojo#configBuilder()} with the parameters of the site. */
    @Override
    protected BuildConfig.Builder configBuilder() throws MojoExecutionException {
        return super.configBuilder()
                .themeDirectory(themeDirectory == null ? null : themeDirectory.toPath())
                .title(title == null || title.isBlank() ? BuildConfig.DEFAULT_TITLE : title)
                .organization(organization)
                .baseUrl(baseUrl)
                .pdf(pdf)
                .outputTimestamp(outputTimestamp);
    }

    /** Says where the PDF is, when the build renders one: it is easy to miss among the site's files. */
    protected void logPdf(BuildConfig config) {
        if (config.pdf()) {
            getLog().info("PDF written to " + config.outputDirectory().resolve(SiteRenderer.PDF));
        }
    }
}
