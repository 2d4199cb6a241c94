package io.github.ismshandbook.isms.model;

/** A front-matter value with the place it was written, so findings can point at it. */
public record Located<T>(T value, Position position) {
    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }
}
