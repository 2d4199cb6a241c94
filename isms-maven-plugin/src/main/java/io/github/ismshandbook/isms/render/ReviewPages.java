package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code reviews.html} (overdue, due soon, later) and {@code owners.html} (each owner and their documents). */
final class ReviewPages {

    /** A section of the reviews page. */
    record ReviewGroup(String anchor, String title, String description, List<DocumentView> documents) {
    }

    /** One owner and the published documents they own, by title. */
    record OwnerGroup(String name, String anchor, List<DocumentView> documents) {
    }

    private static final Comparator<DocumentView> BY_DUE_DATE = Comparator
            .comparing((DocumentView v) -> v.review().due(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(SiteModel.BY_TITLE);

    private final SiteModel model;
    private final PageWriter pages;

    ReviewPages(SiteModel model, PageWriter pages) {
        this.model = model;
        this.pages = pages;
    }

    void write() throws IOException {
        writeReviews();
        writeOwners();
    }

    private void writeReviews() throws IOException {
        List<DocumentView> all = model.views().stream().sorted(BY_DUE_DATE).toList();
        List<ReviewGroup> groups = List.of(
                new ReviewGroup("overdue", "Overdue", "The review date has passed.", inState(all, "overdue")),
                new ReviewGroup("dueSoon", "Due soon",
                        "Due within " + model.config.reviewWarningDays() + " days.", inState(all, "due-soon")),
                new ReviewGroup("later", "Later", "Reviewed and not due yet.", inState(all, "current")),
                new ReviewGroup("unscheduled", "Not scheduled",
                        "Drafts and retired documents, whose reviews are not enforced, and documents without a review date.",
                        all.stream().filter(v -> v.review().state().equals("not-enforced")
                                || v.review().state().equals("unknown")).toList()));
        Page page = new Page("reviews.html", "Reviews", "reviews", null, model.defaultClassification(), List.of(Page.HOME));
        Map<String, Object> context = pages.context(page);
        context.put("reviewGroups", groups);
        pages.write(page, "reviews.peb", context);
    }

    private static List<DocumentView> inState(List<DocumentView> views, String state) {
        return views.stream().filter(v -> v.review().state().equals(state)).toList();
    }

    private void writeOwners() throws IOException {
        Map<String, List<DocumentView>> byOwner = new TreeMap<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        for (Document d : model.published) {
            DocumentView view = model.view(d);
            byOwner.computeIfAbsent(IndexFilters.ownerOf(view), o -> new ArrayList<>()).add(view);
        }
        List<OwnerGroup> owners = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        byOwner.forEach((name, docs) -> {
            String base = "owner-" + SitePaths.safeName(name.toLowerCase(Locale.ROOT).replace(' ', '-'));
            String anchor = base;
            for (int i = 2; !anchors.add(anchor); i++) {
                anchor = base + "-" + i;
            }
            owners.add(new OwnerGroup(name, anchor, docs.stream().sorted(SiteModel.BY_TITLE).toList()));
        });
        Page page = new Page("owners.html", "Owners", "owners", null, model.defaultClassification(), List.of(Page.HOME));
        Map<String, Object> context = pages.context(page);
        context.put("owners", owners);
        pages.write(page, "owners.peb", context);
    }
}
