package io.github.ismshandbook.isms.model;

import java.util.Optional;

/** The {@code status} of a control in the {@code inclusions} of the Statement of Applicability. */
public enum ImplementationStatus {
    IMPLEMENTED("implemented", "Implemented"),
    PARTIAL("partial", "Partially implemented"),
    PLANNED("planned", "Planned"),
    NOT_IMPLEMENTED("not-implemented", "Not implemented");

    private final String key;
    private final String label;

    ImplementationStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** As written in the front-matter: {@code not-implemented}. */
    public String key() {
        return key;
    }

    /** As shown to readers: {@code Not implemented}. */
    public String label() {
        return label;
    }

    public static Optional<ImplementationStatus> fromKey(String key) {
        for (ImplementationStatus s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
