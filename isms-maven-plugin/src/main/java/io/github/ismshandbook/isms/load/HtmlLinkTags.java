package io.github.ismshandbook.isms.load;

import org.owasp.html.Encoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code <a>} and {@code <img>} tags of a piece of raw HTML written in a document, with where each tag and
 * each attribute value is: the {@code href} and {@code src} they carry are the only URLs the content policy
 * keeps, so they are checked and rewritten like Markdown links. The tags are read as an HTML parser reads them
 * (quoted and unquoted values, entities, comments and the raw text of {@code script} and {@code style} skipped),
 * so that the URL checked is the one the sanitizer sees. A tag left open at the end of the piece is no tag.
 */
public final class HtmlLinkTags {

    /** Elements whose content is raw text, where a '<' starts no tag. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes", "noscript", "plaintext");

    /**
     * One attribute.
     *
     * @param name       lower case
     * @param value      with entities decoded; {@code ""} for an attribute without a value
     * @param nameStart  offset of its name in the piece
     * @param valueStart offset of its value as written (inside the quotes), or -1 when it has none
     * @param valueEnd   offset just after its value as written, or -1
     */
    public record Attribute(String name, String value, int nameStart, int valueStart, int valueEnd) {
    }

    /**
     * One {@code <a>}, {@code </a>}, {@code <img>} or {@code </img>} tag.
     *
     * @param name       {@code a} or {@code img}
     * @param closing    whether it is an end tag
     * @param start      offset of its '<'
     * @param end        offset just after its '>'
     * @param attributes in the order written; a repeated attribute counts once, the first time, as in browsers
     */
    public record Tag(String name, boolean closing, int start, int end, List<Attribute> attributes) {

        public Tag {
            attributes = List.copyOf(attributes);
        }

        /** The attribute called {@code name}, or {@code null}. */
        public Attribute attribute(String name) {
            return attributes.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
        }

        /** Whether this is an {@code <a>} start tag. */
        public boolean isLinkStart() {
            return !closing && name.equals("a");
        }

        /** Whether this is an {@code </a>} end tag. */
        public boolean isLinkEnd() {
            return closing && name.equals("a");
        }

        /** Whether this is an {@code <img>} tag. */
        public boolean isImage() {
            return !closing && name.equals("img");
        }
    }

    private final String html;
    private int at;
    private final List<Tag> tags = new ArrayList<>();

    private HtmlLinkTags(String html) {
        this.html = html;
    }

    /** The {@code a} and {@code img} tags of {@code html}, in order. */
    public static List<Tag> of(String html) {
        HtmlLinkTags reader = new HtmlLinkTags(html);
        reader.read();
        return List.copyOf(reader.tags);
    }

    private void read() {
        while (at < html.length()) {
            int lt = html.indexOf('<', at);
            if (lt < 0 || lt + 1 >= html.length()) {
                return;
            }
            char next = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                at = skipPast("-->", lt + 4);
            } else if (next == '!' || next == '?') {
                at = skipPast(">", lt + 2);
            } else if (next == '/' && lt + 2 < html.length() && isLetter(html.charAt(lt + 2))) {
                at = tag(lt, lt + 2, true);
            } else if (isLetter(next)) {
                at = tag(lt, lt + 1, false);
            } else {
                at = lt + 1;
            }
        }
    }

    /** Reads the tag whose name starts at {@code nameStart}; returns where reading goes on. */
    private int tag(int start, int nameStart, boolean closing) {
        int i = nameStart;
        while (i < html.length() && !isSpace(html.charAt(i)) && html.charAt(i) != '/' && html.charAt(i) != '>') {
            i++;
        }
        String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
        List<Attribute> attributes = new ArrayList<>();
        while (true) {
            while (i < html.length() && (isSpace(html.charAt(i)) || html.charAt(i) == '/')) {
                i++;
            }
            if (i >= html.length()) {
                return html.length(); // not closed: not a tag
            }
            if (html.charAt(i) == '>') {
                break;
            }
            i = attribute(i, attributes);
            if (i < 0) {
                return html.length();
            }
        }
        int end = i + 1;
        if (name.equals("a") || name.equals("img")) {
            tags.add(new Tag(name, closing, start, end, attributes));
        }
        if (!closing && RAW_TEXT.contains(name)) {
            int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, end);
            return close < 0 ? html.length() : close;
        }
        return end;
    }

    /** Reads one attribute at {@code i} into {@code attributes}; returns the offset after it, or -1 at the end. */
    private int attribute(int i, List<Attribute> attributes) {
        int nameStart = i;
        i++; // a name may start with '=', as in HTML
        while (i < html.length() && !isSpace(html.charAt(i)) && "/>=".indexOf(html.charAt(i)) < 0) {
            i++;
        }
        String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
        int afterName = skipSpace(i);
        int valueStart = -1;
        int valueEnd = -1;
        if (afterName < html.length() && html.charAt(afterName) == '=') {
            int v = skipSpace(afterName + 1);
            if (v >= html.length()) {
                return -1;
            }
            char quote = html.charAt(v);
            if (quote == '"' || quote == '\'') {
                valueStart = v + 1;
                valueEnd = html.indexOf(quote, valueStart);
                if (valueEnd < 0) {
                    return -1;
                }
                i = valueEnd + 1;
            } else {
                valueStart = v;
                valueEnd = v;
                while (valueEnd < html.length() && !isSpace(html.charAt(valueEnd)) && html.charAt(valueEnd) != '>') {
                    valueEnd++;
                }
                i = valueEnd;
            }
        }
        String value = valueStart < 0 ? "" : Encoding.decodeHtml(html.substring(valueStart, valueEnd), true);
        if (attributes.stream().noneMatch(a -> a.name().equals(name))) {
            attributes.add(new Attribute(name, value, nameStart, valueStart, valueEnd));
        }
        return i;
    }

    private int skipPast(String end, int from) {
        int found = html.indexOf(end, from);
        return found < 0 ? html.length() : found + end.length();
    }

    private int skipSpace(int i) {
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
