package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.ImplementationStatus;
import io.github.ismshandbook.isms.model.Inclusion;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Statement of Applicability as auditors take it away (ISO/IEC 27001 clause 6.1.3 d): one row per control of
 * the catalog with its theme, whether it applies, why, how far it is implemented and the documents that implement
 * it. {@code soa.html}, {@code soa.csv} and {@code soa.xlsx} show the same rows with the same texts.
 */
final class SoaTable {

    /** The columns of {@code soa.csv} and {@code soa.xlsx}. */
    static final List<String> HEADER = List.of("Control", "Title", "Theme", "Applicable", "Justification", "Status",
            "Implementing documents");

    /** Where the justification comes from, a CSS hook of {@code soa.html}. */
    enum Source {
        /** the reason of an exclusion */
        EXCLUSION,
        /** an exclusion without a reason */
        MISSING,
        /** the text of an inclusion */
        INCLUSION,
        /** the documents that implement an applicable control */
        DOCUMENTS,
        /** an applicable control that no document implements */
        UNCOVERED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One control.
     *
     * @param control       the control as the catalog pages show it
     * @param justification why it applies or not, as shown
     * @param source        where {@code justification} comes from
     * @param statusKey     the implementation status as written ({@code not-implemented}), or {@code null}
     * @param status        the implementation status in words, "Not stated" for an applicable control without one,
     *                      empty for an excluded control
     */
    record Row(CatalogPages.ControlRow control, String justification, Source source, String statusKey, String status) {

        public String applicable() {
            return control.applicable() ? "Yes" : "No";
        }

        /** {@code Access Control Policy (POL-002), version 2.1; …}. */
        public String documents() {
            return control.implementing().stream().map(SoaTable::document).collect(Collectors.joining("; "));
        }

        /** The cells under {@link #HEADER}. */
        List<String> cells() {
            return List.of(control.label(), control.title(), theme(control), applicable(), justification, status,
                    documents());
        }
    }

    private SoaTable() {
    }

    static List<Row> rows(SiteModel model, List<CatalogPages.ControlRow> controls) {
        List<Row> rows = new ArrayList<>();
        for (CatalogPages.ControlRow c : controls) {
            if (!c.applicable()) {
                boolean given = c.justification() != null;
                rows.add(new Row(c, given ? oneLine(c.justification()) : "No justification given",
                        given ? Source.EXCLUSION : Source.MISSING, null, ""));
                continue;
            }
            Inclusion inclusion = model.coverage.inclusion(c.id()).orElse(null);
            ImplementationStatus status = inclusion == null ? null : inclusion.status();
            String statusKey = status == null ? null : status.key();
            String statusLabel = status == null ? "Not stated" : status.label();
            if (inclusion != null && inclusion.justification() != null && !inclusion.justification().isBlank()) {
                rows.add(new Row(c, oneLine(inclusion.justification()), Source.INCLUSION, statusKey, statusLabel));
            } else if (!c.implementing().isEmpty()) {
                rows.add(new Row(c, "Implemented by " + c.implementing().stream().map(DocumentView::title)
                        .collect(Collectors.joining(", ")), Source.DOCUMENTS, statusKey, statusLabel));
            } else {
                rows.add(new Row(c, "Not covered by any approved document", Source.UNCOVERED, statusKey, statusLabel));
            }
        }
        return rows;
    }

    /** The text on one line, as the page shows it: a cell of the CSV or the workbook reads the same. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** A document as the table names it: title, id and version. */
    static String document(DocumentView d) {
        return d.title() + " (" + d.id() + ")" + (d.version() == null ? "" : ", version " + d.version());
    }

    static String theme(CatalogPages.ControlRow c) {
        return c.theme() == null ? CatalogPages.NO_THEME : c.theme();
    }
}
