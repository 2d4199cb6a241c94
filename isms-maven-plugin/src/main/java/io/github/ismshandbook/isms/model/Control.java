package io.github.ismshandbook.isms.model;

/**
 * A control of a catalog, e.g. {@code 5.15 Access control} of ISO/IEC 27001:2022 Annex A.
 *
 * @param id      the identifier without the {@code A.} prefix ({@code 5.15})
 * @param title   the exact title
 * @param theme   the theme, e.g. {@code Organizational controls}
 * @param catalog the name of the catalog that defines it
 */
public record Control(String id, String title, String theme, String catalog) {

    /** The form used in page names and headings: {@code A.5.15}. */
    public String label() {
        return ControlRef.parse(id).label();
    }
}
