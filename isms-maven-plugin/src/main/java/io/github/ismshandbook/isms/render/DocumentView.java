package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.LastChange;
import io.github.ismshandbook.isms.model.RevisionEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * What the templates show of a published document. URLs are site paths (already percent-encoded); a template
 * writes {@code {{ root }}{{ url }}} to make them relative to its page.
 * <p>
 * The components are what the site works out about the document; what the document says of itself is read from its
 * front-matter by the methods below, under the names the templates use, so that a front-matter key reaches the
 * templates without a new component here.
 *
 * @param path         the source path ({@code policies/access-control.md})
 * @param frontMatter  the document's front-matter (not its body: a view is the same when only the body changed)
 * @param title        the title (the id when the title is missing)
 * @param url          the site path of its page
 * @param review       where the document stands against its review date
 * @param controls     the controls it names, in the order written
 * @param clauses      the clauses it names
 * @param related      the documents of {@code related}
 * @param supersedes   the documents of {@code supersedes}
 * @param supersededBy the published documents that supersede it
 * @param referencedBy the published documents that link to it or name it in {@code related}/{@code supersedes}
 * @param lastChange   the last change of its file in Git, or {@code null} when not known
 */
record DocumentView(String path, FrontMatter frontMatter, String title, String url, Review review,
                    List<ControlRef> controls, List<ClauseRef> clauses, List<DocRef> related, List<DocRef> supersedes,
                    List<DocRef> supersededBy, List<DocRef> referencedBy, LastChange lastChange) {

    /** The document id. */
    public String id() {
        return frontMatter.id();
    }

    /** The type key ({@code policy}). */
    public String type() {
        return frontMatter.type().key();
    }

    /** The type in words ({@code Policy}). */
    public String typeLabel() {
        return SiteModel.typeLabel(frontMatter.type());
    }

    /** The status key ({@code in-review}). */
    public String status() {
        return frontMatter.status().key();
    }

    /** The status in words ({@code In review}). */
    public String statusLabel() {
        return SiteModel.capitalize(status().replace('-', ' '));
    }

    public String version() {
        return frontMatter.version();
    }

    public String owner() {
        return frontMatter.owner();
    }

    public String classification() {
        return frontMatter.classification();
    }

    public String approvedBy() {
        return frontMatter.approvedBy();
    }

    public LocalDate approvedOn() {
        return frontMatter.approvedOn();
    }

    public LocalDate effective() {
        return frontMatter.effective();
    }

    public LocalDate lastReviewed() {
        return frontMatter.lastReviewed();
    }

    public String summary() {
        return frontMatter.summary();
    }

    public List<String> tags() {
        return frontMatter.tags();
    }

    public List<RevisionEntry> history() {
        return frontMatter.history();
    }

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
