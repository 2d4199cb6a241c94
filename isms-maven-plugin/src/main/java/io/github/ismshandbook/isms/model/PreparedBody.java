package io.github.ismshandbook.isms.model;

import java.security.SecureRandom;
import java.util.List;

/**
 * A body as far as loading can render it, from the one parse of the body that also gave its headings and links: the
 * HTML that flexmark writes, with heading ids, in which each piece whose markup depends on where a link leads (the
 * site knows that, loading does not) is a hole, {@link #marker(int)}. The renderer fills the holes and makes the
 * result safe (docs/reference.md, "Guarantees").
 *
 * @param html         the HTML with holes
 * @param holes        what each hole stands for, by its number
 * @param titleDropped whether the body's first heading repeated the title and was left out (the page's {@code h1}
 *                     stands for it and takes its anchor)
 */
public record PreparedBody(String html, List<Hole> holes, boolean titleDropped) {

    /**
     * Starts a hole, followed by its number and {@code x}. The random part keeps text written in a document from ever
     * being taken for a hole.
     */
    public static final String HOLE = "isms-hole-" + Long.toHexString(new SecureRandom().nextLong()) + "-";
    /** Ends a hole's number. */
    public static final String HOLE_END = "x";

    /** The body of a document that is never rendered (its body is empty). */
    public static final PreparedBody EMPTY = new PreparedBody("", List.of(), false);

    public PreparedBody {
        holes = List.copyOf(holes);
    }

    /** The text that stands for hole {@code number} in {@link #html()}. */
    public static String marker(int number) {
        return HOLE + number + HOLE_END;
    }

    /** What stands in a hole: a link of the body, or a piece of one, whose markup depends on its target. */
    public sealed interface Hole {
    }

    /**
     * The start of a Markdown link, reference link or wiki link: {@code <a href="…">}, or the start of marked text
     * when its target is missing.
     *
     * @param label the label written in a wiki link, or {@code null}
     * @param title the link's title, or empty
     */
    public record LinkStart(LinkKind kind, String url, String label, String title) implements Hole {
    }

    /** The end of the link that hole {@code start} starts. */
    public record LinkEnd(int start) implements Hole {
    }

    /** The text of a wiki link written without a label (the target's title), started by hole {@code start}. */
    public record WikiText(int start) implements Hole {
    }

    /**
     * A Markdown image.
     *
     * @param alt        its text
     * @param title      its title, or empty
     * @param insideLink whether it is inside a link (a link of its own would tear that one apart)
     */
    public record Image(String url, String alt, String title, boolean insideLink) implements Hole {
    }

    /**
     * An {@code <a>} tag of raw HTML with an {@code href}, as written.
     *
     * @param valueStart where the {@code href} value starts in {@code tag}, or -1 when it has no value to replace
     * @param valueEnd   where the value ends in {@code tag}
     */
    public record HtmlLinkStart(String tag, String url, int valueStart, int valueEnd) implements Hole {
    }

    /** The {@code </a>} of raw HTML that closes the {@code <a>} of hole {@code start}. */
    public record HtmlLinkEnd(String tag, int start) implements Hole {
    }

    /**
     * An {@code <img>} tag of raw HTML with a {@code src}, as written.
     *
     * @param text       its {@code alt}, or the URL when it has none
     * @param insideLink whether it is inside a link
     */
    public record HtmlImage(String tag, String url, int valueStart, int valueEnd, String text, boolean insideLink)
            implements Hole {
    }
}
