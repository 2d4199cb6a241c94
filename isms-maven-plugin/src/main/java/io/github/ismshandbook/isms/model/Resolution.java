package io.github.ismshandbook.isms.model;

/**
 * Where a link leads: one record per kind of target, each with exactly what that target has, and {@link #target()},
 * the link target as written (trimmed).
 */
public sealed interface Resolution {

    enum Kind {
        /** A URL with a scheme ({@code https:}, {@code mailto:}…) or a protocol-relative URL: left alone. */
        EXTERNAL,
        /** Another document (or the same one), possibly with an anchor. */
        DOCUMENT,
        /** An anchor in the same document ({@code #scope}). */
        ANCHOR,
        /** A non-Markdown file under the source folder. */
        ASSET,
        /** A control of the catalog ({@code [[A.5.15]]}). */
        CONTROL,
        /** A clause ({@code [[6.1.2]]}). */
        CLAUSE,
        /** A control in ISO/IEC 27001:2013 numbering ({@code [[A.9.2.1]]}). */
        LEGACY_CONTROL,
        /** A Markdown file that exists but could not be loaded. */
        UNREADABLE,
        /** Nothing there, or a path that leaves the source folder. */
        MISSING
    }

    Kind kind();

    /** The link target as written. */
    String target();

    default boolean isMissing() {
        return kind() == Kind.MISSING;
    }

    /** A document, and the heading anchor after '#' or {@code null}. */
    sealed interface InDocument extends Resolution {
        Document document();

        String anchor();
    }

    record External(String target) implements Resolution {
        @Override
        public Kind kind() {
            return Kind.EXTERNAL;
        }
    }

    /** Another document, or the same one named by its path or id. */
    record ToDocument(Document document, String anchor, String target) implements InDocument {
        @Override
        public Kind kind() {
            return Kind.DOCUMENT;
        }
    }

    /** {@code #anchor} alone: a heading of the linking document itself. */
    record Anchor(Document document, String anchor, String target) implements InDocument {
        @Override
        public Kind kind() {
            return Kind.ANCHOR;
        }
    }

    /** @param path the file, relative to the source directory */
    record Asset(String path, String target) implements Resolution {
        @Override
        public Kind kind() {
            return Kind.ASSET;
        }
    }

    record ToControl(Control control, String target) implements Resolution {
        @Override
        public Kind kind() {
            return Kind.CONTROL;
        }
    }

    record ToClause(Clause clause, String target) implements Resolution {
        @Override
        public Kind kind() {
            return Kind.CLAUSE;
        }
    }

    record LegacyControl(String target) implements Resolution {
        @Override
        public Kind kind() {
            return Kind.LEGACY_CONTROL;
        }
    }

    /** @param path the file that could not be loaded, relative to the source directory */
    record Unreadable(String path, String target) implements Resolution {
        @Override
        public Kind kind() {
            return Kind.UNREADABLE;
        }
    }

    /** @param path the normalised path that was looked for */
    record Missing(String path, String target) implements Resolution {
        @Override
        public Kind kind() {
            return Kind.MISSING;
        }
    }
}
