package io.github.ismshandbook.isms.render;

/**
 * Where a link of a body goes on the site.
 *
 * @param href      the relative URL, or {@code null} when the link must not be rendered as a link
 * @param printHref the URL of the same target from {@code print.html}: another document's section is in the page
 * @param label     the text to show when the link was written without one (wiki links), or {@code null}
 * @param problem   why there is no link (shown to the reader as a tooltip), or {@code null}
 * @param external  whether the URL leaves the site
 */
record LinkTarget(String href, String printHref, String label, String problem, boolean external) {

    static LinkTarget internal(String href, String printHref, String label) {
        return new LinkTarget(href, printHref, label, null, false);
    }

    static LinkTarget external(String href) {
        return new LinkTarget(href, href, null, null, true);
    }

    static LinkTarget broken(String problem, String label) {
        return new LinkTarget(null, null, label, problem, false);
    }

    boolean isBroken() {
        return href == null;
    }
}
