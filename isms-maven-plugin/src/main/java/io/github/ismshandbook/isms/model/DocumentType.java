package io.github.ismshandbook.isms.model;

import java.util.Locale;
import java.util.Optional;

/** The {@code type} front-matter key. */
public enum DocumentType {
    POLICY("Policies"), STANDARD("Standards"), PROCEDURE("Procedures"), GUIDELINE("Guidelines"),
    PLAN("Plans"), RECORD("Records"), REGISTER("Registers"), SOA("Statement of Applicability");

    private final String plural;

    DocumentType(String plural) {
        this.plural = plural;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Heading for a group of documents of this type. */
    public String plural() {
        return plural;
    }

    public static Optional<DocumentType> fromKey(String key) {
        for (DocumentType t : values()) {
            if (t.key().equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
