package io.github.ismshandbook.isms.model;

/** A piece of raw HTML written in a document body (block or inline), with its place. */
public record RawHtml(String html, Position position) {
}
