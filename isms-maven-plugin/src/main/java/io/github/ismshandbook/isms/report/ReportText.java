package io.github.ismshandbook.isms.report;

import io.github.ismshandbook.isms.model.Finding;

/** Text shared by the report formats, and the clean-up that user text needs before it reaches a console or XML. */
final class ReportText {

    private ReportText() {
    }

    /** {@code message (hint)}, as the console shows it. */
    static String messageWithHint(Finding finding) {
        return finding.hint() == null || finding.hint().isBlank()
                ? finding.message() : finding.message() + " (" + finding.hint() + ")";
    }

    /**
     * Makes text safe to print on one console line: line breaks, tabs and other control characters, and the
     * invisible bidirectional overrides (which can make a line read differently from what it says), are shown
     * as escapes instead of acting on the terminal.
     */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || isBidiControl(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Replaces what XML 1.0 cannot carry at all (most control characters, lone surrogates, U+FFFE/U+FFFF) with
     * U+FFFD; a stream writer escapes markup but passes these through and would produce a file no parser reads.
     */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }

    /** An XML attribute value: attribute parsers turn line breaks into spaces anyway, so do it visibly here. */
    static String xmlAttribute(String text) {
        return xml(text).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
