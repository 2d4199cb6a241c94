package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.git.GitHistory;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.GitFacts;
import io.github.ismshandbook.isms.model.Handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the source folder into a {@link Handbook}: every selected Markdown file becomes a
 * {@link Document}, every other file an asset, and the catalog comes from {@link CatalogLoader}. When
 * {@link BuildConfig#git()} is set and the source folder is in a Git repository, the documents' last changes
 * come from {@link GitHistory}.
 * Problems in the files become findings; one bad file never stops the others from loading.
 */
public final class HandbookLoader {
    private final BuildConfig config;

    public HandbookLoader(BuildConfig config) {
        this.config = config;
    }

    /**
     * Loads the handbook. A source folder that does not exist gives an empty handbook.
     *
     * @throws IOException only when a file or folder cannot be read at all
     */
    public LoadResult load() throws IOException {
        SourceTree tree = SourceTree.scan(config);
        List<Finding> findings = new ArrayList<>(tree.findings());
        List<Document> documents = new ArrayList<>();
        Set<String> unreadable = new TreeSet<>();
        Map<String, String> takenIds = new HashMap<>();
        DocumentLoader loader = new DocumentLoader(config);
        // parsing is most of the work and files do not depend on each other: in parallel, kept in the tree's order
        List<DocumentLoader.Outcome> outcomes;
        try {
            outcomes = tree.documents().parallelStream().map(file -> {
                try {
                    return loader.load(file.path(), file.file());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < outcomes.size(); i++) {
            SourceTree.SourceFile file = tree.documents().get(i);
            DocumentLoader.Outcome outcome = outcomes.get(i);
            findings.addAll(outcome.findings());
            if (outcome.document() != null) {
                documents.add(outcome.document());
            } else {
                unreadable.add(file.path());
            }
            if (outcome.takenId() != null) {
                takenIds.merge(outcome.takenId(), file.path(), HandbookLoader::first);
            }
        }
        Catalog catalog = CatalogLoader.load(config);
        findings.sort(Finding.ORDER);
        GitFacts git = config.git()
                ? GitHistory.read(config.sourceDirectory(), documents.stream().map(Document::path).toList(),
                        config.today()).orElse(null)
                : null;
        return new LoadResult(new Handbook(documents, tree.assets(), unreadable, takenIds, catalog, git), findings);
    }

    /**
     * Reloads only the documents at {@code changedPaths} (source paths) into {@code previous}, for the preview: the
     * other documents, the assets and the catalog are kept. Empty when that cannot give what {@link #load()} would:
     * a path that was not a loaded document, a file that is gone or no longer loads, or a change of what the source
     * folder selects.
     */
    public Optional<LoadResult> reload(LoadResult previous, Set<String> changedPaths) throws IOException {
        Handbook old = previous.handbook();
        Path source = config.sourceDirectory();
        DocumentLoader loader = new DocumentLoader(config);
        Map<String, Document> replaced = new HashMap<>();
        Map<String, String> takenIds = new HashMap<>(old.takenIds());
        takenIds.values().removeAll(changedPaths);
        List<Finding> findings = new ArrayList<>();
        for (String path : changedPaths) {
            Path file = source.resolve(path);
            if (old.byPath(path).isEmpty() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            DocumentLoader.Outcome outcome = loader.load(path, file);
            if (outcome.document() == null) {
                return Optional.empty();
            }
            replaced.put(path, outcome.document());
            findings.addAll(outcome.findings());
            if (outcome.takenId() != null) {
                takenIds.merge(outcome.takenId(), path, HandbookLoader::first);
            }
        }
        previous.findings().stream().filter(f -> f.isOnHandbook() || !changedPaths.contains(f.file())).forEach(findings::add);
        findings.sort(Finding.ORDER);
        List<Document> documents = old.documents().stream().map(d -> replaced.getOrDefault(d.path(), d)).toList();
        // a document saved in the editor differs from its last commit: it is a change of the working tree, now
        GitFacts git = old.git().map(g -> g.edited(changedPaths, config.today())).orElse(null);
        return Optional.of(new LoadResult(new Handbook(documents, old.assets(), old.unreadable(), takenIds, old.catalog(), git),
                findings));
    }

    /** Of two files that write the same id, the one whose path sorts first: the same in a load and a reload. */
    private static String first(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
