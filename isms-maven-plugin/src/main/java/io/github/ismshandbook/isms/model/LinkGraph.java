package io.github.ismshandbook.isms.model;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every link of every document of a handbook, resolved once by {@link LinkResolver}: the link checks, the backlinks
 * and the renderer all read this graph ({@link Handbook#links()}), so that what is checked is what is published.
 */
public final class LinkGraph {

    private final LinkResolver resolver;
    /** Per document, the resolution of each of its links, in the order of {@link Document#links()}. */
    private final Map<Document, List<Resolution>> resolutions = new IdentityHashMap<>();
    /**
     * A document has this many links at most to be searched one by one when the renderer meets a link; one with more
     * gets a map by {@link #key}, kept with the graph. Few documents have that many, so the graph stays small.
     */
    private static final int SEARCHED = 32;
    /** Per document path with more than {@link #SEARCHED} links, its resolutions by {@link #key}. */
    private final Map<String, Map<String, Resolution>> byTarget = new ConcurrentHashMap<>();

    LinkGraph(Handbook handbook) {
        this.resolver = new LinkResolver(handbook);
        for (Document d : handbook.documents()) {
            resolutions.put(d, d.links().stream().map(link -> resolver.resolve(d, link)).toList());
        }
    }

    /** Where each of {@code from}'s links leads, in the order of {@link Document#links()}. */
    public List<Resolution> of(Document from) {
        List<Resolution> known = resolutions.get(from);
        return known != null ? known : from.links().stream().map(link -> resolver.resolve(from, link)).toList();
    }

    /**
     * Where a link of {@code from}'s body leads, as the renderer meets it: what the graph holds for the same kind of
     * link to the same target, resolved only when loading did not see that link.
     */
    public Resolution resolve(Document from, Link link) {
        List<Resolution> resolved = resolutions.get(from);
        if (resolved == null) {
            return resolver.resolve(from, link);
        }
        List<Link> links = from.links();
        Resolution r = null;
        if (links.size() <= SEARCHED) {
            for (int i = 0; i < links.size() && r == null; i++) {
                if (group(links.get(i)).equals(group(link)) && target(links.get(i)).equals(target(link))) {
                    r = resolved.get(i);
                }
            }
        } else {
            r = byTarget.computeIfAbsent(from.path(), p -> {
                Map<String, Resolution> map = new HashMap<>();
                for (int i = 0; i < links.size(); i++) {
                    map.putIfAbsent(key(links.get(i)), resolved.get(i));
                }
                return map;
            }).get(key(link));
        }
        return r != null ? r : resolver.resolve(from, link);
    }

    /** What a resolution depends on besides the document: {@link #group} and {@link #target}. */
    private static String key(Link link) {
        return group(link) + ' ' + target(link);
    }

    /** Whether the link is an autolink, a wiki link or a path: each is resolved its own way. */
    private static String group(Link link) {
        return link.kind() == LinkKind.AUTOLINK || link.kind() == LinkKind.WIKI ? link.kind().name() : "PATH";
    }

    private static String target(Link link) {
        return link.target() == null ? "" : link.target().trim();
    }
}
