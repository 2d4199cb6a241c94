package io.github.ismshandbook.isms.publish;

import io.github.ismshandbook.isms.model.Handbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code isms-snapshot.json} into a built site. The same handbook always gives the same bytes. */
public final class SnapshotWriter {

    private SnapshotWriter() {
    }

    /** Writes the snapshot of the handbook's published documents, drafts left out, to {@code siteDir}. */
    public static Path write(Handbook handbook, Path siteDir) throws IOException {
        return write(handbook, false, siteDir);
    }

    /**
     * Writes the snapshot of the documents the site publishes to {@code siteDir}. Drafts are in it only
     * with {@code includeDrafts}: the snapshot is published with the site and must not reveal more.
     */
    public static Path write(Handbook handbook, boolean includeDrafts, Path siteDir) throws IOException {
        Path file = siteDir.resolve(Snapshot.FILE_NAME);
        Files.createDirectories(siteDir);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(handbook, includeDrafts, out);
        }
        return file;
    }

    /**
     * Streams the snapshot of the documents the site publishes to {@code out}, which stays open: the bytes
     * {@link #write(Handbook, boolean, Path)} writes.
     */
    public static void write(Handbook handbook, boolean includeDrafts, OutputStream out) throws IOException {
        PublishJson.write(Snapshot.of(handbook.published(includeDrafts)), out);
    }

    public static String toJson(Snapshot snapshot) throws IOException {
        return PublishJson.write(snapshot);
    }
}
