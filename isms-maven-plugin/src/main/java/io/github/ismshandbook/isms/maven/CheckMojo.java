package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Validation;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;

/** Validates the handbook: prints every finding, writes the reports, and fails per failOnError/failOnWarning. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractValidatingMojo {

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        BuildConfig config = buildConfig();
        Validation validation;
        try {
            validation = pipeline(config).check();
        } catch (IOException e) {
            throw new MojoExecutionException("Could not check the handbook in " + config.sourceDirectory() + ": "
                    + e.getMessage(), e);
        }
        reportAndFail(validation, config);
    }
}
