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
    AUTOLINK,
    /** The {@code href} of an {@code <a>} written in raw HTML. */
    HTML_LINK,
    /** The {@code src} of an {@code <img>} written in raw HTML. */
    HTML_IMAGE;

    /** Whether the link was written in raw HTML, whose safety the {@code unsafe-html} check of the HTML covers. */
    public boolean isRawHtml() {
        return this == HTML_LINK || this == HTML_IMAGE;
    }
}
