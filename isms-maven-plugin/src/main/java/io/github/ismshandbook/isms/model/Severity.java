package io.github.ismshandbook.isms.model;

import java.util.Locale;

/** How serious a finding is. {@link #OFF} only appears in configuration: it disables a rule. */
public enum Severity {
    ERROR, WARNING, INFO, OFF;

    /** The lower-case name used in reports and configuration ({@code error}, {@code warning}…). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning}, {@code info} or {@code off}, ignoring case. */
    public static Severity fromKey(String key) {
        for (Severity s : values()) {
            if (s.key().equalsIgnoreCase(key.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + key + "' (expected error, warning, info or off)");
    }
}
