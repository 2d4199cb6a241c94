package io.github.ismshandbook.isms.report;

import io.github.ismshandbook.isms.Validation;
import io.github.ismshandbook.isms.model.BuildConfig;

import java.util.List;

/** Console summary of a validation. (Placeholder; being written.) */
public final class ConsoleReport {
    private final BuildConfig config;

    public ConsoleReport(BuildConfig config) {
        this.config = config;
    }

    public List<String> summaryLines(Validation v) {
        return List.of("ISMS handbook: " + v.handbook().documents().size() + " documents, " + v.errors() + " errors, "
                + v.warnings() + " warnings");
    }

    public String failureMessage(Validation v) {
        return "ISMS handbook check failed: " + v.errors() + " errors, " + v.warnings() + " warnings. Reports: "
                + config.reportDirectory();
    }
}
