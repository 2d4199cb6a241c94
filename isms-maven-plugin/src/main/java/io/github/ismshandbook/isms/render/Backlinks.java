package io.github.ismshandbook.isms.render;

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
 * and {@code supersedes}, and the documents that name each control or clause in their front-matter or link to it
 * in their body: one pass and a few maps, instead of a search per page.
 */
final class Backlinks {

    /** Target path → (source path → source), so each list comes out in path order without sorting. */
    private final Map<String, Map<String, Document>> referencedBy = new HashMap<>();
    private final Map<String, Map<String, Document>> supersededBy = new HashMap<>();
    private final Map<String, Map<String, Document>> byControl = new HashMap<>();
    private final Map<String, Map<String, Document>> byClause = new HashMap<>();
    /** Source path → (target path → target): the other way round, for updating the pages a change touches. */
    private final Map<String, Map<String, Document>> references = new HashMap<>();
    /**
     * Target path → (source path → source) for every target, published or not: a page that names a draft shows
     * its title and status, so it changes with the draft.
     */
    private final Map<String, Map<String, Document>> namedBy = new HashMap<>();

    Backlinks(Handbook handbook, List<Document> published) {
        Map<String, Document> publishedByPath = new HashMap<>();
        published.forEach(d -> publishedByPath.put(d.path(), d));
        for (Document source : published) {
            for (Resolution r : handbook.links().of(source)) {
                if (r instanceof Resolution.ToDocument to) {
                    add(referencedBy, to.document(), source, publishedByPath);
                } else if (r instanceof Resolution.ToControl to) {
                    index(byControl, to.control().id(), source);
                } else if (r instanceof Resolution.ToClause to) {
                    index(byClause, to.clause().id(), source);
                }
            }
            for (Located<String> ref : source.frontMatter().controls()) {
                handbook.catalog().control(ref.value()).ifPresent(c -> index(byControl, c.id(), source));
            }
            for (Located<String> ref : source.frontMatter().clauses()) {
                handbook.catalog().clause(ref.value()).ifPresent(c -> index(byClause, c.id(), source));
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

    private void add(Map<String, Map<String, Document>> map, Document target, Document source,
                     Map<String, Document> published) {
        if (target.path().equals(source.path())) {
            return;
        }
        namedBy.computeIfAbsent(target.path(), k -> new TreeMap<>()).put(source.path(), source);
        if (published.containsKey(target.path())) {
            map.computeIfAbsent(target.path(), k -> new TreeMap<>()).put(source.path(), source);
            references.computeIfAbsent(source.path(), k -> new TreeMap<>()).put(target.path(), target);
        }
    }

    private static void index(Map<String, Map<String, Document>> map, String key, Document source) {
        map.computeIfAbsent(key, k -> new TreeMap<>()).put(source.path(), source);
    }

    /** Published documents that name the control (by catalog id) in {@code controls} or link to it. */
    List<Document> referencingControl(String controlId) {
        return List.copyOf(byControl.getOrDefault(controlId, Map.of()).values());
    }

    /** Published documents that name the clause in {@code clauses} or link to it. */
    List<Document> referencingClause(String clauseId) {
        return List.copyOf(byClause.getOrDefault(clauseId, Map.of()).values());
    }

    List<Document> referencedBy(Document target) {
        return List.copyOf(referencedBy.getOrDefault(target.path(), Map.of()).values());
    }

    /** The published documents that {@code source} links to, relates to or supersedes. */
    List<Document> references(Document source) {
        return List.copyOf(references.getOrDefault(source.path(), Map.of()).values());
    }

    /** The published documents that link to, relate to or supersede {@code target}, published or not. */
    List<Document> namedBy(Document target) {
        return List.copyOf(namedBy.getOrDefault(target.path(), Map.of()).values());
    }

    List<Document> supersededBy(Document target) {
        return List.copyOf(supersededBy.getOrDefault(target.path(), Map.of()).values());
    }
}
