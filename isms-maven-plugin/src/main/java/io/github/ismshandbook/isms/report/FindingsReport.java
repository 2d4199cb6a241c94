package io.github.ismshandbook.isms.report;

import io.github.ismshandbook.isms.Validation;
import io.github.ismshandbook.isms.model.BuildConfig;

import java.io.IOException;

/** Writes findings.json, findings.sarif and findings-junit.xml. (Being written.) */
public final class FindingsReport {
    private final BuildConfig config;

    public FindingsReport(BuildConfig config) {
        this.config = config;
    }

    public void write(Validation validation) throws IOException {
        throw new IOException("not yet written: " + config.reportDirectory());
    }
}
