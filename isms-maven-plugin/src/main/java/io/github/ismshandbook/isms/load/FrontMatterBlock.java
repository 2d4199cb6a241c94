package io.github.ismshandbook.isms.load;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source text split into its front-matter block and its body (README, "Writing documents"). The block opens with a
 * first line {@code ---} and closes at the next line that is {@code ---} or {@code ...}; trailing spaces are
 * allowed on both. Splitting is done by hand, not by the Markdown parser, so that line numbers stay exact.
 *
 * @param yaml        the lines between the two markers, each ending in LF
 * @param yamlLine    the file line of the block's first YAML line (always 2)
 * @param closingLine the file line of the closing marker
 * @param body        the text after the closing marker
 * @param bodyLine    the file line on which the body starts
 */
record FrontMatterBlock(String yaml, int yamlLine, int closingLine, String body, int bodyLine) {

    /** A top-level {@code key: value} line. */
    private static final Pattern ENTRY_LINE = Pattern.compile("([\\w][\\w .-]*?)\\s*:\\s+(.*)");
    /** {@code key:} or {@code key: value} at the start of a line, as in front-matter. */
    private static final Pattern KEY_LINE = Pattern.compile("[\\w\"'][\\w .\"'-]*:(\\s.*)?");

    /** Whether the text's first line opens a front-matter block. */
    static boolean opens(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).stripTrailing().equals("---");
    }

    /** The split, or empty when the text has no complete block (see {@link #opens(String)} for which case). */
    static Optional<FrontMatterBlock> split(String text) {
        if (!opens(text)) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String marker = lines[i].stripTrailing();
            if (marker.equals("---") || marker.equals("...")) {
                StringBuilder yaml = new StringBuilder();
                for (int k = 1; k < i; k++) {
                    yaml.append(lines[k]).append('\n');
                }
                String body = String.join("\n", Arrays.asList(lines).subList(i + 1, lines.length));
                return Optional.of(new FrontMatterBlock(yaml.toString(), 2, i + 1, body, i + 2));
            }
        }
        return Optional.empty();
    }

    /**
     * The id a block writes, read line by line without YAML, up to the closing marker (or to the end, when there is
     * none): the value of its {@code id:} line, else of a line whose key other tools use for the id ({@code acronym},
     * {@code document_id}…). The id of a file whose front-matter cannot be parsed, which still counts as taken.
     */
    static Optional<String> writtenId(String text) {
        int first;
        if (opens(text)) {
            first = 1;
        } else if (lateOpening(text).isPresent()) {
            first = lateOpening(text).getAsInt();
        } else if (closingWithoutOpening(text).isPresent()) {
            first = 0;
        } else {
            return Optional.empty();
        }
        String byOtherName = null;
        int start = 0;
        for (int i = 0; i < first && start >= 0; i++) {
            start = nextLine(text, start);
        }
        for (; start >= 0; start = nextLine(text, start)) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                break;
            }
            Matcher m = ENTRY_LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String value = scalar(m.group(2));
            if (value.isEmpty()) {
                continue;
            }
            if (m.group(1).equalsIgnoreCase("id")) {
                return Optional.of(value);
            }
            if (byOtherName == null && FrontMatterSynonyms.synonym(FrontMatterSynonyms.KEY, m.group(1))
                    .filter("id"::equals).isPresent()) {
                byOtherName = value;
            }
        }
        return Optional.ofNullable(byOtherName);
    }

    /** Where the line after the one starting at {@code start} starts, or -1 after the last line. */
    private static int nextLine(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? -1 : end + 1;
    }

    /** A plain or quoted scalar as written on its line, comment dropped. */
    private static String scalar(String written) {
        String value = written.replaceFirst("\\s+#.*$", "").strip();
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    /**
     * Where the document text probably starts, in a text whose block, opened on line 1, is not closed before it: the
     * first line of the text, when the lines before it are front-matter that parses and the text is not YAML at all
     * (prose, a list, a table…), as after a forgotten closing {@code ---}. Empty when that is not what it looks like.
     *
     * @param lastLine the last file line the text may start on: where the YAML parser gave up, or the last line
     */
    static OptionalInt textStart(String text, int lastLine) {
        String[] lines = text.split("\n", -1);
        int last = Math.min(lastLine, lines.length);
        for (int c = 3; c <= last; c++) {
            String line = lines[c - 1];
            if (!(line.isBlank() || line.startsWith("#") || isText(line))) {
                continue;
            }
            int f = c;
            while (f <= last && (lines[f - 1].isBlank() || lines[f - 1].startsWith("#"))) {
                f++;
            }
            if (f > last || !isText(lines[f - 1])) {
                continue;
            }
            try {
                String yaml = String.join("\n", Arrays.asList(lines).subList(1, c - 1)) + "\n";
                if (!(YamlReader.parse(yaml, 2) instanceof YamlNode.Mapping m) || m.entries().isEmpty()) {
                    return OptionalInt.empty();
                }
            } catch (YamlReader.SyntaxError e) {
                return OptionalInt.empty(); // the YAML fails before the text: a mistake in the YAML, not a missing end
            }
            int start = c;
            while (lines[start - 1].isBlank()) {
                start++;
            }
            return OptionalInt.of(start);
        }
        return OptionalInt.empty();
    }

    /**
     * The line of the {@code ---} that ends a front-matter written without its opening line: a file that starts with
     * {@code key: value} lines, as some compliance tools write their documents. Empty when it does not look so.
     */
    static OptionalInt closingWithoutOpening(String text) {
        String[] lines = text.split("\n", -1);
        if (!KEY_LINE.matcher(lines[0].stripTrailing()).matches()) {
            return OptionalInt.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.equals("---")) {
                return OptionalInt.of(i + 1);
            }
            if (isText(line)) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The line on which a front-matter block opens when only blank lines or HTML comments come before it (a linter's
     * {@code <!-- markdownlint-disable -->}): it is not front-matter there, only on line 1. Empty otherwise.
     */
    static OptionalInt lateOpening(String text) {
        String[] lines = text.split("\n", -1);
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (inComment) {
                inComment = !line.contains("-->");
            } else if (line.equals("---")) {
                return i == 0 ? OptionalInt.empty() : OptionalInt.of(i + 1);
            } else if (line.startsWith("<!--")) {
                inComment = !line.contains("-->");
            } else if (!line.isEmpty()) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /** A line no front-matter has: not blank, not indented, not a comment, a list item or a key. */
    private static boolean isText(String line) {
        if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#") || line.startsWith("-")) {
            return false;
        }
        String t = line.stripTrailing();
        return !t.equals("---") && !t.equals("...") && !KEY_LINE.matcher(t).matches();
    }
}
