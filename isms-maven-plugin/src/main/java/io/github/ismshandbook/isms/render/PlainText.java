package io.github.ismshandbook.isms.render;

import org.owasp.html.Encoding;

import java.util.regex.Pattern;

/**
 * The words of a rendered, sanitized body, as a reader sees them: what the search index holds. Inline elements
 * join their neighbours ({@code <a>A.5.15</a>.}), block elements are separated by a space.
 */
final class PlainText {

    private static final Pattern INLINE_TAG = Pattern.compile(
            "</?(?:a|span|em|strong|b|i|u|s|del|ins|mark|small|sub|sup|abbr|cite|q|dfn|kbd|samp|var|time|code)(?:\\s[^>]*)?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    static String of(String sanitizedHtml, int maxLength) {
        String text = ANY_TAG.matcher(INLINE_TAG.matcher(sanitizedHtml).replaceAll("")).replaceAll(" ");
        text = SPACE.matcher(Encoding.decodeHtml(text)).replaceAll(" ").trim();
        if (text.length() <= maxLength) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxLength);
        return text.substring(0, cut > 0 ? cut : maxLength);
    }
}
