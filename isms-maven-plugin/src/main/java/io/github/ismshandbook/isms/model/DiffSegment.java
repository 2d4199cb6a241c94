package io.github.ismshandbook.isms.model;

import java.util.Locale;

/**
 * A run of text in a word diff: unchanged, inserted or deleted. An unchanged run that was too long to
 * show whole is cut to its first and last words around an ellipsis ({@code …}).
 */
public record DiffSegment(Kind kind, String text) {

    /** What happened to a run of text; {@link #key()} (and {@code toString()}) give the CSS-friendly name. */
    public enum Kind {
        EQUAL, INSERTED, DELETED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return key();
        }
    }

    public static DiffSegment equal(String text) {
        return new DiffSegment(Kind.EQUAL, text);
    }

    public static DiffSegment inserted(String text) {
        return new DiffSegment(Kind.INSERTED, text);
    }

    public static DiffSegment deleted(String text) {
        return new DiffSegment(Kind.DELETED, text);
    }
}
