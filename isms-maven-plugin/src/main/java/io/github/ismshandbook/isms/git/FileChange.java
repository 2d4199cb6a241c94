package io.github.ismshandbook.isms.git;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of a commit that is new or has a new content: its path, its content's object id, and the path it was
 * moved from when the commit only moved it.
 *
 * @param path      the file's path in the commit
 * @param content   the object id of its content in the commit
 * @param movedFrom the path of the file with the same content that the commit deleted, or {@code null}
 */
record FileChange(String path, ObjectId content, String movedFrom) {

    /**
     * The files that {@code commit} adds or changes against {@code parent} (none: an empty tree), through the
     * formatter's path filter. A file added with the very content of a file deleted in the same commit was moved
     * (a rename). Contents are compared by object id only, so this needs no file contents and works in a partial
     * clone too. A rename with edits stays an addition: it is a change of the text either way. A change of the
     * file mode alone is no change.
     */
    static List<FileChange> between(DiffFormatter diffs, RevCommit parent, RevCommit commit) throws IOException {
        List<DiffEntry> entries = diffs.scan(parent == null ? null : parent.getTree(), commit.getTree());
        Map<ObjectId, String> deleted = new HashMap<>();
        for (DiffEntry e : entries) {
            if (e.getChangeType() == DiffEntry.ChangeType.DELETE) {
                deleted.putIfAbsent(e.getOldId().toObjectId(), e.getOldPath());
            }
        }
        List<FileChange> changes = new ArrayList<>(entries.size());
        for (DiffEntry e : entries) {
            ObjectId content = e.getNewId().toObjectId();
            switch (e.getChangeType()) {
                case ADD -> changes.add(new FileChange(e.getNewPath(), content, deleted.get(content)));
                case MODIFY -> {
                    if (!content.equals(e.getOldId().toObjectId())) {
                        changes.add(new FileChange(e.getNewPath(), content, null));
                    }
                }
                default -> {
                    // DELETE: its new path is /dev/null; RENAME and COPY: the formatter does not look for them
                }
            }
        }
        return changes;
    }
}
