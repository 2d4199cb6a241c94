package io.github.ismshandbook.isms.model;

import java.util.List;

/**
 * A document that was added or removed between two versions.
 *
 * @param id      the document id ({@code null} when it has none)
 * @param title   its title
 * @param path    its source path, '/'-separated
 * @param page    its page relative to the site root ({@code policies/access-control.html}); for a removed
 *                document the page in the previous version
 * @param version the document's own version
 * @param history for an added document the revision history its authors wrote; empty for a removed one
 */
public record DocumentEntry(String id, String title, String path, String page, String version,
                            List<RevisionEntry> history) {

    public DocumentEntry {
        history = List.copyOf(history);
    }
}
