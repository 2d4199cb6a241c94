package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.Rule;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the typed values of front-matter keys from YAML nodes (README, "Writing documents"). A value of the wrong shape is
 * reported as {@code invalid-value} and read as {@code null}; an empty value is read as {@code null}
 * without a finding (whether that is allowed is the caller's business).
 */
final class FrontMatterValues {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTHS = Pattern.compile("\\d+");
    static final String DATE_HINT = "Write dates as YYYY-MM-DD, e.g. 2026-03-31.";

    private final FileFindings findings;

    FrontMatterValues(FileFindings findings) {
        this.findings = findings;
    }

    /** A scalar's text as written (numbers and booleans too), or {@code null}. */
    String text(String key, YamlNode node) {
        if (node == null || node.isEmpty()) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s) {
            return s.text();
        }
        findings.add(Rule.INVALID_VALUE, node.position(), key + " must be a single value, not " + node.kind(),
                "Write " + key + " as plain text on the same line as the key.");
        return null;
    }

    /** An ISO date {@code YYYY-MM-DD} that exists in the calendar, or {@code null}. */
    LocalDate date(String key, YamlNode node) {
        if (node != null && !node.isEmpty() && !(node instanceof YamlNode.Scalar)) {
            findings.add(Rule.INVALID_VALUE, node.position(), key + " must be a date (YYYY-MM-DD), not " + node.kind(), DATE_HINT);
            return null;
        }
        String text = text(key, node);
        if (text == null) {
            return null;
        }
        if (DATE.matcher(text.strip()).matches()) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                findings.add(Rule.INVALID_VALUE, node.position(),
                        key + " '" + text + "' is not a date in the calendar", DATE_HINT);
                return null;
            }
        }
        findings.add(Rule.INVALID_VALUE, node.position(),
                key + " '" + text + "' is not a date in the format YYYY-MM-DD", DATE_HINT);
        return null;
    }

    /** A review cycle: whole months ({@code 12}) or an ISO-8601 period ({@code P1Y}, {@code P6M}); positive. */
    Period cycle(String key, YamlNode node) {
        String text = text(key, node);
        if (text == null) {
            return null;
        }
        String t = text.strip();
        Period period = null;
        try {
            period = MONTHS.matcher(t).matches() ? Period.ofMonths(Integer.parseInt(t)).normalized() : Period.parse(t);
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            // reported below
        }
        if (period != null && !period.isZero() && !period.isNegative()) {
            return period;
        }
        String message = key + " '" + text + "' is not a positive number of months or an ISO-8601 period";
        Optional<String> meant = FrontMatterSynonyms.synonym(key, t); // "annually", "quarterly"
        if (meant.isPresent()) {
            findings.add(Rule.INVALID_VALUE, node.position(), message,
                    "Did you mean '" + meant.get() + "'? Until it is corrected, it is read as '" + meant.get() + "'.");
            return Period.parse(meant.get());
        }
        findings.add(Rule.INVALID_VALUE, node.position(), message,
                "Write the cycle as months (12) or as a period such as P1Y, P6M or P90D.");
        return null;
    }

    /**
     * One of {@code allowed}. A value that is not is {@code invalid-value}; it is read as the allowed value it probably
     * stands for (a synonym or a close spelling: {@code aproved}, {@code final}), else as the default, and the
     * finding says which.
     */
    <E> E choice(String key, YamlNode node, List<String> allowed, Function<String, Optional<E>> lookup, E fallback,
                 String fallbackName) {
        return lookup(key, node, allowed, lookup, "; the default '" + fallbackName + "' is used").orElse(fallback);
    }

    /** One of {@code allowed}, read as {@link #choice} reads it, else {@code null} with a finding that lists them. */
    <E> E oneOf(String key, YamlNode node, List<String> allowed, Function<String, Optional<E>> lookup) {
        return lookup(key, node, allowed, lookup, "").orElse(null);
    }

    private <E> Optional<E> lookup(String key, YamlNode node, List<String> allowed, Function<String, Optional<E>> lookup,
                                   String consequence) {
        String text = text(key, node);
        if (text == null) {
            return Optional.empty();
        }
        Optional<E> value = lookup.apply(text.strip());
        if (value.isPresent()) {
            return value;
        }
        String choices = String.join(", ", allowed);
        Optional<String> meant = FrontMatterSynonyms.meant(key, text, allowed);
        Optional<E> read = meant.flatMap(lookup);
        if (read.isPresent()) {
            findings.add(Rule.INVALID_VALUE, node.position(), key + " '" + text + "' is not one of " + choices,
                    "Did you mean '" + meant.get() + "'? Until it is corrected, it is read as '" + meant.get() + "'.");
            return read;
        }
        findings.add(Rule.INVALID_VALUE, node.position(), key + " '" + text + "' is not one of " + choices
                + consequence, "Use one of: " + choices + ".");
        return Optional.empty();
    }

    /** A list of scalars, each with its position; a scalar or a mapping instead of a list is reported. */
    List<Located<String>> list(String key, YamlNode node) {
        if (node == null || node.isEmpty()) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            String written = node instanceof YamlNode.Scalar s ? "'" + s.text() + "'" : node.kind();
            String hint = node instanceof YamlNode.Scalar s && s.text().contains(",")
                    ? "Write " + key + " as a list in brackets: [" + s.text().strip() + "]."
                    : "Write " + key + " as a list: one '- item' per line, or [a, b].";
            findings.add(Rule.INVALID_VALUE, node.position(), key + " must be a list, not " + written, hint);
            return List.of();
        }
        List<Located<String>> items = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Scalar s && !item.isEmpty()) {
                items.add(new Located<>(s.text(), s.position()));
            } else {
                findings.add(Rule.INVALID_VALUE, item.position(), "an item of " + key + " must be a single value, not "
                        + (item.isEmpty() ? "empty" : item.kind()), "Write each item of " + key + " as plain text.");
            }
        }
        return items;
    }
}
