package io.github.ismshandbook.isms.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the links of a document body (README, "Writing documents") against the handbook: relative Markdown and asset
 * links, wiki links to document ids, controls and clauses. Each link is resolved once, into the handbook's
 * {@link LinkGraph}, which the link checks, the backlinks and the renderer read, so that what is checked is what is
 * published.
 */
public final class LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private final Handbook handbook;

    LinkResolver(Handbook handbook) {
        this.handbook = handbook;
    }

    public Resolution resolve(Document from, Link link) {
        String target = link.target() == null ? "" : link.target().trim();
        if (link.kind() == LinkKind.AUTOLINK) {
            return new Resolution.External(target);
        }
        if (link.kind() == LinkKind.WIKI) {
            return resolveWiki(target);
        }
        return resolvePath(from, target);
    }

    private Resolution resolveWiki(String raw) {
        String target = raw;
        String anchor = null;
        int hash = raw.indexOf('#');
        if (hash >= 0) {
            target = raw.substring(0, hash).trim();
            anchor = raw.substring(hash + 1).trim();
        }
        Catalog catalog = handbook.catalog();
        ControlRef ref = ControlRef.parse(target);
        if (ref.numbered()) {
            if (!ref.prefixed()) {
                Optional<Clause> clause = catalog.clause(ref.id());
                if (clause.isPresent()) {
                    return new Resolution.ToClause(clause.get(), raw);
                }
            }
            Optional<Control> control = catalog.control(ref);
            if (control.isPresent()) {
                return new Resolution.ToControl(control.get(), raw);
            }
            if (catalog.legacyEquivalents(ref).isPresent()) {
                return new Resolution.LegacyControl(raw);
            }
            return missing(target, raw);
        }
        Optional<Control> custom = catalog.control(target); // controls of project catalogs may have any id
        if (custom.isPresent() && handbook.byId(target).isEmpty()) {
            return new Resolution.ToControl(custom.get(), raw);
        }
        String docAnchor = emptyToNull(anchor);
        Optional<String> taken = handbook.takenBy(target);
        Optional<Document> document = handbook.byId(target).or(() -> taken.flatMap(handbook::byPath));
        if (document.isPresent()) {
            Document d = document.get();
            return new Resolution.ToDocument(d, headingAnchor(d, docAnchor), raw);
        }
        // the id of a file that could not be loaded: not broken, that file has its finding; not published either
        return taken
                .<Resolution>map(path -> new Resolution.Unreadable(path, raw))
                .orElseGet(() -> missing(raw, raw));
    }

    /**
     * Wiki links may name a heading by its text, as in Obsidian ({@code [[ISP-001#Access reviews]]}): that is
     * taken to mean the heading's anchor. Anything else is kept as written.
     */
    private static String headingAnchor(Document document, String anchor) {
        if (anchor == null || document.hasAnchor(anchor)) {
            return anchor;
        }
        return document.headings().stream()
                .filter(h -> h.text().trim().equalsIgnoreCase(anchor))
                .map(Heading::anchor)
                .findFirst()
                .orElse(anchor);
    }

    private Resolution resolvePath(Document from, String raw) {
        if (raw.startsWith("//") || SCHEME.matcher(raw).matches()) {
            return new Resolution.External(raw);
        }
        String path = raw;
        String anchor = null;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            anchor = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        anchor = anchor == null ? null : emptyToNull(decode(anchor)); // #%C3%BCbersicht is the heading Übersicht
        if (path.isEmpty()) {
            return new Resolution.Anchor(from, anchor, raw);
        }
        String normalized = normalize(from.path(), decode(path));
        if (normalized == null) {
            return missing(decode(path), raw);
        }
        Optional<Document> doc = handbook.byPath(normalized);
        if (doc.isPresent()) {
            return new Resolution.ToDocument(doc.get(), anchor, raw);
        }
        if (handbook.unreadable().contains(normalized)) {
            return new Resolution.Unreadable(normalized, raw);
        }
        if (handbook.assets().contains(normalized)) {
            return new Resolution.Asset(normalized, raw);
        }
        return missing(normalized, raw);
    }

    private static Resolution missing(String path, String raw) {
        return new Resolution.Missing(path, raw);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path; // a stray '%': take it literally
        }
    }

    /**
     * Resolves {@code target} against the folder of {@code fromPath}; a leading '/' means the source
     * folder's root, as on a Git forge. Returns {@code null} when the result would leave the source folder.
     */
    public static String normalize(String fromPath, String target) {
        Deque<String> parts = new ArrayDeque<>();
        String t = target.replace('\\', '/');
        if (!t.startsWith("/")) {
            int slash = fromPath.lastIndexOf('/');
            if (slash >= 0) {
                for (String p : fromPath.substring(0, slash).split("/")) {
                    parts.addLast(p);
                }
            }
        }
        for (String p : t.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
