package io.github.ismshandbook.isms.load;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heading anchors in the Git forge convention (docs/reference.md, "Front-matter", the body), the one GitHub's Markdown
 * preview uses: lower case, punctuation dropped (letters, marks, digits, '-' and '_' stay, in any script), each space
 * turned into '-', and {@code -1}, {@code -2}… appended to repeats. One instance per document, used in
 * heading order, so that loading and rendering give every heading the same anchor and a link that works
 * in the forge preview works in the handbook.
 */
public final class HeadingAnchors {

    /** What GitHub's slugger drops: everything but letters, marks, numbers, connector punctuation, space and '-'. */
    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    /** The anchor of a heading whose text has nothing left after punctuation is dropped. */
    static final String EMPTY = "section";

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The anchor of the next heading of the document, made unique against the headings before it. */
    public String next(String headingText) {
        String base = slug(headingText);
        String anchor = base;
        while (occurrences.containsKey(anchor)) {
            int n = occurrences.merge(base, 1, Integer::sum);
            anchor = base + "-" + n;
        }
        occurrences.put(anchor, 0);
        return anchor;
    }

    /**
     * The anchor of a heading text without repeat numbering: {@code "Scope & Purpose"} → {@code scope--purpose}.
     * Where GitHub would give an empty anchor (a heading of punctuation only), this gives {@code section}.
     */
    public static String slug(String headingText) {
        String slug = DROPPED.matcher(headingText.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
        return slug.isEmpty() ? EMPTY : slug;
    }
}
