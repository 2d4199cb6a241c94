package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.LastChange;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether an approved document's approval is recorded and still covers its text (ISO/IEC 27001 clause 7.5.2:
 * documented information is reviewed and approved):
 * <ul>
 *   <li>{@code approval-missing}: an approved policy, standard or procedure without {@code approved_by} or
 *       {@code approved_on}, at the approval key that is given, else at {@code status}, else on line 1. A key
 *       written with a value that could not be read has its {@code invalid-value} finding already.</li>
 *   <li>{@code approval-stale}: the Git history shows a change to the approved document's file on a later day
 *       than {@code approved_on} (a change on the approval day is covered by it), at {@code approved_on}. An edit
 *       not committed yet is a change made today. Not checked without Git facts, nor for documents whose last
 *       change is not known (beyond a shallow clone's cut), nor for drafts, documents in review and retired ones,
 *       whose text no approval is claimed for.</li>
 * </ul>
 */
public final class ApprovalChecks implements Check {

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        List<Finding> findings = new ArrayList<>();
        for (Document d : handbook.documents()) {
            FrontMatter fm = d.frontMatter();
            if (fm.status() != DocumentStatus.APPROVED) {
                continue;
            }
            if (UnmappedDocuments.MAPPED_TYPES.contains(fm.type())) {
                missing(d).ifPresent(findings::add);
            }
            Optional<LastChange> change = handbook.lastChange(d);
            if (fm.approvedOn() != null && change.isPresent() && change.get().date().isAfter(fm.approvedOn())) {
                findings.add(stale(d, change.get()));
            }
        }
        return findings;
    }

    private static Optional<Finding> missing(Document d) {
        FrontMatter fm = d.frontMatter();
        boolean by = fm.approvedBy() != null || fm.keyPositions().containsKey("approved_by");
        boolean on = fm.approvedOn() != null || fm.keyPositions().containsKey("approved_on");
        if (by && on) {
            return Optional.empty();
        }
        String what = fm.type().key();
        if (by) {
            return Optional.of(Findings.at(Rule.APPROVAL_MISSING, d, fm.positionOf("approved_by"),
                    "Approved " + what + " records who approved it but not when (approved_on)",
                    "Add 'approved_on: YYYY-MM-DD', the day of the approval."));
        }
        if (on) {
            return Optional.of(Findings.at(Rule.APPROVAL_MISSING, d, fm.positionOf("approved_on"),
                    "Approved " + what + " records when it was approved but not by whom (approved_by)",
                    "Add 'approved_by: <the role or person who approved it>'."));
        }
        Position at = fm.keyPositions().containsKey("status") ? fm.positionOf("status") : Position.START;
        return Optional.of(Findings.at(Rule.APPROVAL_MISSING, d, at,
                "Approved " + what + " records neither who approved it (approved_by) nor when (approved_on)",
                "Add 'approved_by: <the role or person who approved it>' and 'approved_on: YYYY-MM-DD', or set "
                        + "'status: draft' or 'status: in-review' while it is not approved."));
    }

    private static Finding stale(Document d, LastChange change) {
        String approved = d.frontMatter().approvedOn().toString();
        String message = change.isCommitted()
                ? "The file was changed on " + change.date() + " (commit " + change.shortCommit() + " by "
                        + change.author() + "), after its approval on " + approved
                : "The file has changes that are not committed yet, made after its approval on " + approved;
        return Findings.at(Rule.APPROVAL_STALE, d, d.frontMatter().positionOf("approved_on"), message,
                "Have the changed text approved, then set approved_on (and approved_by) to that approval; or undo "
                        + "the change. A commit that only records an approval is best made on the approval day.");
    }
}
