package io.github.ismshandbook.isms.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The last change of a document's file in the Git repository the handbook lives in (README "Git evidence").
 *
 * @param commit the full id of the commit that made it, or {@code null} for an edit that is not committed yet
 * @param date   the commit's date in the committer's time zone; for an uncommitted edit the build's {@code today}
 * @param author the commit's author name; {@value #WORKING_TREE} for an uncommitted edit
 */
public record LastChange(String commit, LocalDate date, String author) {

    /** The author of an edit in the working tree or the index that is not committed yet. */
    public static final String WORKING_TREE = "working tree";

    private static final int SHORT_COMMIT = 7;

    public LastChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
    }

    /** An edit made now: not committed, dated {@code today} so that the same repository state gives the same site. */
    public static LastChange uncommitted(LocalDate today) {
        return new LastChange(null, today, WORKING_TREE);
    }

    public boolean isCommitted() {
        return commit != null;
    }

    /** The commit id as Git abbreviates it by default (7 hex digits), or {@code null} when not committed. */
    public String shortCommit() {
        return commit == null ? null : commit.substring(0, Math.min(SHORT_COMMIT, commit.length()));
    }
}
