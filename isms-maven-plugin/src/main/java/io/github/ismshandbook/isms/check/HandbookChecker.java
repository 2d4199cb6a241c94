package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;

import java.util.ArrayList;
import java.util.List;

/** Runs every {@link Check} over a loaded handbook. Adding a rule family is adding a class to {@link #CHECKS}. */
public final class HandbookChecker {

    static final List<Check> CHECKS = List.of(
            new DuplicateIds(),
            new ReviewChecks(),
            new ControlReferences(),
            new DocumentReferences(),
            new LinkChecks(),
            new UnmappedDocuments(),
            new StatementOfApplicability(),
            new MandatoryDocumentation(),
            new ContentSafety(),
            new OutputCollisions(),
            new ApprovalChecks(),
            new RevisionHistory(),
            new ShallowHistory());

    private final BuildConfig config;

    public HandbookChecker(BuildConfig config) {
        this.config = config;
    }

    public List<Finding> check(Handbook handbook) {
        List<Finding> findings = new ArrayList<>();
        for (Check c : CHECKS) {
            findings.addAll(c.check(handbook, config));
        }
        return findings;
    }
}
