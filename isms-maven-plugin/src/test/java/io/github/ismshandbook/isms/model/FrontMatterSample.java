package io.github.ismshandbook.isms.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Front-matter of a Statement of Applicability that gives every key of {@link FrontMatterKeys#ALL} a value, made from
 * the keys' kinds, so that a key added to the list is in it without a change here.
 */
public final class FrontMatterSample {

    private static final Position AT = new Position(3, 1);

    private FrontMatterSample() {
    }

    /**
     * Front-matter of the given keys and values, in pairs ({@code ID, "POL-1", TITLE, "Access"}; a value may be
     * {@code null}); the other keys are as if not written.
     */
    public static FrontMatter of(Map<String, Position> keyPositions, Object... keysAndValues) {
        Map<FrontMatterKey, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((FrontMatterKey) keysAndValues[i], keysAndValues[i + 1]);
        }
        return FrontMatterKeys.frontMatter(values, keyPositions);
    }

    /** Every key with its first sample value. */
    public static FrontMatter full() {
        return FrontMatterKeys.frontMatter(values(false), Map.of());
    }

    /** As {@link #full()}, but {@code changed} has another value. */
    public static FrontMatter changed(FrontMatterKey changed) {
        Map<FrontMatterKey, Object> values = values(false);
        values.put(changed, value(changed, true));
        return FrontMatterKeys.frontMatter(values, Map.of());
    }

    /** A document with this front-matter and a one-line body. */
    public static Document document(String path, FrontMatter frontMatter) {
        return new Document(path, frontMatter, "Body.\n", 20, List.of(), List.of(), List.of(), PreparedBody.EMPTY);
    }

    private static Map<FrontMatterKey, Object> values(boolean other) {
        Map<FrontMatterKey, Object> values = new HashMap<>();
        FrontMatterKeys.ALL.forEach(k -> values.put(k, value(k, other)));
        return values;
    }

    /** A bound value of the key's kind; {@code other} gives a different one. */
    public static Object value(FrontMatterKey key, boolean other) {
        String suffix = other ? "-b" : "-a";
        return switch (key.kind()) {
            case TEXT -> key.name().toUpperCase() + suffix;
            case DATE -> LocalDate.of(2026, 1, other ? 2 : 1);
            case PERIOD -> Period.ofMonths(other ? 12 : 6);
            case CHOICE -> choice(key, other);
            case LIST -> List.of(new Located<>(key == FrontMatterKeys.CONTROLS ? (other ? "5.16" : "5.15")
                    : key.name() + suffix, AT));
            case WORDS -> List.of(key.name() + suffix);
            case HISTORY -> List.of(new RevisionEntry(other ? "1.1" : "1.0", LocalDate.of(2026, 1, 1), "Jane Doe",
                    "First issue"));
            case EXCLUSIONS -> List.of(new Exclusion("A.7.4", "No premises" + suffix, AT));
            case INCLUSIONS -> List.of(new Inclusion("A.5.15", "Contracts" + suffix, ImplementationStatus.IMPLEMENTED,
                    AT));
        };
    }

    private static Object choice(FrontMatterKey key, boolean other) {
        if (key == FrontMatterKeys.TYPE) {
            return other ? DocumentType.POLICY : DocumentType.SOA;
        } else if (key == FrontMatterKeys.STATUS) {
            return other ? DocumentStatus.IN_REVIEW : DocumentStatus.APPROVED;
        } else if (key == FrontMatterKeys.CLASSIFICATION) {
            return other ? "confidential" : "internal";
        }
        throw new IllegalArgumentException("a sample value of the choice " + key + " is missing here");
    }
}
