package io.github.ismshandbook.isms.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * One front-matter key (docs/reference.md, "Front-matter"), declared once in {@link FrontMatterKeys#ALL}: what the
 * loader binds it to, whether it is required, how {@code handbook.json} and {@code isms-snapshot.json} write its
 * value, and how {@code changes.html} names a change to it. The bound value lives in the {@link FrontMatter}
 * component whose name is the key's in camelCase ({@code review_date} → {@code reviewDate}).
 *
 * @param name       the key as written in the front-matter
 * @param kind       the shape of its value, which says how the loader binds it
 * @param required   whether a document must give it a value ({@code required-field})
 * @param value      its value as the published data files write it: text, a list of texts, or (history) the
 *                   entries; {@code null} when the document gives none
 * @param label      its name where {@code changes.html} lists a change to it; {@code null} when a change to it is
 *                   not listed as a field there (the version heads the document's change, history entries are
 *                   listed as entries)
 * @param inManifest whether {@code handbook.json} lists it for each document
 * @param inSnapshot whether {@code isms-snapshot.json} records it, so that the next version is compared on it
 */
public record FrontMatterKey(String name, Kind kind, boolean required, Function<FrontMatter, Object> value,
                             String label, boolean inManifest, boolean inSnapshot) {

    /** The shape of a key's value. */
    public enum Kind {
        /** A single value, kept as written. */
        TEXT,
        /** A date, {@code YYYY-MM-DD}. */
        DATE,
        /** A review cycle: months or an ISO-8601 period. */
        PERIOD,
        /** One of a set of values (the document types, statuses, the configured classifications). */
        CHOICE,
        /** A list of values, each with where it is written. */
        LIST,
        /** A list of plain values. */
        WORDS,
        /** The revision history: entries of version, date, author and summary. */
        HISTORY,
        /** The controls a Statement of Applicability excludes, with their justifications. */
        EXCLUSIONS,
        /** The controls a Statement of Applicability includes, with justification and status. */
        INCLUSIONS;

        /** Whether the published data files write the value as a list of texts. */
        public boolean isList() {
            return this == LIST || this == WORDS;
        }
    }

    public FrontMatterKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** A key that is listed everywhere: in {@code handbook.json}, in the snapshot and on {@code changes.html}. */
    static FrontMatterKey of(String name, Kind kind, String label, Function<FrontMatter, Object> value) {
        return new FrontMatterKey(name, kind, false, value, label, true, true);
    }

    FrontMatterKey asRequired() {
        return new FrontMatterKey(name, kind, true, value, label, inManifest, inSnapshot);
    }

    FrontMatterKey notInManifest() {
        return new FrontMatterKey(name, kind, required, value, label, false, inSnapshot);
    }

    FrontMatterKey notInSnapshot() {
        return new FrontMatterKey(name, kind, required, value, label, inManifest, false);
    }

    /** The {@link FrontMatter} component that holds the bound value. */
    public String component() {
        StringBuilder s = new StringBuilder();
        for (String part : name.split("_")) {
            s.append(s.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return s.toString();
    }

    /** Whether {@code changes.html} lists a change to it as a field (then the snapshot records it). */
    public boolean isCompared() {
        return inSnapshot && label != null;
    }

    @Override
    public String toString() {
        return name;
    }
}
