package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Validation;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;

/** Validates the handbook: prints every finding, writes the reports, and fails per failOnError/failOnWarning. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractHandbookMojo {

    /**
     * Count documents with {@code status: draft} as published, as a build with {@code includeDrafts} does: they are
     * then compared with the newest published version too ({@code version-unchanged}).
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
        BuildConfig config = configBuilder().includeDrafts(includeDrafts).build();
        Validation validation;
        try {
            validation = pipeline(config).check();
        } catch (IOException e) {
            throw new MojoExecutionException("Could not check the handbook in " + config.sourceDirectory() + ": "
                    + e.getMessage(), e);
        }
        reportAndFail(validation, config, failOnError, failOnWarning);
    }
}
