package io.github.ismshandbook.isms.render;

import org.owasp.html.Encoding;

import java.util.Locale;
import java.util.Set;

/**
 * The words of a rendered, sanitized body, as a reader sees them: what the search index holds. Inline elements
 * join their neighbours ({@code <a>A.5.15</a>.}), block elements are separated by a space. One pass over the
 * HTML: in sanitized HTML every {@code <} starts a tag (text has {@code &lt;}).
 */
final class PlainText {

    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "s", "del", "ins",
            "mark", "small", "sub", "sup", "abbr", "cite", "q", "dfn", "kbd", "samp", "var", "time", "code");

    private PlainText() {
    }

    static String of(String sanitizedHtml, int maxLength) {
        String text = collapseSpace(Encoding.decodeHtml(stripTags(sanitizedHtml)));
        if (text.length() <= maxLength) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxLength);
        return text.substring(0, cut > 0 ? cut : maxLength);
    }

    /** Inline tags go, any other tag becomes a space; a {@code <} without a {@code >} stays. */
    private static String stripTags(String html) {
        StringBuilder sb = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            int open = html.indexOf('<', i);
            int close = open < 0 ? -1 : html.indexOf('>', open + 1);
            if (close < 0) {
                sb.append(html, i, n);
                break;
            }
            sb.append(html, i, open);
            if (!isInline(html, open + 1, close)) {
                sb.append(' ');
            }
            i = close + 1;
        }
        return sb.toString();
    }

    /** Whether {@code html[from, to)}, the inside of a tag, is an inline element's start or end tag. */
    private static boolean isInline(String html, int from, int to) {
        int start = from < to && html.charAt(from) == '/' ? from + 1 : from;
        int end = start;
        while (end < to && !isSpace(html.charAt(end))) {
            end++;
        }
        return end > start && INLINE.contains(html.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** Runs of white space (space, tab, line breaks, vertical tab, form feed) become one space; trimmed. */
    private static String collapseSpace(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
                inSpace = false;
            } else if (!inSpace) {
                sb.append(' ');
                inSpace = true;
            }
        }
        return sb.toString().trim();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
