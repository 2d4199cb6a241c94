package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.RawHtml;
import io.github.ismshandbook.isms.model.Rule;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code unsafe-html}: raw HTML from which {@link ContentPolicy} removes something that could run or submit
 * (script, style, frame, object, embed and form elements; {@code on…} event handlers; {@code javascript:},
 * {@code vbscript:} and {@code data:} URLs), and Markdown links or images with such URLs. Formatting the policy
 * merely drops (a {@code <font>} tag, a {@code style} attribute) is not reported: it is harmless, and the text
 * is kept. One finding per piece of raw HTML, listing what was removed.
 */
public final class ContentSafety implements Check {

    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "form", "input", "button", "textarea", "select", "base", "link", "meta");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "background", "data", "srcset", "cite", "longdesc", "lowsrc", "dynsrc", "codebase");
    private static final List<String> UNSAFE_SCHEMES = List.of("javascript:", "vbscript:", "data:");

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        List<Finding> findings = new ArrayList<>();
        for (Document d : handbook.documents()) {
            for (RawHtml html : d.rawHtml()) {
                Set<String> removed = removed(html.html());
                if (!removed.isEmpty()) {
                    findings.add(Findings.at(Rule.UNSAFE_HTML, d, html.position(),
                            "Raw HTML removed from the page: " + String.join(", ", removed),
                            "Use Markdown instead; scripts, event handlers and such URLs never reach the handbook."));
                }
            }
            for (Link link : d.links()) {
                if (link.kind() != LinkKind.WIKI && !link.kind().isRawHtml()) { // raw HTML is covered above
                    unsafeScheme(link.target()).ifPresent(scheme -> findings.add(Findings.at(Rule.UNSAFE_HTML, d,
                            link.position(),
                            (link.kind() == LinkKind.IMAGE ? "Image" : "Link") + " with a " + scheme
                                    + " URL is not published",
                            "Use an http, https, mailto or relative link.")));
                }
            }
        }
        return findings;
    }

    /**
     * What the policy removes from {@code html} that matters, described for a message. The input is fed to the
     * policy through a recorder of open tags, so each discard the policy reports is matched with the tag (and its
     * decoded attribute values) that caused it.
     */
    static Set<String> removed(String html) {
        Set<String> removed = new LinkedHashSet<>();
        OpenTag current = new OpenTag();
        HtmlChangeListener<OpenTag> listener = new HtmlChangeListener<>() {
            @Override
            public void discardedTag(OpenTag tag, String elementName) {
                if (ACTIVE_ELEMENTS.contains(elementName)) {
                    removed.add("<" + elementName + "> element");
                }
                for (int i = 0; i + 1 < tag.attrs.size(); i += 2) {
                    attribute(elementName, tag.attrs.get(i), tag.attrs.get(i + 1), removed);
                }
            }

            @Override
            public void discardedAttributes(OpenTag tag, String elementName, String... names) {
                for (String name : names) {
                    attribute(elementName, name, tag.value(name), removed);
                }
            }
        };
        HtmlStreamEventReceiver sink = HtmlStreamRenderer.create(new StringBuilder(), badHtml -> { });
        HtmlSanitizer.Policy policy = ContentPolicy.POLICY.apply(sink, listener, current);
        HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
            @Override
            public void openDocument() {
                policy.openDocument();
            }

            @Override
            public void closeDocument() {
                policy.closeDocument();
            }

            @Override
            public void openTag(String elementName, List<String> attrs) {
                current.attrs = List.copyOf(attrs); // the policy may change attrs in place
                policy.openTag(elementName, attrs);
            }

            @Override
            public void closeTag(String elementName) {
                policy.closeTag(elementName);
            }

            @Override
            public void text(String text) {
                policy.text(text);
            }
        });
        return removed;
    }

    private static void attribute(String element, String name, String value, Set<String> removed) {
        if (name.startsWith("on")) {
            removed.add(name + " event handler on <" + element + ">");
        } else if (URL_ATTRIBUTES.contains(name)) {
            unsafeScheme(value).ifPresent(scheme -> removed.add(scheme + " URL in " + name + " of <" + element + ">"));
        }
    }

    /** {@code javascript:} when {@code url} uses that scheme, ignoring case, blanks and control characters as browsers do. */
    static Optional<String> unsafeScheme(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String u = url.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        return UNSAFE_SCHEMES.stream().filter(u::startsWith).findFirst();
    }

    /** The attributes of the tag being sanitized, as written (entities decoded). */
    private static final class OpenTag {
        private List<String> attrs = List.of();

        String value(String name) {
            for (int i = 0; i + 1 < attrs.size(); i += 2) {
                if (attrs.get(i).equals(name)) {
                    return attrs.get(i + 1);
                }
            }
            return null;
        }
    }
}
