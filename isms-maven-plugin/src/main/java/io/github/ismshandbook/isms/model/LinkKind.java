package io.github.ismshandbook.isms.model;

/** How a link was written in the body. */
public enum LinkKind {
    /** {@code [text](target)} or a reference-style link. */
    LINK,
    /** {@code ![alt](target)}. */
    IMAGE,
    /** {@code [[target]]} or {@code [[target|label]]}. */
    WIKI,
    /** A bare URL or {@code <https://…>}. */
    AUTOLINK
}
