package io.github.ismshandbook.isms.publish;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.ChangeSet;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentChange;
import io.github.ismshandbook.isms.model.FieldChange;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Rule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code version-unchanged} (ISO/IEC 27001 clause 7.5.3: changes to documented information are identified): a
 * document whose text or metadata differ from the previous published version of the handbook, the one
 * {@code changes.html} compares with ({@link ChangeSets#against}), while its {@code version} is the same. Reported
 * at the document's {@code version} key.
 * <p>
 * The text counts when its words differ (not a change of line breaks or spacing alone). The metadata are what the
 * document says: id, title, type, owner, classification, effective date, controls and clauses. The records kept
 * about the document are not: a review that changes nothing ({@code last_reviewed}, {@code review_date},
 * {@code review_cycle}), its approval ({@code approved_by}, {@code approved_on}, {@code status}) and its
 * {@code history} need no new version, nor does moving the file. Without a previous published version, or when
 * it cannot be read (the build reports that), nothing is checked.
 */
public final class UnchangedVersions {

    /** Fields of {@link HandbookComparison} that record the document's review and approval, not its content. */
    private static final Set<String> RECORDS = Set.of("path", "status", "approved_by", "approved_on", "review_date",
            "last_reviewed", "review_cycle");

    private UnchangedVersions() {
    }

    public static List<Finding> check(Handbook handbook, BuildConfig config) {
        ChangeSet changes;
        try {
            changes = ChangeSets.against(config.publishDirectory(), config.handbookVersion(), handbook,
                    config.includeDrafts());
        } catch (IOException e) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (DocumentChange change : changes.changed()) {
            List<String> fields = change.fields().stream().map(FieldChange::field).filter(f -> !RECORDS.contains(f))
                    .toList();
            Optional<Document> document = handbook.byPath(change.path());
            if (change.versionChanged() || (fields.isEmpty() && !change.bodyChanged()) || document.isEmpty()) {
                continue;
            }
            List<String> what = new ArrayList<>();
            if (change.bodyChanged()) {
                what.add("text");
            }
            what.addAll(fields);
            Document d = document.get();
            Position at = d.frontMatter().positionOf("version");
            findings.add(Finding.of(Rule.VERSION_UNCHANGED, d.path(), at.line(), at.column(), d.id(),
                    "Changed since handbook version " + changes.previousVersion() + " (" + String.join(", ", what)
                            + ") but still version " + change.newVersion(),
                    "Raise 'version' and add a history entry for the new version; or undo the change."));
        }
        return findings;
    }
}
