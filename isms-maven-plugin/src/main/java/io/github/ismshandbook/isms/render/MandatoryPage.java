package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Clause;
import io.github.ismshandbook.isms.model.MandatoryCoverage;
import io.github.ismshandbook.isms.model.MandatoryItem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mandatory.html}: the documented information the standard requires, documents and records, each with the
 * approved documents that address it, or marked missing; the items of controls that the Statement of Applicability
 * excludes marked not applicable.
 */
final class MandatoryPage {

    /**
     * One item as the page shows it.
     *
     * @param anchor    the row's id on the page
     * @param url       the site path of the clause or control that asks for it, or {@code null}
     * @param state     {@code addressed}, {@code missing} or {@code not-applicable}
     * @param documents the approved documents that address it, by title
     */
    record Row(String id, String anchor, String kind, String title, String url, String state, String stateLabel,
               List<DocumentView> documents) {
    }

    /** The items of the clauses, or of the Annex A controls. */
    record Group(String name, String anchor, List<Row> rows) {
    }

    /** The figures above the table. */
    record Counts(int items, int applicable, int addressed, int missing, int notApplicable) {
    }

    private final SiteModel model;
    private final PageWriter pages;

    MandatoryPage(SiteModel model, PageWriter pages) {
        this.model = model;
        this.pages = pages;
    }

    void write() throws IOException {
        List<Row> clauses = new ArrayList<>();
        List<Row> controls = new ArrayList<>();
        for (MandatoryCoverage.Entry e : model.mandatory.entries()) {
            (e.control() == null ? clauses : controls).add(row(model, e));
        }
        List<Group> groups = new ArrayList<>();
        if (!clauses.isEmpty()) {
            groups.add(new Group("Clauses 4–10", "mandatory-clauses", clauses));
        }
        if (!controls.isEmpty()) {
            groups.add(new Group("Annex A controls", "mandatory-controls", controls));
        }
        int items = model.mandatory.entries().size();
        int applicable = (int) model.mandatory.applicable();
        int addressed = (int) model.mandatory.addressed();
        Page page = new Page("mandatory.html", "Mandatory documented information", "mandatory", null,
                model.defaultClassification(), List.of(Page.HOME));
        Map<String, Object> context = pages.context(page);
        context.put("mandatoryGroups", groups);
        context.put("mandatoryCounts", new Counts(items, applicable, addressed, applicable - addressed,
                items - applicable));
        context.put("catalogName", model.handbook.catalog().name());
        pages.write(page, "mandatory.peb", context);
    }

    /** The row of an item, as this page and the page of the control that asks for it show it. */
    static Row row(SiteModel model, MandatoryCoverage.Entry e) {
        MandatoryItem item = e.item();
        String url;
        if (e.control() != null) {
            url = SitePaths.encodePath(SitePaths.controlPage(e.control()));
        } else {
            // "6.1.3 d" is asked for by clause 6.1.3
            Optional<Clause> clause = model.handbook.catalog().clause(item.id().split("\\s+")[0]);
            url = clause.map(c -> SitePaths.CLAUSES_INDEX + "#" + SitePaths.clauseAnchor(c)).orElse(null);
        }
        String label = switch (e.state()) {
            case ADDRESSED -> "Addressed";
            case MISSING -> "Missing";
            case NOT_APPLICABLE -> "Not applicable";
        };
        List<DocumentView> documents = e.addressing().stream().filter(d -> d.isPublished(model.config.includeDrafts()))
                .map(model::view).sorted(SiteModel.BY_TITLE).toList();
        return new Row(item.id(), "mandatory-" + SitePaths.safeName(item.id()), SiteModel.capitalize(item.kind().key()),
                item.title(), url, e.state().key(), label, documents);
    }
}
