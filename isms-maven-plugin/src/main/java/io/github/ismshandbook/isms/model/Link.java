package io.github.ismshandbook.isms.model;

/**
 * A link in a document body, as written.
 *
 * @param kind     how it was written
 * @param target   the destination as written (URL-decoded for relative links), e.g. {@code ../policies/access-control.md#scope},
 *                 {@code A.5.15}, {@code https://example.com}
 * @param label    the link text, or {@code null}
 * @param position where the link starts in the source file (1-based)
 */
public record Link(LinkKind kind, String target, String label, Position position) {
}
