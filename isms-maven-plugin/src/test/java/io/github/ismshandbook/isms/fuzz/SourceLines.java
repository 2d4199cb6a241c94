package io.github.ismshandbook.isms.fuzz;

import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Position;

import java.nio.charset.StandardCharsets;

/**
 * The lines of a source file as an editor shows them: UTF-8 (a bad byte is one U+FFFD), a leading byte order
 * mark dropped, LF, CRLF and CR ending a line, columns counted in code points. Positions reported by the loader
 * must fall on one of these lines, or just past the end of the file.
 */
final class SourceLines {

    private final String[] lines;

    SourceLines(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    int count() {
        return lines.length;
    }

    /**
     * Whether a 1-based position lies in the file: on one of its lines, at most one column past the line's end,
     * or at the start of the line after the last one.
     */
    boolean contains(int line, int column) {
        if (line < 1 || column < 1) {
            return false;
        }
        if (line > lines.length) {
            return line == lines.length + 1 && column == 1;
        }
        String text = lines[line - 1];
        return column <= text.codePointCount(0, text.length()) + 1;
    }

    /** The text of the line from the position on, or "" past the end. */
    String from(Position position) {
        if (position.line() > lines.length) {
            return "";
        }
        String text = lines[position.line() - 1];
        int start = text.offsetByCodePoints(0, Math.min(position.column() - 1, text.codePointCount(0, text.length())));
        return text.substring(start);
    }

    boolean contains(Position position) {
        return contains(position.line(), position.column());
    }

    /** Fails unless the finding is placed inside the file. */
    void requireInside(Finding finding) {
        Fuzzing.require(contains(finding.line(), finding.column()),
                () -> "finding outside the file's " + count() + " lines: " + finding);
    }
}
