package io.github.ismshandbook.isms.model;

/**
 * A heading of a document body.
 *
 * @param level  1 to 6
 * @param text   the heading's plain text
 * @param anchor the Git forge style anchor: lower case, punctuation dropped, spaces to '-', '-1', '-2' for repeats
 * @param line   1-based line in the source file
 */
public record Heading(int level, String text, String anchor, int line) {
}
