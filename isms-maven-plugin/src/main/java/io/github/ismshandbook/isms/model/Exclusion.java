package io.github.ismshandbook.isms.model;

/**
 * A control excluded in the Statement of Applicability ({@code exclusions} of a {@code type: soa} document).
 *
 * @param control       the reference as written ({@code A.7.4} or {@code 7.4})
 * @param justification the reason, or {@code null}/blank when none was given
 * @param position      where the entry's key is written
 */
public record Exclusion(String control, String justification, Position position) {
}
