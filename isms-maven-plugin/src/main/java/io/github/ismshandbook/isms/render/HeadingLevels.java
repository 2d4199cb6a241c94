package io.github.ismshandbook.isms.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renumbers the headings of a sanitized body so that none is skipped (README, "The site"): real policy sets start
 * with {@code # Title}, {@code # Overview} or {@code ### Intro}, under a page whose title is already the {@code h1}.
 * A heading becomes one level below the nearest heading before it with a lower level as written, or {@code top}
 * when there is none; levels stop at 6. The structure the author wrote is kept ({@code ###} under {@code #} is one
 * level deeper, two {@code ###} in a row are siblings) and so are the ids.
 * <p>
 * It reads the sanitizer's output, in which every tag is written in lower case and a '<' in text or in an
 * attribute value is escaped, so that {@code <h2} and {@code </h2>} are always tags. Markdown headings and headings
 * written in raw HTML are renumbered alike.
 */
final class HeadingLevels {

    private static final Pattern TAG = Pattern.compile("<(/?)h([1-6])(?=[\\s>])");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final int DEEPEST = 6;

    /**
     * @param html   the body with its headings renumbered
     * @param levels the new level of each heading with an id, by id
     */
    record Renumbered(String html, Map<String, Integer> levels) {
    }

    private HeadingLevels() {
    }

    /** Renumbers the headings of {@code html}, the first one (and every one at its level or above) at {@code top}. */
    static Renumbered renumber(String html, int top) {
        Matcher tag = TAG.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        Map<String, Integer> levels = new HashMap<>();
        Deque<int[]> outline = new ArrayDeque<>(); // {level as written, level given} of the headings above
        Deque<Integer> open = new ArrayDeque<>();
        int from = 0;
        while (tag.find()) {
            int written = tag.group(2).charAt(0) - '0';
            int given;
            if (tag.group(1).isEmpty()) {
                while (!outline.isEmpty() && outline.peek()[0] >= written) {
                    outline.pop();
                }
                given = outline.isEmpty() ? top : Math.min(DEEPEST, outline.peek()[1] + 1);
                outline.push(new int[]{written, given});
                open.push(given);
                int end = html.indexOf('>', tag.end());
                Matcher id = ID.matcher(html).region(tag.end(), end < 0 ? html.length() : end);
                if (id.find()) {
                    levels.put(id.group(1), given);
                }
            } else if (!open.isEmpty()) {
                given = open.pop();
            } else {
                continue; // an end tag without a start: the sanitizer leaves none, but keep it as it is
            }
            out.append(html, from, tag.start()).append('<').append(tag.group(1)).append('h').append(given);
            from = tag.end();
        }
        return new Renumbered(out.append(html, from, html.length()).toString(), levels);
    }
}
