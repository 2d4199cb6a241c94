package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.RevisionEntry;
import io.github.ismshandbook.isms.model.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code history-mismatch}: the revision history of a document must agree with it (ISO/IEC 27001 clause 7.5.3:
 * changes to documented information are controlled and identified).
 * <ul>
 *   <li>Authors write the history newest first (as the example handbook does) or oldest first; either is fine
 *       as long as one document keeps to one order. The order is that of the first two entries whose dates
 *       differ; the first entry after that whose date goes the other way is reported, at its {@code date}.</li>
 *   <li>The newest entry (the first, or the last in an oldest-first history; the latest dated one when the order
 *       is mixed) must name the document's {@code version}, compared verbatim ({@code 2.10} is not {@code 2.1}):
 *       reported at that entry's {@code version}, or at the entry when it names none.</li>
 *   <li>An entry dated after {@code today} is reported at its {@code date}.</li>
 * </ul>
 * Entries without a date take no part in the order; a document without a valid {@code version} is not compared.
 */
public final class RevisionHistory implements Check {

    private static final String ORDER_HINT = "Write the entries all newest first (or all oldest first), one per version.";

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        List<Finding> findings = new ArrayList<>();
        for (Document d : handbook.documents()) {
            if (!d.frontMatter().history().isEmpty()) {
                check(d, config.today(), findings);
            }
        }
        return findings;
    }

    private static void check(Document d, LocalDate today, List<Finding> findings) {
        FrontMatter fm = d.frontMatter();
        List<RevisionEntry> history = fm.history();
        int direction = 0; // -1: newest first, 1: oldest first, 0: not known yet
        int outOfOrder = -1;
        LocalDate previous = null;
        for (int i = 0; i < history.size(); i++) {
            LocalDate date = history.get(i).date();
            if (date == null) {
                continue;
            }
            int step = previous == null ? 0 : Integer.signum(date.compareTo(previous));
            if (direction == 0) {
                direction = step;
            } else if (step != 0 && step != direction && outOfOrder < 0) {
                outOfOrder = i;
                findings.add(Findings.at(Rule.HISTORY_MISMATCH, d, fm.positionOf(key(i, "date")),
                        "History entry " + label(history.get(i)) + " is dated " + date + ", out of order in a history "
                                + "written " + (direction < 0 ? "newest first" : "oldest first")
                                + " (the entry before it is dated " + previous + ")", ORDER_HINT));
            }
            previous = date;
        }
        for (int i = 0; i < history.size(); i++) {
            LocalDate date = history.get(i).date();
            if (date != null && date.isAfter(today)) {
                findings.add(Findings.at(Rule.HISTORY_MISMATCH, d, fm.positionOf(key(i, "date")),
                        "History entry " + label(history.get(i)) + " is dated " + date + ", after today (" + today + ")",
                        "Date the entry on the day the version was approved or published."));
            }
        }
        if (fm.version() != null) {
            int newest = outOfOrder >= 0 ? latest(history) : direction > 0 ? history.size() - 1 : 0;
            RevisionEntry entry = history.get(newest);
            if (!fm.version().equals(entry.version())) {
                Position at = fm.keyPositions().containsKey(key(newest, "version"))
                        ? fm.positionOf(key(newest, "version")) : fm.positionOf("history[" + newest + "]");
                String names = entry.version() == null ? "names no version" : "is for version " + entry.version();
                findings.add(Findings.at(Rule.HISTORY_MISMATCH, d, at,
                        "The newest history entry " + names + ", but the document's version is " + fm.version(),
                        "Add a history entry for version " + fm.version() + " (with its date, author and summary), "
                                + "or correct 'version'."));
            }
        }
    }

    /** The first entry with the latest date. */
    private static int latest(List<RevisionEntry> history) {
        int latest = 0;
        for (int i = 0; i < history.size(); i++) {
            LocalDate date = history.get(i).date();
            LocalDate best = history.get(latest).date();
            if (date != null && (best == null || date.isAfter(best))) {
                latest = i;
            }
        }
        return latest;
    }

    private static String key(int entry, String key) {
        return "history[" + entry + "]." + key;
    }

    private static String label(RevisionEntry entry) {
        return entry.version() == null ? "(no version)" : entry.version();
    }
}
