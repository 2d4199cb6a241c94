package io.github.ismshandbook.isms.model;

import java.util.Optional;

/** The {@code status} front-matter key. */
public enum DocumentStatus {
    DRAFT("draft"), IN_REVIEW("in-review"), APPROVED("approved"), RETIRED("retired");

    private final String key;

    DocumentStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<DocumentStatus> fromKey(String key) {
        for (DocumentStatus s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
