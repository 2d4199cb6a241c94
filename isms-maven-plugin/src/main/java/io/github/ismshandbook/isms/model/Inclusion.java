package io.github.ismshandbook.isms.model;

/**
 * A control included in the Statement of Applicability ({@code inclusions} of a {@code type: soa} document), with
 * why it applies and how far it is implemented (ISO/IEC 27001 clause 6.1.3 d).
 *
 * @param control       the reference as written ({@code A.5.15} or {@code 5.15})
 * @param justification why the control is included, or {@code null} when none was given
 * @param status        how far it is implemented, or {@code null} when not given (or not valid: reported)
 * @param position      where the entry's key is written
 */
public record Inclusion(String control, String justification, ImplementationStatus status, Position position) {
}
