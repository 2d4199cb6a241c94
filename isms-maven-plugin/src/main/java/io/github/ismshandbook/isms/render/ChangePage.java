package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.publish.ChangeSet;
import io.github.ismshandbook.isms.publish.ChangeSets;
import io.github.ismshandbook.isms.publish.SnapshotWriter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code changes.html}: what changed against the previous published version (SPEC §7), and the snapshot
 * of this version ({@code isms-snapshot.json}) that the next version will be compared with.
 */
final class ChangePage {

    private final SiteModel model;
    private final PageWriter pages;

    ChangePage(SiteModel model, PageWriter pages) {
        this.model = model;
        this.pages = pages;
    }

    void write(SiteOutput out) throws IOException {
        ChangeSet changes = ChangeSets.against(model.config.publishDirectory(), model.config.handbookVersion(),
                model.handbook, model.config.includeDrafts());
        Page page = new Page("changes.html", "Changes", "changes", null, model.defaultClassification(),
                List.of(Page.HOME));
        Map<String, Object> context = pages.context(page);
        context.put("changes", changes);
        pages.write(page, "changes.peb", context);
        SnapshotWriter.write(model.handbook, model.config.includeDrafts(), out.directory());
    }
}
