package io.github.ismshandbook.isms.render;

import java.util.List;

/**
 * One HTML page of the site, as the layout template sees it.
 *
 * @param path           the page's site path ({@code policies/access-control.html})
 * @param title          the page title
 * @param kind           what the page is ({@code index}, {@code document}, {@code control}…), a CSS hook
 * @param group          the document type whose navigation group is open, or {@code null}
 * @param classification the label shown on screen and in print
 * @param crumbs         the breadcrumb trail before the page itself, starting at the home page
 */
record Page(String path, String title, String kind, String group, String classification, List<Crumb> crumbs) {

    static final Crumb HOME = new Crumb("Home", "index.html");

    /** The page's own URL, percent-encoded, as the navigation compares it with its links. */
    public String url() {
        return SitePaths.encodePath(path);
    }

    /** One breadcrumb; {@code url} is a site path. */
    record Crumb(String label, String url) {
    }
}
