package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Document;

/**
 * Where a body is being rendered: on its own page, or as one section of {@code print.html}, where heading ids are
 * prefixed so that the sections of many documents do not clash, and links between documents stay in the page.
 *
 * @param document the document whose body it is
 * @param page     the site path of the page the body is written to
 * @param print    whether the page is the one-page print version
 */
record BodyScope(Document document, String page, boolean print) {

    /** The id prefix of this body's headings and footnotes. */
    String idPrefix() {
        return print ? printPrefix(document) : "";
    }

    /** The prefix of the ids within a document's section of {@code print.html}. */
    static String printPrefix(Document document) {
        return sectionId(document) + "--";
    }

    /** The id of a document's section in {@code print.html}. */
    static String sectionId(Document document) {
        String path = document.path();
        String stem = path.endsWith(".md") ? path.substring(0, path.length() - 3) : path;
        return "doc-" + SitePaths.safeName(stem.replace('/', '.'));
    }
}
