package io.github.ismshandbook.isms.publish;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.ismshandbook.isms.model.Document;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The documents of one built site, as written to {@code isms-snapshot.json} at the site's root, so that a
 * later version can say what changed since ({@code changes.html}; docs/reference.md, "Versions").
 *
 * @param format    the file format's version, {@value #FORMAT} for this one
 * @param documents the published documents, by path
 */
@JsonPropertyOrder({"format", "documents"})
public record Snapshot(int format, List<SnapshotDocument> documents) {

    /** The file name, at the root of a built site. */
    public static final String FILE_NAME = "isms-snapshot.json";
    public static final int FORMAT = 1;

    public Snapshot {
        documents = documents == null ? List.of() : documents.stream()
                .sorted(Comparator.comparing(SnapshotDocument::path))
                .toList();
    }

    /** A snapshot of exactly these documents (pass only what the site publishes). */
    public static Snapshot of(Collection<Document> documents) {
        return new Snapshot(FORMAT, documents.stream().map(SnapshotDocument::of).toList());
    }
}
