package io.github.ismshandbook.isms.publish;

import io.github.ismshandbook.isms.model.ChangeSet;
import io.github.ismshandbook.isms.model.DiffSegment;
import io.github.ismshandbook.isms.model.DocumentChange;
import io.github.ismshandbook.isms.model.DocumentEntry;
import io.github.ismshandbook.isms.model.FieldChange;
import io.github.ismshandbook.isms.model.FrontMatterKey;
import io.github.ismshandbook.isms.model.FrontMatterKeys;
import io.github.ismshandbook.isms.model.RevisionEntry;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/** Compares two snapshots document by document, on the keys that {@link FrontMatterKey#isCompared()}. */
final class HandbookComparison {

    private HandbookComparison() {
    }

    static ChangeSet compare(String previousVersion, Snapshot before, Snapshot after) {
        List<SnapshotDocument> olds = new ArrayList<>(before.documents());
        Map<SnapshotDocument, SnapshotDocument> pairs = new IdentityHashMap<>();
        // Same file and id first; then a file that moved keeps its id; then a file whose id was changed.
        pair(after.documents(), olds, pairs, (n, o) -> n.path().equals(o.path()) && Objects.equals(n.id(), o.id()));
        pair(after.documents(), olds, pairs, (n, o) -> n.id() != null && n.id().equals(o.id()));
        pair(after.documents(), olds, pairs, (n, o) -> n.path().equals(o.path()));

        List<DocumentEntry> added = new ArrayList<>();
        List<DocumentChange> changed = new ArrayList<>();
        for (SnapshotDocument now : after.documents()) {
            SnapshotDocument old = pairs.get(now);
            if (old == null) {
                added.add(entry(now, now.history()));
            } else {
                DocumentChange change = change(old, now);
                if (change != null) {
                    changed.add(change);
                }
            }
        }
        List<DocumentEntry> removed = olds.stream().map(o -> entry(o, List.of())).toList();
        return new ChangeSet(previousVersion, true, added, removed, changed);
    }

    private static void pair(List<SnapshotDocument> news, List<SnapshotDocument> olds,
                             Map<SnapshotDocument, SnapshotDocument> pairs,
                             BiPredicate<SnapshotDocument, SnapshotDocument> match) {
        for (SnapshotDocument n : news) {
            if (pairs.containsKey(n)) {
                continue;
            }
            olds.stream().filter(o -> match.test(n, o)).findFirst().ifPresent(o -> {
                pairs.put(n, o);
                olds.remove(o);
            });
        }
    }

    /** The change, or {@code null} when the document is the same. */
    private static DocumentChange change(SnapshotDocument old, SnapshotDocument now) {
        List<FieldChange> fields = new ArrayList<>();
        for (FrontMatterKey key : FrontMatterKeys.ALL) {
            if (key.isCompared()) {
                field(key.name(), key.label(), old.value(key), now.value(key)).ifPresent(fields::add);
            }
            if (key == FrontMatterKeys.ID) {
                field("path", "Path", old.path(), now.path()).ifPresent(fields::add);
            }
        }
        List<DiffSegment> body = WordDiff.diff(old.body(), now.body());
        List<RevisionEntry> history = newHistory(old, now);
        boolean versionChanged = !Objects.equals(old.version(), now.version());
        if (fields.isEmpty() && body.isEmpty() && history.isEmpty() && !versionChanged) {
            return null;
        }
        return new DocumentChange(now.id(), now.title(), now.path(), page(now.path()), old.version(), now.version(),
                fields, body, history);
    }

    /**
     * Entries written since: not in the previous history, and not for a document version at or below the
     * previous one (so correcting a typo in an old entry does not list it as new).
     */
    private static List<RevisionEntry> newHistory(SnapshotDocument old, SnapshotDocument now) {
        return now.history().stream()
                .filter(e -> !old.history().contains(e))
                .filter(e -> e.version() == null || old.version() == null
                        || VersionOrder.OLDEST_FIRST.compare(e.version(), old.version()) > 0)
                .toList();
    }

    private static Optional<FieldChange> field(String key, String label, Object old, Object now) {
        String before = text(old);
        String after = text(now);
        return Objects.equals(before, after) ? Optional.empty() : Optional.of(new FieldChange(key, label, before, after));
    }

    private static DocumentEntry entry(SnapshotDocument d, List<RevisionEntry> history) {
        return new DocumentEntry(d.id(), d.title(), d.path(), page(d.path()), d.version(), history);
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? null : value.toString();
    }

    private static String page(String path) {
        return path.endsWith(".md") ? path.substring(0, path.length() - ".md".length()) + ".html" : path;
    }
}
