package io.github.ismshandbook.isms.model;

import java.util.List;

/** A checked handbook: the model and every finding, with effective severities, in report order. */
public record Validation(Handbook handbook, List<Finding> findings) {

    public Validation {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }
}
