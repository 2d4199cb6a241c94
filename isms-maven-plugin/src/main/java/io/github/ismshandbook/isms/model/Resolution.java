package io.github.ismshandbook.isms.model;

/**
 * Where a link leads. Exactly the fields that fit the {@link Kind} are set.
 *
 * @param kind     what the target is
 * @param document the target document ({@code DOCUMENT}, {@code ANCHOR})
 * @param anchor   the heading anchor after '#', or {@code null}
 * @param control  the target control ({@code CONTROL})
 * @param clause   the target clause ({@code CLAUSE})
 * @param path     the asset or unreadable file, relative to the source directory ({@code ASSET}, {@code UNREADABLE}),
 *                 or the normalised path that was looked for ({@code MISSING})
 * @param target   the link target as written
 */
public record Resolution(Kind kind, Document document, String anchor, Control control, Clause clause,
                         String path, String target) {

    public enum Kind {
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

    public boolean isMissing() {
        return kind == Kind.MISSING;
    }
}
