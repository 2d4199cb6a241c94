package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.LastChange;
import io.github.ismshandbook.isms.model.RevisionEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * What the templates show of a published document. URLs are site paths (already percent-encoded); a template
 * writes {@code {{ root }}{{ url }}} to make them relative to its page.
 *
 * @param id             the document id
 * @param title          the title (the id when the title is missing)
 * @param url            the site path of its page
 * @param path           the source path ({@code policies/access-control.md})
 * @param type           the type key ({@code policy})
 * @param typeLabel      the type in words ({@code Policy})
 * @param status         the status key ({@code in-review})
 * @param statusLabel    the status in words ({@code In review})
 * @param review         where the document stands against its review date
 * @param controls       the controls it names, in the order written
 * @param clauses        the clauses it names
 * @param related        the documents of {@code related}
 * @param supersedes     the documents of {@code supersedes}
 * @param supersededBy   the published documents that supersede it
 * @param referencedBy   the published documents that link to it or name it in {@code related}/{@code supersedes}
 * @param lastChange     the last change of its file in Git, or {@code null} when not known
 */
record DocumentView(String id, String title, String url, String path, String type, String typeLabel,
                    String status, String statusLabel, String version, String owner, String classification,
                    String approvedBy, LocalDate approvedOn, LocalDate effective, LocalDate lastReviewed,
                    Review review, String summary, List<String> tags, List<ControlRef> controls,
                    List<ClauseRef> clauses, List<DocRef> related, List<DocRef> supersedes,
                    List<DocRef> supersededBy, List<DocRef> referencedBy, List<RevisionEntry> history,
                    LastChange lastChange) {

    /**
     * The review state of a document.
     *
     * @param state {@code overdue}, {@code due-soon}, {@code current}, {@code not-enforced} or {@code unknown}
     * @param label the state in words
     * @param due   the due date, or {@code null}
     */
    record Review(String state, String label, LocalDate due) {
    }

    /** A control reference; {@code url} is {@code null} when the catalog does not have it. */
    record ControlRef(String label, String title, String url) {
    }

    /** A clause reference; {@code url} is {@code null} when the catalog does not have it. */
    record ClauseRef(String id, String title, String url) {
    }

    /**
     * A reference to another document; {@code url} is {@code null} when it is not published or does not exist,
     * and {@code note} says which.
     */
    record DocRef(String id, String title, String url, String note) {
    }
}
