package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.Validation;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.report.ConsoleReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that validate: print every finding, then fail once according to {@code failOnError}/{@code failOnWarning}. */
public abstract class AbstractValidatingMojo extends AbstractHandbookMojo {

    /** Fail the build when there are error findings. */
    @Parameter(property = "isms.failOnError", defaultValue = "true")
    protected boolean failOnError;

    /** Fail the build when there are warning findings. */
    @Parameter(property = "isms.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /** Prints every finding and the summary, then throws if the findings fail the build. */
    protected void reportAndFail(Validation validation, BuildConfig config) throws MojoFailureException {
        Log log = getLog();
        FindingLog.print(log, validation.findings());
        ConsoleReport console = new ConsoleReport(config);
        boolean problems = validation.errors() > 0 || validation.warnings() > 0;
        console.summaryLines(validation).forEach(problems ? log::warn : log::info);
        boolean failed = (failOnError && validation.errors() > 0) || (failOnWarning && validation.warnings() > 0);
        if (failed) {
            throw new MojoFailureException(console.failureMessage(validation));
        }
    }
}
