package io.github.ismshandbook.isms;

import io.github.ismshandbook.isms.files.AtomicFiles.Content;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.ChangeSet;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.publish.ChangeSets;
import io.github.ismshandbook.isms.publish.SiteOrigin;
import io.github.ismshandbook.isms.publish.Snapshot;
import io.github.ismshandbook.isms.publish.SnapshotWriter;
import io.github.ismshandbook.isms.render.SiteRecords;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What publishing adds to a rendered site: {@code changes.html} compares with the newest version in
 * {@link BuildConfig#publishDirectory()} older than this one (a first version says so); {@code isms-snapshot.json}
 * is what the next version compares with; {@code isms-build.json} records which goal made the site and which drafts
 * it holds, as {@code isms:publish} takes only a build without drafts.
 */
final class PublishingRecords implements SiteRecords {

    private final BuildConfig config;
    private final SiteOrigin.Goal goal;

    PublishingRecords(BuildConfig config, SiteOrigin.Goal goal) {
        this.config = config;
        this.goal = goal;
    }

    @Override
    public ChangeSet changes(Handbook handbook) throws IOException {
        return ChangeSets.against(config.publishDirectory(), config.handbookVersion(), handbook,
                config.includeDrafts());
    }

    @Override
    public Map<String, Content<OutputStream>> files(Handbook handbook) {
        Map<String, Content<OutputStream>> files = new LinkedHashMap<>();
        files.put(Snapshot.FILE_NAME, out -> SnapshotWriter.write(handbook, config.includeDrafts(), out));
        files.put(SiteOrigin.FILE_NAME, out -> SiteOrigin.of(goal, handbook, config.handbookVersion(),
                config.includeDrafts()).write(out));
        return files;
    }
}
