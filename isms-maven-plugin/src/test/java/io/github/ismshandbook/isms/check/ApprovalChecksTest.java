package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.GitFacts;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.LastChange;
import io.github.ismshandbook.isms.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.github.ismshandbook.isms.check.FindingAssert.assertFindings;
import static io.github.ismshandbook.isms.check.FindingAssert.assertNone;
import static io.github.ismshandbook.isms.check.FindingAssert.at;
import static io.github.ismshandbook.isms.check.FindingAssert.single;
import static io.github.ismshandbook.isms.check.TestHandbook.TODAY;
import static io.github.ismshandbook.isms.check.TestHandbook.config;
import static io.github.ismshandbook.isms.check.TestHandbook.doc;
import static org.assertj.core.api.Assertions.assertThat;

class ApprovalChecksTest {

    private static final LocalDate APPROVED = LocalDate.of(2026, 2, 1);
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    private static List<Finding> check(Handbook handbook) {
        return new ApprovalChecks().check(handbook, config());
    }

    /** One approved document whose file last changed as given. */
    private static Handbook changed(TestHandbook.DocumentBuilder document, LastChange change) {
        return TestHandbook.with(document.build())
                .git(new GitFacts(change == null ? Map.of() : Map.of("p.md", change), false)).build();
    }

    private static LastChange committedOn(LocalDate date) {
        return new LastChange(COMMIT, date, "Bob Builder");
    }

    @Test
    void anApprovedPolicyWithoutApprovalRecordIsReportedAtItsStatus() {
        Finding f = single(check(TestHandbook.of(doc("p.md").status(DocumentStatus.APPROVED).build())));

        assertThat(f.rule()).isEqualTo(Rule.APPROVAL_MISSING);
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.message())
                .isEqualTo("Approved policy records neither who approved it (approved_by) nor when (approved_on)");
        assertThat(f.hint()).contains("approved_by:", "approved_on: YYYY-MM-DD", "status: draft");
    }

    @Test
    void approvedByDefaultWithoutStatusKeyIsReportedOnLineOne() {
        assertFindings(check(TestHandbook.of(doc("p.md").type(DocumentType.STANDARD).build())),
                at(Rule.APPROVAL_MISSING, "p.md", 1));
    }

    @Test
    void anApprovalWithoutDateIsReportedAtApprovedBy() {
        var document = doc("p.md").type(DocumentType.PROCEDURE).approved("Board", null).build();

        Finding f = single(check(TestHandbook.of(document)));

        assertThat(f.line()).isEqualTo(3);
        assertThat(f.message()).isEqualTo("Approved procedure records who approved it but not when (approved_on)");
    }

    @Test
    void anApprovedPolicyWithBothKeysIsComplete() {
        assertNone(check(TestHandbook.of(doc("p.md").approved("Board", APPROVED).build())));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = {"GUIDELINE", "PLAN", "RECORD", "REGISTER", "SOA"})
    void otherTypesNeedNoApprovalRecord(DocumentType type) {
        assertNone(check(TestHandbook.of(doc("p.md").type(type).build())));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"DRAFT", "IN_REVIEW", "RETIRED"})
    void documentsNotApprovedNeedNoApprovalRecord(DocumentStatus status) {
        assertNone(check(TestHandbook.of(doc("p.md").status(status).build())));
    }

    @Test
    void aChangeTheDayAfterTheApprovalIsStaleAtApprovedOn() {
        Finding f = single(check(changed(doc("p.md").approved("Board", APPROVED), committedOn(APPROVED.plusDays(1)))));

        assertThat(f.rule()).isEqualTo(Rule.APPROVAL_STALE);
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.message()).isEqualTo(
                "The file was changed on 2026-02-02 (commit 0123456 by Bob Builder), after its approval on 2026-02-01");
    }

    @Test
    void aChangeOnTheApprovalDayOrBeforeIsCovered() {
        assertNone(check(changed(doc("p.md").approved("Board", APPROVED), committedOn(APPROVED))));
        assertNone(check(changed(doc("p.md").approved("Board", APPROVED), committedOn(APPROVED.minusDays(5)))));
    }

    @Test
    void anUncommittedEditAfterTheApprovalIsStale() {
        Finding f = single(check(changed(doc("p.md").approved("Board", APPROVED), LastChange.uncommitted(TODAY))));

        assertThat(f.message())
                .isEqualTo("The file has changes that are not committed yet, made after its approval on 2026-02-01");
    }

    @Test
    void withoutGitFactsOrAnUnknownLastChangeNothingIsStale() {
        assertNone(check(TestHandbook.of(doc("p.md").approved("Board", APPROVED).build())));
        assertNone(check(changed(doc("p.md").approved("Board", APPROVED), null)));
    }

    @Test
    void aDocumentInReviewIsNotStale() {
        var inReview = doc("p.md").status(DocumentStatus.IN_REVIEW).approved("Board", APPROVED);

        assertNone(check(changed(inReview, committedOn(TODAY))));
    }
}
