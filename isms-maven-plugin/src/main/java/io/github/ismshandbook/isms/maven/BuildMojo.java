package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Validation;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;

/**
 * Validates the handbook and renders the site to {@code outputDirectory}. Problems in documents never stop
 * the rendering (a broken link is shown as marked text); the build then fails per failOnError/failOnWarning.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractValidatingMojo {

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        BuildConfig config = buildConfig();
        Validation validation;
        try {
            validation = pipeline(config).build();
        } catch (IOException e) {
            throw new MojoExecutionException("Could not build the handbook from " + config.sourceDirectory()
                    + " into " + config.outputDirectory() + ": " + e.getMessage(), e);
        }
        getLog().info("Handbook written to " + config.outputDirectory().resolve("index.html"));
        logPdf(config);
        reportAndFail(validation, config);
    }
}
