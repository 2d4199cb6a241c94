package io.github.ismshandbook.isms.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in the handbook (SPEC §4).
 *
 * @param rule     the rule that found it
 * @param severity the effective severity (never {@link Severity#OFF})
 * @param file     path relative to the source directory, '/'-separated; empty for a finding about the handbook as a
 *                 whole ({@link #onHandbook})
 * @param line     1-based line in {@code file}
 * @param column   1-based column in {@code file}
 * @param document id of the document, or {@code null} when not known
 * @param message  what is wrong
 * @param hint     what to do, or {@code null}
 */
public record Finding(Rule rule, Severity severity, String file, int line, int column,
                      String document, String message, String hint) {

    /** Report order: file, line, column, rule, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    /** A finding with the rule's default severity. */
    public static Finding of(Rule rule, String file, int line, int column, String document, String message, String hint) {
        return new Finding(rule, rule.defaultSeverity(), file, line, column, document, message, hint);
    }

    /** A finding about the handbook as a whole, in no file, with the rule's default severity. */
    public static Finding onHandbook(Rule rule, String message, String hint) {
        return of(rule, "", 1, 1, null, message, hint);
    }

    /** Whether the finding is about a file; {@code false} for one about the handbook as a whole. */
    public boolean hasFile() {
        return !file.isEmpty();
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, file, line, column, document, message, hint);
    }
}
