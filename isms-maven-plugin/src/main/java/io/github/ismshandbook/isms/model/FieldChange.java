package io.github.ismshandbook.isms.model;

/**
 * A metadata field of a document that differs between two versions.
 *
 * @param field  the front-matter key ({@code review_date}), or {@code path} when the file moved
 * @param label  the field's name for readers ({@code Review date})
 * @param before the value in the previous version as text, {@code null} when it was not set
 * @param after  the value now, {@code null} when it is no longer set
 */
public record FieldChange(String field, String label, String before, String after) {
}
