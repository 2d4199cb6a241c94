package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the source folder into a {@link Handbook}: every selected Markdown file becomes a
 * {@link Document}, every other file an asset, and the catalog comes from {@link CatalogLoader}.
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
        }
        Catalog catalog = CatalogLoader.load(config);
        findings.sort(Finding.ORDER);
        return new LoadResult(new Handbook(documents, tree.assets(), unreadable, catalog), findings);
    }
}
