package io.github.ismshandbook.isms.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * When each document's next review is due (ISO/IEC 27001 clause 7.5.2: documented information is
 * reviewed and approved for suitability): {@code review_date} when given, else {@code last_reviewed}
 * plus the document's {@code review_cycle}, else plus the configured default cycle.
 */
public record ReviewSchedule(LocalDate today, int warningDays, Period defaultCycle) {

    public static ReviewSchedule of(BuildConfig config) {
        return new ReviewSchedule(config.today(), config.reviewWarningDays(), config.reviewCycle());
    }

    public Optional<LocalDate> dueDate(FrontMatter fm) {
        if (fm.reviewDate() != null) {
            return Optional.of(fm.reviewDate());
        }
        if (fm.lastReviewed() != null) {
            Period cycle = fm.reviewCycle() != null ? fm.reviewCycle() : defaultCycle;
            return Optional.of(fm.lastReviewed().plus(cycle));
        }
        return Optional.empty();
    }

    public ReviewState state(Document document) {
        FrontMatter fm = document.frontMatter();
        if (fm.status() == DocumentStatus.DRAFT || fm.status() == DocumentStatus.RETIRED) {
            return ReviewState.NOT_ENFORCED;
        }
        return dueDate(fm).map(this::stateOf).orElse(ReviewState.UNKNOWN);
    }

    private ReviewState stateOf(LocalDate due) {
        if (due.isBefore(today)) {
            return ReviewState.OVERDUE;
        }
        return due.isAfter(today.plusDays(warningDays)) ? ReviewState.CURRENT : ReviewState.DUE_SOON;
    }
}
