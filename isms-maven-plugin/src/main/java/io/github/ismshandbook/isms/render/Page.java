package io.github.ismshandbook.isms.render;

import java.util.List;

/**
 * One HTML page of the site, as the layout template sees it.
 *
 * @param url            the page's own site path, percent-encoded ({@code policies/access-control.html})
 * @param title          the page title
 * @param kind           what the page is ({@code index}, {@code document}, {@code control}…), a CSS hook
 * @param group          the document type whose navigation group is open, or {@code null}
 * @param classification the label shown on screen and in print
 * @param crumbs         the breadcrumb trail before the page itself, starting at the home page
 */
record Page(String url, String title, String kind, String group, String classification, List<Crumb> crumbs) {

    /** One breadcrumb; {@code url} is a site path. */
    record Crumb(String label, String url) {
    }

    static final Crumb HOME = new Crumb("Home", "index.html");
}
