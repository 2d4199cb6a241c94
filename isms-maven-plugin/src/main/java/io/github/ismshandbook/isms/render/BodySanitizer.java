package io.github.ismshandbook.isms.render;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * The allow-list every rendered body passes through (SPEC §8: no script from content ever runs). What Markdown
 * produces survives — formatting, headings with ids, links, images, tables, lists, code, quotes, footnotes,
 * admonitions, task-list check boxes — and nothing that can run or load code does. The policy is immutable and
 * thread-safe.
 */
final class BodySanitizer {

    /** Lower case only, like every heading anchor: the theme's own ids contain a capital, so they never clash. */
    private static final Pattern ID = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{N}_.:-]{1,200}");
    private static final Pattern CLASS = Pattern.compile("[A-Za-z0-9_ -]{1,200}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}");
    private static final Pattern ALIGN = Pattern.compile("(?i)left|right|center");

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "div", "span", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
                    "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr",
                    "cite", "q", "dfn", "kbd", "samp", "var", "time",
                    "code", "pre", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
                    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "a", "img", "figure", "figcaption", "details", "summary", "input")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("rel").matching(Pattern.compile("noopener")).onElements("a")
            .allowAttributes("title").globally()
            .allowAttributes("id").matching(ID).globally()
            .allowAttributes("class").matching(CLASS).globally()
            .allowAttributes("src", "alt", "width", "height", "loading").onElements("img")
            .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("td", "th")
            .allowAttributes("align").matching(ALIGN).onElements("td", "th")
            .allowAttributes("start", "reversed").onElements("ol")
            .allowAttributes("open").onElements("details")
            .allowAttributes("role").matching(Pattern.compile("note")).onElements("div")
            // the scroll box around a wide table must be reachable by keyboard
            .allowAttributes("tabindex").matching(Pattern.compile("0")).onElements("div")
            // task lists: a check box that cannot be changed and sends nothing
            .allowAttributes("type").matching(Pattern.compile("checkbox")).onElements("input")
            .allowAttributes("checked", "disabled").onElements("input")
            .allowAttributes("aria-label").matching(Pattern.compile("Done|Not done")).onElements("input")
            .allowAttributes("datetime").onElements("time")
            .toFactory();

    private BodySanitizer() {
    }

    /** Sanitizes; void elements come out as {@code <br>}, not XML's {@code <br />}, which HTML does not need. */
    static String sanitize(String html) {
        return POLICY.sanitize(html).replace(" />", ">");
    }
}
