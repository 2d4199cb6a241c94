package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Period;
import java.util.List;

import static io.github.ismshandbook.isms.check.FindingAssert.assertFindings;
import static io.github.ismshandbook.isms.check.FindingAssert.assertNone;
import static io.github.ismshandbook.isms.check.FindingAssert.at;
import static io.github.ismshandbook.isms.check.FindingAssert.single;
import static io.github.ismshandbook.isms.check.TestHandbook.TODAY;
import static io.github.ismshandbook.isms.check.TestHandbook.config;
import static io.github.ismshandbook.isms.check.TestHandbook.doc;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewChecksTest {

    private static List<Finding> check(Handbook handbook) {
        return check(handbook, config());
    }

    private static List<Finding> check(Handbook handbook, BuildConfig config) {
        return new ReviewChecks().check(handbook, config);
    }

    @Test
    void dueYesterdayIsOverdueAtTheReviewDate() {
        Finding f = single(check(TestHandbook.of(doc("p.md").id("P").reviewDate(TODAY.minusDays(1)).build())));

        assertThat(f.rule()).isEqualTo(Rule.REVIEW_OVERDUE);
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.message()).isEqualTo("Review was due on 2026-02-28, 1 day ago");
    }

    @Test
    void dueTodayIsDueSoonNotOverdue() {
        Finding f = single(check(TestHandbook.of(doc("p.md").reviewDate(TODAY).build())));

        assertThat(f.rule()).isEqualTo(Rule.REVIEW_DUE_SOON);
        assertThat(f.message()).isEqualTo("Review is due on 2026-03-01, today");
    }

    @Test
    void dueOnTheLastDayOfTheWarningWindowIsDueSoon() {
        List<Finding> findings = check(TestHandbook.of(doc("p.md").reviewDate(TODAY.plusDays(30)).build()));

        assertFindings(findings, at(Rule.REVIEW_DUE_SOON, "p.md", 2));
        assertThat(findings.get(0).message()).isEqualTo("Review is due on 2026-03-31, in 30 days");
    }

    @Test
    void dueTheDayAfterTheWarningWindowIsNothing() {
        assertNone(check(TestHandbook.of(doc("p.md").reviewDate(TODAY.plusDays(31)).build())));
    }

    @Test
    void theConfiguredWarningWindowIsUsed() {
        BuildConfig base = config();
        BuildConfig week = base.toBuilder().reviewWarningDays(7).publishDirectory(null).build();
        Handbook handbook = TestHandbook.of(
                doc("in.md").reviewDate(TODAY.plusDays(7)).build(),
                doc("out.md").reviewDate(TODAY.plusDays(8)).build());

        assertFindings(check(handbook, week), at(Rule.REVIEW_DUE_SOON, "in.md", 2));
    }

    @Test
    void withoutReviewDateTheDueDateIsLastReviewedPlusTheDefaultCycleAtLastReviewed() {
        Finding f = single(check(TestHandbook.of(doc("p.md").id("P").reviewDate(null)
                .lastReviewed(TODAY.minusYears(1).minusDays(3)).build())));

        assertThat(f.rule()).isEqualTo(Rule.REVIEW_OVERDUE);
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.message()).isEqualTo("Review was due on 2026-02-26, 3 days ago");
    }

    @Test
    void theDocumentsOwnCycleOverridesTheDefault() {
        Handbook sixMonths = TestHandbook.of(doc("p.md").reviewDate(null).lastReviewed(TODAY.minusMonths(6).plusDays(10))
                .reviewCycle(Period.ofMonths(6)).build());
        Handbook yearly = TestHandbook.of(doc("p.md").reviewDate(null).lastReviewed(TODAY.minusMonths(6).plusDays(10))
                .build());

        assertFindings(check(sixMonths), at(Rule.REVIEW_DUE_SOON, "p.md", 2));
        assertNone(check(yearly));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"DRAFT", "RETIRED"})
    void draftsAndRetiredDocumentsNeverGetReviewFindings(DocumentStatus status) {
        assertNone(check(TestHandbook.of(
                doc("overdue.md").status(status).reviewDate(TODAY.minusYears(2)).build(),
                doc("soon.md").status(status).reviewDate(TODAY).build())));
    }

    @Test
    void documentsInReviewAreStillChecked() {
        assertFindings(check(TestHandbook.of(doc("p.md").status(DocumentStatus.IN_REVIEW)
                .reviewDate(TODAY.minusDays(40)).build())), at(Rule.REVIEW_OVERDUE, "p.md", 3));
    }

    @Test
    void aDocumentWithoutAnyDateIsLeftToTheLoadersRequiredFieldFinding() {
        assertNone(check(TestHandbook.of(doc("p.md").reviewDate(null).build())));
    }
}
