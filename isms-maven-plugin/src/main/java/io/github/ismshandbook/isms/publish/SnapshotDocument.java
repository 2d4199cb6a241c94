package io.github.ismshandbook.isms.publish;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.ismshandbook.isms.model.ControlRef;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.RevisionEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * One document as recorded in {@code isms-snapshot.json}: the metadata a later version is compared with,
 * and the Markdown body. Keys are the front-matter keys (docs/reference.md, "Front-matter"); absent values are left
 * out.
 *
 * @param path     path relative to the source directory, '/'-separated
 * @param type     the {@code type} key ({@code policy}, …)
 * @param status   the {@code status} key ({@code approved}, …)
 * @param controls control references in the {@code A.5.15} form, as listed
 * @param body     the Markdown after the front-matter
 */
@JsonPropertyOrder({"id", "path", "title", "type", "version", "status", "owner", "classification", "approved_by",
        "approved_on", "effective", "review_date", "last_reviewed", "review_cycle", "controls", "clauses", "history",
        "body"})
public record SnapshotDocument(
        String id,
        String path,
        String title,
        String type,
        String version,
        String status,
        String owner,
        String classification,
        @JsonProperty("approved_by") String approvedBy,
        @JsonProperty("approved_on") LocalDate approvedOn,
        LocalDate effective,
        @JsonProperty("review_date") LocalDate reviewDate,
        @JsonProperty("last_reviewed") LocalDate lastReviewed,
        @JsonProperty("review_cycle") String reviewCycle,
        List<String> controls,
        List<String> clauses,
        List<RevisionEntry> history,
        String body) {

    public SnapshotDocument {
        path = path == null ? "" : path;
        controls = controls == null ? List.of() : List.copyOf(controls);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        history = history == null ? List.of() : List.copyOf(history);
        body = body == null ? "" : body;
    }

    public static SnapshotDocument of(Document document) {
        FrontMatter fm = document.frontMatter();
        return new SnapshotDocument(fm.id(), document.path(), fm.title(), fm.type().key(), fm.version(),
                fm.status().key(), fm.owner(), fm.classification(), fm.approvedBy(), fm.approvedOn(), fm.effective(),
                fm.reviewDate(), fm.lastReviewed(),
                fm.reviewCycle() == null ? null : fm.reviewCycle().toString(),
                fm.controls().stream().map(Located::value).map(SnapshotDocument::controlLabel).toList(),
                fm.clauses().stream().map(Located::value).toList(),
                fm.history(), document.body());
    }

    // "5.15" and "A.5.15" name the same control: switching between them is not a change.
    private static String controlLabel(String ref) {
        return ControlRef.parse(ref).label();
    }
}
