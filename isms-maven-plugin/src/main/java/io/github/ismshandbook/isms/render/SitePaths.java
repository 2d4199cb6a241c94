package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Clause;
import io.github.ismshandbook.isms.model.Control;

import java.nio.charset.StandardCharsets;

/**
 * Site-relative paths and the relative URLs between pages. Every link of the site is relative (docs/reference.md,
 * "Site"), so a page at {@code policies/x.html} reaches the site root through {@code ../}.
 */
final class SitePaths {

    static final String CONTROLS_INDEX = "controls/index.html";
    static final String CLAUSES_INDEX = "clauses/index.html";

    private SitePaths() {
    }

    /** The prefix that leads from {@code pagePath} back to the site root: {@code ""}, {@code "../"}, {@code "../../"}. */
    static String root(String pagePath) {
        int depth = (int) pagePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** A relative URL from one page to a site path (with an optional fragment). */
    static String href(String fromPage, String toPath, String fragment) {
        String frag = fragment == null || fragment.isEmpty() ? "" : "#" + encodeFragment(fragment);
        if (toPath.equals(fromPage)) {
            return frag.isEmpty() ? fileName(toPath) : frag;
        }
        return root(fromPage) + encodePath(toPath) + frag;
    }

    /** The page of a control: {@code controls/A.5.15.html}. */
    static String controlPage(Control control) {
        return "controls/" + safeName(control.label()) + ".html";
    }

    /** The anchor of a clause on the clauses page: {@code clause-6.1.2}. */
    static String clauseAnchor(Clause clause) {
        return "clause-" + safeName(clause.id());
    }

    /**
     * A file-name part made of {@code [A-Za-z0-9._-]} only: a control id of a project catalog may contain
     * anything, and must neither leave its folder nor clash with another.
     */
    static String safeName(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || (c == '.' && i > 0));
            if (plain) {
                sb.append(c);
            } else {
                sb.append('_').append(Integer.toHexString(c));
            }
        }
        return sb.isEmpty() ? "_" : sb.toString();
    }

    /** Percent-encodes each segment of a '/'-separated path (RFC 3986 unreserved characters stay). */
    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c) || c == '/') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static String encodeFragment(String fragment) {
        return encodePath(fragment).replace("/", "%2F");
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static String fileName(String path) {
        return encodePath(path.substring(path.lastIndexOf('/') + 1));
    }
}
