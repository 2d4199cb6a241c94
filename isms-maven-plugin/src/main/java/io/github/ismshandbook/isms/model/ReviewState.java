package io.github.ismshandbook.isms.model;

/** Where a document stands against its review due date. */
public enum ReviewState {
    /** The due date is before today. */
    OVERDUE,
    /** Due today or within the warning window. */
    DUE_SOON,
    /** Due later. */
    CURRENT,
    /** Drafts and retired documents: review dates are not enforced. */
    NOT_ENFORCED,
    /** No date to compute a due date from. */
    UNKNOWN
}
