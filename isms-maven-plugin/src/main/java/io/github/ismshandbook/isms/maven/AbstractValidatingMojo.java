package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Validation;
import io.github.ismshandbook.isms.report.ConsoleReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.function.Consumer;

/** Goals that validate: print every finding, then fail once according to {@code failOnError}/{@code failOnWarning}. */
public abstract class AbstractValidatingMojo extends AbstractHandbookMojo {

    /** Fail the build when there are error findings. */
    @Parameter(property = "isms.failOnError", defaultValue = "true")
    protected boolean failOnError;

    /** Fail the build when there are warning findings. */
    @Parameter(property = "isms.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /**
     * Prints the findings and the summary, then throws if the findings fail the build. When another goal of this
     * build has printed the same findings already ({@code build}, then {@code check} in {@code mvn verify}), only
     * the summary is printed.
     */
    protected void reportAndFail(Validation validation, BuildConfig config) throws MojoFailureException {
        Log log = getLog();
        ConsoleReport console = console(config);
        boolean problems = validation.errors() > 0 || validation.warnings() > 0;
        Consumer<String> summary = problems ? log::warn : log::info;
        if (PrintedFindings.firstTime(getPluginContext(), console.fingerprint(validation))) {
            FindingLog.print(log, console.lines(validation));
            console.summaryLines(validation).forEach(summary);
        } else {
            summary.accept(ConsoleReport.summary(validation) + " (as reported above)");
        }
        boolean failed = (failOnError && validation.errors() > 0) || (failOnWarning && validation.warnings() > 0);
        if (failed) {
            throw new MojoFailureException(console.failureMessage(validation));
        }
    }
}
