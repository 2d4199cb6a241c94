package io.github.ismshandbook.isms.render;

/**
 * Where a link of a body goes on the site.
 *
 * @param href     the relative URL, or {@code null} when the link must not be rendered as a link
 * @param label    the text to show when the link was written without one (wiki links), or {@code null}
 * @param problem  why there is no link (shown to the reader as a tooltip), or {@code null}
 * @param external whether the URL leaves the site
 */
record LinkTarget(String href, String label, String problem, boolean external) {

    static LinkTarget internal(String href, String label) {
        return new LinkTarget(href, label, null, false);
    }

    static LinkTarget external(String href) {
        return new LinkTarget(href, null, null, true);
    }

    static LinkTarget broken(String problem, String label) {
        return new LinkTarget(null, label, problem, false);
    }

    boolean isBroken() {
        return href == null;
    }
}
