package io.github.ismshandbook.isms.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in the handbook (docs/reference.md, "Findings").
 *
 * @param rule     the rule that found it
 * @param severity the effective severity (never {@link Severity#OFF})
 * @param file     path relative to the source directory, '/'-separated, or {@code null} for a finding about the
 *                 handbook as a whole (see {@link #onHandbook})
 * @param line     1-based line in {@code file}; 0 when there is no file
 * @param column   1-based column in {@code file}; 0 when there is no file
 * @param document id of the document, or {@code null} when not known
 * @param message  what is wrong
 * @param hint     what to do, or {@code null}
 */
public record Finding(Rule rule, Severity severity, String file, int line, int column,
                      String document, String message, String hint) {

    /** Report order: file, line, column, rule, message; findings about the handbook as a whole come last. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::file, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        line = file == null ? 0 : Math.max(1, line);
        column = file == null ? 0 : Math.max(1, column);
    }

    /** A finding with the rule's default severity. */
    public static Finding of(Rule rule, String file, int line, int column, String document, String message, String hint) {
        return new Finding(rule, rule.defaultSeverity(), file, line, column, document, message, hint);
    }

    /**
     * A finding about the handbook as a whole rather than a place in a file, such as an item of documented
     * information that no document addresses; the rule's default severity.
     */
    public static Finding onHandbook(Rule rule, String message, String hint) {
        return new Finding(rule, rule.defaultSeverity(), null, 0, 0, null, message, hint);
    }

    /** Whether the finding is about the handbook as a whole, with no file. */
    public boolean isOnHandbook() {
        return file == null;
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, file, line, column, document, message, hint);
    }
}
