package io.github.ismshandbook.isms.serve;

import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one preview build.
 *
 * @param state      identifies this build of this server run; pages reload when it changes
 * @param number     1 for the first build, then one more per rebuild
 * @param validation the findings of the build, or {@code null} when it failed
 * @param failure    why the build failed, or {@code null}
 * @param took       how long it took
 */
public record BuildStatus(String state, int number, Validation validation, String failure, Duration took) {

    public boolean failed() {
        return failure != null;
    }

    /** The errors and warnings, in report order; info findings are left out of the preview. */
    public List<Finding> problems() {
        return validation == null ? List.of() : validation.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .toList();
    }

    public long errors() {
        return validation == null ? 0 : validation.errors();
    }

    public long warnings() {
        return validation == null ? 0 : validation.warnings();
    }
}
