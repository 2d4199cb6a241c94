package io.github.ismshandbook.isms.model;

import java.util.List;

/**
 * A document present in both versions that changed: in its metadata, its text, or its revision history.
 *
 * @param id         the document id now
 * @param title      the title now
 * @param path       the source path now
 * @param page       the page now, relative to the site root
 * @param oldVersion the document's own version in the previous handbook version
 * @param newVersion the document's own version now
 * @param fields     metadata that changed, in front-matter order ({@code version} is in the two fields above)
 * @param body       a word diff of the Markdown body; empty when the text has the same words
 * @param history    revision history entries written since the previous handbook version
 */
public record DocumentChange(String id, String title, String path, String page, String oldVersion,
                             String newVersion, List<FieldChange> fields, List<DiffSegment> body,
                             List<RevisionEntry> history) {

    public DocumentChange {
        fields = List.copyOf(fields);
        body = List.copyOf(body);
        history = List.copyOf(history);
    }

    public boolean bodyChanged() {
        return !body.isEmpty();
    }

    public boolean versionChanged() {
        return oldVersion == null ? newVersion != null : !oldVersion.equals(newVersion);
    }
}
