package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.check.ContentPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * The allow-list every rendered body passes through (docs/reference.md, "Guarantees": no script from content runs): the
 * {@link ContentPolicy} that the {@code unsafe-html} check applies to the HTML authors write, so that what the
 * check reports is what the site drops, plus the few attributes this package's own renderers add (a
 * {@code rel="noopener"} on external links, the focusable, labelled scroll box around tables, the {@code note} role of
 * admonitions, the labels of task-list check boxes, lazy images). Immutable and thread-safe.
 */
final class BodySanitizer {

    /**
     * OWASP's {@code and} grants an attribute only on elements the same policy allows; where both policies allow an
     * element they are intersected, so ContentPolicy's restrictions (a check box only, no form field) still hold.
     */
    private static final PolicyFactory RENDERER_ATTRIBUTES = new HtmlPolicyBuilder()
            .allowElements("a", "div", "input", "img")
            .allowAttributes("rel").matching(Pattern.compile("noopener")).onElements("a")
            .allowAttributes("tabindex").matching(Pattern.compile("0")).onElements("div")
            .allowAttributes("role").matching(Pattern.compile("note|region")).onElements("div")
            .allowAttributes("aria-label").matching(Pattern.compile("Table")).onElements("div")
            .allowAttributes("aria-label").matching(Pattern.compile("Done|Not done")).onElements("input")
            .allowAttributes("loading").matching(Pattern.compile("lazy")).onElements("img")
            .toFactory();

    static final PolicyFactory POLICY = ContentPolicy.POLICY.and(RENDERER_ATTRIBUTES);

    private BodySanitizer() {
    }

    /** Sanitizes; void elements come out as {@code <br>}, not XML's {@code <br />}, which HTML does not need. */
    static String sanitize(String html) {
        return POLICY.sanitize(html).replace(" />", ">");
    }
}
