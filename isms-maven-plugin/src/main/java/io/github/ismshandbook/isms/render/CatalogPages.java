package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Clause;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Exclusion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The pages of the catalog: {@code controls/index.html} (by theme), one {@code controls/A.5.15.html} per control,
 * {@code clauses/index.html} and the Statement of Applicability {@code soa.html} (ISO/IEC 27001 clause 6.1.3 d) with
 * its {@code soa.csv} and {@code soa.xlsx}.
 */
final class CatalogPages {

    /** The theme of a control whose catalog names none. */
    static final String NO_THEME = "Controls";

    /**
     * One control as the catalog pages show it.
     *
     * @param path          the site path of the control's page ({@code controls/A.5.15.html})
     * @param url           the same, percent-encoded for links
     * @param justification the exclusion reason, or {@code null} for an applicable control (or a blank reason)
     * @param excludedBy    the SoA document that excludes it, or {@code null}
     * @param implementing  approved published documents that name it in {@code controls}
     * @param referencing   every published document that names or links to it
     * @param replaces      the ISO/IEC 27001:2013 controls it replaces ({@code A.9.1.1}), empty for a new control
     */
    record ControlRow(String id, String label, String title, String theme, String path, String url, boolean applicable,
                      String justification, DocumentView excludedBy, boolean covered,
                      List<DocumentView> implementing, List<DocumentView> referencing, List<String> replaces) {

        /** The documents that name or link to the control without implementing it (drafts, the SoA, mentions). */
        public List<DocumentView> alsoReferencing() {
            return referencing.stream().filter(d -> !implementing.contains(d)).toList();
        }
    }

    /** The controls of one theme ({@code Organizational controls}). */
    record ThemeGroup(String name, String anchor, List<ControlRow> controls) {
    }

    /** A clause and the documents that address it; {@code depth} 0 for clauses 4–10. */
    record ClauseRow(String id, String title, String anchor, int depth, List<DocumentView> documents) {
    }

    /** The figures above the SoA table. */
    record SoaCounts(int controls, int applicable, int excluded, int covered, int uncovered) {
    }

    /** The SoA rows of one theme. */
    record SoaGroup(String name, List<SoaTable.Row> rows) {
    }

    private final SiteModel model;
    private final PageWriter pages;
    private final LegacyControls legacy;
    private final SiteOutput out;

    CatalogPages(SiteModel model, PageWriter pages, SiteOutput out) {
        this.model = model;
        this.pages = pages;
        this.legacy = new LegacyControls(model.handbook.catalog());
        this.out = out;
    }

    void write() throws IOException {
        List<ControlRow> rows = model.handbook.catalog().controls().stream().map(this::row).toList();
        List<SoaTable.Row> soa = SoaTable.rows(model, rows);
        writeControls(rows, soa);
        writeClauses();
        writeSoa(rows, soa);
    }

    private ControlRow row(Control control) {
        Optional<Exclusion> exclusion = model.coverage.exclusion(control.id());
        String justification = exclusion.map(Exclusion::justification).filter(j -> !j.isBlank()).orElse(null);
        DocumentView excludedBy = model.coverage.excludedBy(control.id()).filter(d -> d.isPublished(model.config.includeDrafts()))
                .map(model::view).orElse(null);
        String path = SitePaths.controlPage(control);
        return new ControlRow(control.id(), control.label(), control.title(), control.theme(), path,
                SitePaths.encodePath(path), exclusion.isEmpty(), justification, excludedBy,
                model.coverage.isCovered(control.id()), model.implementing(control), model.referencing(control),
                legacy.replacedBy(control));
    }

    private List<ThemeGroup> byTheme(List<ControlRow> rows) {
        Map<String, List<ControlRow>> themes = new LinkedHashMap<>();
        rows.forEach(r -> themes.computeIfAbsent(r.theme() == null ? NO_THEME : r.theme(), t -> new ArrayList<>()).add(r));
        List<ThemeGroup> groups = new ArrayList<>();
        themes.forEach((name, list) -> groups.add(new ThemeGroup(name, "theme-" + SitePaths.safeName(
                name.toLowerCase(Locale.ROOT).replace(' ', '-')), list)));
        return groups;
    }

    private void writeControls(List<ControlRow> rows, List<SoaTable.Row> soa) throws IOException {
        Page index = new Page(SitePaths.CONTROLS_INDEX, "Annex A controls", "controls", null,
                model.defaultClassification(), List.of(Page.HOME));
        Map<String, Object> context = pages.context(index);
        context.put("themes", byTheme(rows));
        context.put("catalogName", model.handbook.catalog().name());
        pages.write(index, "controls.peb", context);

        // in parallel, as the document pages: each page stands alone, and the files are the same in any order
        try {
            IntStream.range(0, rows.size()).parallel().forEach(i -> {
                try {
                    writeControl(rows, soa, i);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeControl(List<ControlRow> rows, List<SoaTable.Row> soa, int i) throws IOException {
        ControlRow row = rows.get(i);
        Page page = new Page(row.path(), row.label() + " " + row.title(), "control", null,
                model.defaultClassification(), List.of(Page.HOME, new Page.Crumb("Annex A controls", SitePaths.CONTROLS_INDEX)));
        Map<String, Object> ctx = pages.context(page);
        ctx.put("control", row);
        ctx.put("soa", soa.get(i));
        ctx.put("mandatory", mandatory(row));
        ctx.put("previous", i > 0 ? rows.get(i - 1) : null);
        ctx.put("next", i + 1 < rows.size() ? rows.get(i + 1) : null);
        ctx.put("catalogName", model.handbook.catalog().name());
        pages.write(page, "control.peb", ctx);
    }

    /** The mandatory documented information that asks for the control, in catalog order. */
    private List<MandatoryPage.Row> mandatory(ControlRow control) {
        return model.mandatory.entries().stream()
                .filter(e -> e.control() != null && e.control().id().equals(control.id()))
                .map(e -> MandatoryPage.row(model, e))
                .toList();
    }

    private void writeClauses() throws IOException {
        List<ClauseRow> clauses = new ArrayList<>();
        for (Clause c : model.handbook.catalog().clauses()) {
            clauses.add(new ClauseRow(c.id(), c.title(), SitePaths.clauseAnchor(c), c.depth(), model.referencing(c)));
        }
        Page page = new Page(SitePaths.CLAUSES_INDEX, "Clauses 4–10", "clauses", null, model.defaultClassification(),
                List.of(Page.HOME));
        Map<String, Object> context = pages.context(page);
        context.put("clauses", clauses);
        pages.write(page, "clauses.peb", context);
    }

    private void writeSoa(List<ControlRow> rows, List<SoaTable.Row> table) throws IOException {
        int applicable = (int) rows.stream().filter(ControlRow::applicable).count();
        int covered = (int) rows.stream().filter(r -> r.applicable() && r.covered()).count();
        SoaCounts counts = new SoaCounts(rows.size(), applicable, rows.size() - applicable, covered, applicable - covered);
        List<DocumentView> soaDocuments = model.published.stream()
                .filter(d -> d.frontMatter().type() == DocumentType.SOA)
                .map(model::view).toList();
        Map<String, List<SoaTable.Row>> themes = new LinkedHashMap<>();
        table.forEach(r -> themes.computeIfAbsent(SoaTable.theme(r.control()), t -> new ArrayList<>()).add(r));
        Page page = new Page("soa.html", "Statement of Applicability", "soa", null, model.defaultClassification(),
                List.of(Page.HOME));
        Map<String, Object> context = pages.context(page);
        context.put("themes", themes.entrySet().stream().map(e -> new SoaGroup(e.getKey(), e.getValue())).toList());
        context.put("csv", SoaFiles.CSV);
        context.put("xlsx", SoaFiles.XLSX);
        context.put("counts", counts);
        context.put("soaDocuments", soaDocuments);
        context.put("catalogName", model.handbook.catalog().name());
        pages.write(page, "soa.peb", context);
        new SoaFiles(model, table).write(out);
    }
}
