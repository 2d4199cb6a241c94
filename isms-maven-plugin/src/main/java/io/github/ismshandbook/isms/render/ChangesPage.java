package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.ChangeSet;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentEntry;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code changes.html}: what changed against the previous published version (documents added, removed and
 * changed, with word diffs), from the {@link ChangeSet} the publish package computes. Without one, the page says
 * that this build was not compared with a published version.
 */
final class ChangesPage {

    /** A document of the change set with its page in this site, or {@code null} when it is not here. */
    record Linked<T>(T entry, String url) {
    }

    private final SiteModel model;
    private final PageWriter pages;

    ChangesPage(SiteModel model, PageWriter pages) {
        this.model = model;
        this.pages = pages;
    }

    void write(ChangeSet changes) throws IOException {
        Page page = new Page("changes.html", "Changes", "changes", null, model.defaultClassification(), List.of(Page.HOME));
        Map<String, Object> context = pages.context(page);
        context.put("changes", changes);
        if (changes != null) {
            context.put("added", changes.added().stream().map(e -> new Linked<>(e, urlOf(e.path()))).toList());
            context.put("changed", changes.changed().stream().map(c -> new Linked<>(c, urlOf(c.path()))).toList());
            context.put("removed", changes.removed().stream().map(e -> new Linked<DocumentEntry>(e, null)).toList());
        }
        pages.write(page, "changes.peb", context);
    }

    /** The page of a source path in this site, through the same page map as every other link. */
    private String urlOf(String path) {
        return model.handbook.byPath(path).filter(d -> d.isPublished(model.config.includeDrafts()))
                .map(this::url).orElse(null);
    }

    private String url(Document d) {
        return SitePaths.encodePath(model.pages.documentPage(d));
    }
}
