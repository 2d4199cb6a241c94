package io.github.ismshandbook.isms.model;

import java.util.List;

/**
 * What changed in the handbook since the previous published version ({@code changes.html}).
 * Four cases: nothing is published yet ({@link #anyPublished()} false), the first version: versions are published,
 * none older than this one ({@link #isFirstVersion()}), a previous version that cannot be compared because it was
 * published without {@code isms-snapshot.json} ({@link #compared()} false), or a comparison.
 *
 * @param previousVersion  the handbook version compared with, {@code null} for the first version
 * @param compared         whether the documents were compared
 * @param added            documents new in this version, by path
 * @param removed          documents no longer published, by their previous path
 * @param changed          documents in both versions that changed, by path
 * @param anyPublished     whether any version is published yet
 */
public record ChangeSet(String previousVersion, boolean compared, List<DocumentEntry> added,
                        List<DocumentEntry> removed, List<DocumentChange> changed, boolean anyPublished) {

    public ChangeSet {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** A change set with versions published. */
    public ChangeSet(String previousVersion, boolean compared, List<DocumentEntry> added,
                     List<DocumentEntry> removed, List<DocumentChange> changed) {
        this(previousVersion, compared, added, removed, changed, true);
    }

    /** Nothing to compare with: versions are published, but none older than this one. */
    public static ChangeSet firstVersion() {
        return new ChangeSet(null, false, List.of(), List.of(), List.of());
    }

    /** Nothing to compare with: no version is published yet. */
    public static ChangeSet nothingPublished() {
        return new ChangeSet(null, false, List.of(), List.of(), List.of(), false);
    }

    /** There is a previous version, but its site has no snapshot to compare with. */
    public static ChangeSet withoutSnapshot(String previousVersion) {
        return new ChangeSet(previousVersion, false, List.of(), List.of(), List.of());
    }

    public boolean isFirstVersion() {
        return previousVersion == null;
    }

    /** Compared, and nothing changed. */
    public boolean isEmpty() {
        return compared && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
