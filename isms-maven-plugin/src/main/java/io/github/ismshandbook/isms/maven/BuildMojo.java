package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Validation;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;

/**
 * Validates the handbook and renders the site to {@code outputDirectory}. Problems in documents never stop
 * the rendering (a broken link is shown as marked text); the build then fails per failOnError/failOnWarning.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractRenderingMojo {

    /**
     * Folder the handbook site is written to, which {@code publish} publishes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.outputDirectory", defaultValue = "${project.build.directory}/handbook")
    protected File outputDirectory;

    /**
     * Publish documents with {@code status: draft} too. {@code publish} refuses a site that holds drafts unless it
     * is set for {@code publish} as well.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.includeDrafts", defaultValue = "false")
    protected boolean includeDrafts;

    /**
     * Fail the build when there are error findings.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.failOnError", defaultValue = "true")
    protected boolean failOnError;

    /**
     * Fail the build when there are warning findings.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        BuildConfig config = configBuilder().outputDirectory(outputDirectory.toPath()).includeDrafts(includeDrafts)
                .build();
        Validation validation;
        try {
            validation = pipeline(config).build();
        } catch (IOException e) {
            throw new MojoExecutionException("Could not build the handbook from " + config.sourceDirectory()
                    + " into " + config.outputDirectory() + ": " + e.getMessage(), e);
        }
        getLog().info("Handbook written to " + config.outputDirectory().resolve("index.html"));
        logPdf(config);
        reportAndFail(validation, config, failOnError, failOnWarning);
    }
}
