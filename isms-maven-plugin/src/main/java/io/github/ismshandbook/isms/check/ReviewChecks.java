package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.ReviewSchedule;
import io.github.ismshandbook.isms.model.ReviewState;
import io.github.ismshandbook.isms.model.Rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code review-overdue} and {@code review-due-soon} (ISO/IEC 27001 clause 7.5.2): a due date before
 * {@code today} is overdue; one from today up to {@code reviewWarningDays} ahead, both ends included, is due
 * soon. Drafts and retired documents are left alone, as {@link ReviewSchedule} says. The finding points at
 * {@code review_date} when that gave the due date, else at {@code last_reviewed}.
 */
public final class ReviewChecks implements Check {

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        ReviewSchedule schedule = ReviewSchedule.of(config);
        List<Finding> findings = new ArrayList<>();
        for (Document d : handbook.documents()) {
            ReviewState state = schedule.state(d);
            if (state != ReviewState.OVERDUE && state != ReviewState.DUE_SOON) {
                continue;
            }
            FrontMatter fm = d.frontMatter();
            LocalDate due = schedule.dueDate(fm).orElseThrow();
            Position at = fm.positionOf(fm.reviewDate() != null ? "review_date" : "last_reviewed");
            long days = ChronoUnit.DAYS.between(config.today(), due);
            if (state == ReviewState.OVERDUE) {
                findings.add(Findings.at(Rule.REVIEW_OVERDUE, d, at,
                        "Review was due on " + due + ", " + days(-days) + " ago",
                        "Review the document, then update last_reviewed or review_date."));
            } else {
                findings.add(Findings.at(Rule.REVIEW_DUE_SOON, d, at,
                        "Review is due on " + due + (days == 0 ? ", today" : ", in " + days(days)),
                        "Plan the review before the due date."));
            }
        }
        return findings;
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
