package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.check.LinkResolver;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.Resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * "Referenced by" and "Superseded by", computed once over every published document's links, {@code related}
 * and {@code supersedes}: one pass and two maps, instead of a search per page.
 */
final class Backlinks {

    /** Target path → (source path → source), so each list comes out in path order without sorting. */
    private final Map<String, Map<String, Document>> referencedBy = new HashMap<>();
    private final Map<String, Map<String, Document>> supersededBy = new HashMap<>();

    Backlinks(Handbook handbook, List<Document> published) {
        LinkResolver resolver = new LinkResolver(handbook);
        Map<String, Document> publishedByPath = new HashMap<>();
        published.forEach(d -> publishedByPath.put(d.path(), d));
        for (Document source : published) {
            for (Link link : source.links()) {
                Resolution r = resolver.resolve(source, link);
                if (r.kind() == Resolution.Kind.DOCUMENT) {
                    add(referencedBy, r.document(), source, publishedByPath);
                }
            }
            for (Located<String> id : source.frontMatter().related()) {
                handbook.byId(id.value()).ifPresent(t -> add(referencedBy, t, source, publishedByPath));
            }
            for (Located<String> id : source.frontMatter().supersedes()) {
                Optional<Document> target = handbook.byId(id.value());
                target.ifPresent(t -> add(referencedBy, t, source, publishedByPath));
                target.ifPresent(t -> add(supersededBy, t, source, publishedByPath));
            }
        }
    }

    private static void add(Map<String, Map<String, Document>> map, Document target, Document source,
                            Map<String, Document> published) {
        if (!target.path().equals(source.path()) && published.containsKey(target.path())) {
            map.computeIfAbsent(target.path(), k -> new TreeMap<>()).put(source.path(), source);
        }
    }

    List<Document> referencedBy(Document target) {
        return List.copyOf(referencedBy.getOrDefault(target.path(), Map.of()).values());
    }

    List<Document> supersededBy(Document target) {
        return List.copyOf(supersededBy.getOrDefault(target.path(), Map.of()).values());
    }
}
