package io.github.ismshandbook.isms.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a control as an author writes it, parsed in this one place: {@code A.5.15}, {@code a.5.15} and
 * {@code 5.15}, with blanks around or not (no-break spaces too), all name control {@code 5.15}. Front-matter {@code controls}, the keys of
 * the SoA's {@code exclusions}, wiki links such as {@code [[A.5.15]]}, catalog look-ups and hints all read references
 * through it, so every spelling is answered alike. A reference in ISO/IEC 27001:2013 numbering has three numbers
 * ({@code A.9.2.1}), one in 2022 numbering two ({@code 5.15}). Anything else (a control of a project's own catalog,
 * or a typo) keeps its text, trimmed.
 *
 * @param id       the control id a catalog lists it under: the numbers without the {@code A.} prefix ({@code 5.15}),
 *                 or the trimmed text when it is not a number
 * @param prefixed whether the Annex A prefix {@code A.} was written (any case)
 * @param numbered whether it is written as a number, {@code A.5.15}, {@code 5.15} or {@code 6.1.2}: shaped like a
 *                 control or a clause rather than like a document id
 */
public record ControlRef(String id, boolean prefixed, boolean numbered) {

    private static final Pattern NUMBERED = Pattern.compile("([Aa]\\.)?(\\d+(?:\\.\\d+)*)");

    public ControlRef {
        Objects.requireNonNull(id, "id");
    }

    /** Parses a reference as written; {@code null} reads as the empty reference, which names nothing. */
    public static ControlRef parse(String written) {
        String text = written == null ? "" : trim(written);
        Matcher m = NUMBERED.matcher(text);
        if (m.matches()) {
            return new ControlRef(m.group(2), m.group(1) != null, true);
        }
        return new ControlRef(text, false, false);
    }

    /** Without blanks around, no-break spaces included (they come with text pasted from office documents). */
    private static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** How many numbers it has: 2 for a control in 2022 numbering ({@code 5.15}), 3 in 2013 numbering; 0 when not numbered. */
    public int parts() {
        return numbered ? id.split("\\.").length : 0;
    }

    /** The key catalogs list an ISO/IEC 27001:2013 control under: {@code A.9.2.1}. */
    public String legacyKey() {
        return numbered ? "A." + id : id;
    }

    /** The form shown to readers and used in page names: {@code A.5.15}; a control of a project catalog as it is. */
    public String label() {
        return numbered ? "A." + id : id;
    }

    /** {@link #label()}. */
    @Override
    public String toString() {
        return label();
    }
}
