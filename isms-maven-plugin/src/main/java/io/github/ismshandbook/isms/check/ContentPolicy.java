package io.github.ismshandbook.isms.check;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The allow-list that raw HTML written in documents passes through (docs/reference.md, "Guarantees": no script from
 * content ever runs). The {@code unsafe-html} check and the site renderer use this same policy, so what the check
 * reports is exactly what the site drops.
 * <p>
 * Allowed: common inline and block formatting, headings, lists, tables, {@code details}/{@code summary},
 * code, blockquotes, figures, links ({@code http}, {@code https}, {@code mailto} and relative URLs), images
 * (the same URLs), read-only task-list check boxes, and the {@code id}, {@code class}, {@code title},
 * {@code lang} and {@code dir} attributes everywhere. Not allowed: scripts, {@code style} elements and
 * attributes, event handlers, frames, objects, forms and their fields, {@code javascript:}, {@code vbscript:}
 * and {@code data:} URLs.
 * <p>
 * It is meant for the HTML authors write (Flexmark's {@code HtmlBlock} and {@code HtmlInline} nodes), not for
 * Flexmark's own output: that is safe already, and some of it (the SVG icons of admonitions) is not on the list.
 */
public final class ContentPolicy {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");
    private static final Pattern CHECKBOX = Pattern.compile("(?i)checkbox");

    /** The sanitizer policy; immutable and thread-safe. */
    public static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "div", "span", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
                    "b", "i", "u", "s", "strong", "em", "small", "big", "mark", "del", "ins", "strike", "tt",
                    "sub", "sup", "kbd", "samp", "var", "code", "pre", "abbr", "cite", "q", "dfn", "time",
                    "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption",
                    "details", "summary", "a", "img",
                    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td")
            .allowWithoutAttributes("span", "a")
            .allowAttributes("id", "class", "title", "lang", "dir").globally()
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt").onElements("img")
            .allowAttributes("width", "height").matching(NUMBER).onElements("img", "col")
            .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("th", "td")
            .allowAttributes("span").matching(NUMBER).onElements("col", "colgroup")
            .allowAttributes("scope").matching(false, "row", "col", "rowgroup", "colgroup").onElements("th")
            .allowAttributes("align").matching(false, "left", "center", "right").onElements("th", "td", "p", "div")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .allowAttributes("open").onElements("details")
            .allowAttributes("datetime").onElements("time")
            // task lists: a read-only check box, never a form field
            .allowElements((name, attrs) -> isCheckbox(attrs) ? name : null, "input")
            .allowAttributes("type").matching(CHECKBOX).onElements("input")
            .allowAttributes("checked", "disabled").onElements("input")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    private ContentPolicy() {
    }

    /** {@code html} with everything the policy does not allow removed. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    private static boolean isCheckbox(List<String> attrs) {
        boolean checkbox = false;
        boolean disabled = false;
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            checkbox |= "type".equals(attrs.get(i)) && CHECKBOX.matcher(attrs.get(i + 1).trim()).matches();
            disabled |= "disabled".equals(attrs.get(i));
        }
        if (checkbox && !disabled) {
            attrs.add("disabled");
            attrs.add("disabled");
        }
        return checkbox;
    }
}
