package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.files.AtomicFiles.Content;
import io.github.ismshandbook.isms.model.ChangeSet;
import io.github.ismshandbook.isms.model.Handbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * What a site shows and holds that only the layers above rendering know: the comparison with the published version
 * that {@code changes.html} shows, and the files that publishing reads back from a site. The pipeline gives the
 * renderer one ({@code HandbookPipeline#renderer}); {@link #NONE} has neither.
 */
public interface SiteRecords {

    /** No comparison ({@code changes.html} says the build was not compared) and no files. */
    SiteRecords NONE = new SiteRecords() {
        @Override
        public ChangeSet changes(Handbook handbook) {
            return null;
        }

        @Override
        public Map<String, Content<OutputStream>> files(Handbook handbook) {
            return Map.of();
        }
    };

    /**
     * What {@code changes.html} shows for {@code handbook}, or {@code null} when the build is not compared. An update
     * of the preview asks only once the edited pages are written, as it may read the published version.
     */
    ChangeSet changes(Handbook handbook) throws IOException;

    /** Files at fixed site paths with what they hold for {@code handbook}, written after the pages, in this order. */
    Map<String, Content<OutputStream>> files(Handbook handbook);
}
