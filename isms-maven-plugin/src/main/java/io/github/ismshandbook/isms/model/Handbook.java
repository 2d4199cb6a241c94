package io.github.ismshandbook.isms.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything that was loaded: the documents (sorted by path), the asset files, the catalog, and what Git says
 * about the documents.
 * Documents whose front-matter could not be read at all are not in here (they only have findings).
 */
public final class Handbook {

    private final List<Document> documents;
    private final Set<String> assets;
    private final Set<String> unreadable;
    private final Map<String, String> takenIds;
    private final Catalog catalog;
    private final GitFacts git;
    private final Map<String, Document> byPath = new LinkedHashMap<>();
    private final Map<String, Document> byId = new LinkedHashMap<>();
    private volatile LinkGraph links;

    /**
     * @param documents the loaded documents
     * @param assets    non-Markdown files, relative to the source directory, '/'-separated
     * @param unreadable Markdown files that exist but could not be loaded (they have findings of their own)
     * @param catalog   the catalog references are checked against
     */
    public Handbook(List<Document> documents, Set<String> assets, Set<String> unreadable, Catalog catalog) {
        this(documents, assets, unreadable, Map.of(), catalog, null);
    }

    /** @param git what the Git repository says about the documents, or {@code null} when nothing */
    public Handbook(List<Document> documents, Set<String> assets, Set<String> unreadable, Catalog catalog,
                    GitFacts git) {
        this(documents, assets, unreadable, Map.of(), catalog, git);
    }

    /**
     * @param takenIds ids written in files that could not be loaded, or in documents whose id is invalid, with the
     *                 path of the file that writes each (see {@link #takenBy(String)})
     */
    public Handbook(List<Document> documents, Set<String> assets, Set<String> unreadable, Map<String, String> takenIds,
                    Catalog catalog) {
        this(documents, assets, unreadable, takenIds, catalog, null);
    }

    /**
     * @param takenIds ids written in files that could not be loaded, or in documents whose id is invalid, with the
     *                 path of the file that writes each (see {@link #takenBy(String)})
     * @param git      what the Git repository says about the documents, or {@code null} when nothing
     */
    public Handbook(List<Document> documents, Set<String> assets, Set<String> unreadable, Map<String, String> takenIds,
                    Catalog catalog, GitFacts git) {
        this.takenIds = Collections.unmodifiableMap(new TreeMap<>(takenIds));
        this.git = git;
        this.documents = documents.stream().sorted(Comparator.comparing(Document::path)).toList();
        this.assets = Collections.unmodifiableSet(new TreeSet<>(assets));
        this.unreadable = Collections.unmodifiableSet(new TreeSet<>(unreadable));
        this.catalog = catalog;
        for (Document d : this.documents) {
            byPath.put(d.path(), d);
            if (d.id() != null) {
                byId.putIfAbsent(d.id(), d); // the first by path wins; duplicate-id reports the rest
            }
        }
    }

    public List<Document> documents() {
        return documents;
    }

    public Set<String> assets() {
        return assets;
    }

    /** Markdown files that exist but could not be loaded: links to them are not broken, just not published. */
    public Set<String> unreadable() {
        return unreadable;
    }

    /**
     * The file that writes {@code id} although no document has it as its id: a Markdown file that could not be loaded,
     * or a document whose id is invalid. The id counts as taken, so a reference to it is not reported again: the file
     * has its own finding (one problem, one finding).
     */
    public Optional<String> takenBy(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(takenIds.get(id));
    }

    /** {@link #takenBy} for every id: id → path. */
    public Map<String, String> takenIds() {
        return takenIds;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The Git facts, absent outside a repository or when reading Git is turned off. */
    public Optional<GitFacts> git() {
        return Optional.ofNullable(git);
    }

    /** The last change of the document's file, when Git knows it. */
    public Optional<LastChange> lastChange(Document document) {
        return git == null ? Optional.empty() : git.lastChange(document.path());
    }

    /** The same handbook with these Git facts ({@code null}: none). */
    public Handbook withGit(GitFacts facts) {
        return new Handbook(documents, assets, unreadable, takenIds, catalog, facts);
    }

    public Optional<Document> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public Optional<Document> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every link of every document, resolved once, on first use. */
    public LinkGraph links() {
        LinkGraph graph = links;
        if (graph == null) {
            synchronized (this) {
                graph = links;
                if (graph == null) {
                    graph = new LinkGraph(this);
                    links = graph;
                }
            }
        }
        return graph;
    }

    /** The documents that make it into the site. */
    public List<Document> published(boolean includeDrafts) {
        return documents.stream().filter(d -> d.isPublished(includeDrafts)).toList();
    }
}
