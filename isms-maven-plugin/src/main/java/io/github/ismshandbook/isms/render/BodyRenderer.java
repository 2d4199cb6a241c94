package io.github.ismshandbook.isms.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Heading;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.PreparedBody;
import org.owasp.html.Encoding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A loaded body ({@link PreparedBody}, rendered from the one parse of the body that gave its headings and links) →
 * sanitized HTML, for the document's page and for its section of {@code print.html} at once. Its holes are filled
 * with the links of {@link SiteLinks}: {@code <a href>} to a target of the site, a link to a page elsewhere, or
 * {@code <span class="broken-link" title="…">text</span>} for a missing or unpublished target, never a dead link; an
 * image of the site is shown, one from elsewhere linked. The result passes the {@link BodySanitizer} allow-list,
 * and its heading levels are renumbered to start at {@code h2} with none skipped ({@link HeadingLevels}).
 * <p>
 * Filling and sanitizing happen once per body: a link within the site is written as a slot ({@link #SLOT}), and the
 * sanitized HTML is then finished twice, with the page's URLs and with the print page's URLs and section-prefixed
 * ids.
 */
final class BodyRenderer {

    /**
     * Marks a URL to be filled in after sanitizing. A plain relative URL, which the sanitizer keeps as it is; the
     * random part keeps a URL written in a document from ever being taken for a slot.
     */
    private static final String SLOT = "isms-slot-" + Long.toHexString(new SecureRandom().nextLong()) + "-";
    private static final String SLOT_END = "x";

    /** Characters the sanitizer leaves as they are in a URL; a URL with any other goes through it (see {@link #safeUrl}). */
    private static final Pattern PLAIN_URL = Pattern.compile("[A-Za-z0-9._~/#%-]*");
    private static final Map<String, String> SANITIZED_URLS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_URLS = 10_000;

    /**
     * The level of a body's first heading: on a document's page the title is the {@code h1}, and in
     * {@code print.html} each document's section starts with its title as an {@code h1} too.
     */
    static final int TOP_LEVEL = 2;

    private final SiteLinks links;

    BodyRenderer(SiteLinks links) {
        this.links = links;
    }

    /**
     * A rendered body, with the anchors of its headings for the table of contents.
     *
     * @param html        the body for the scope's page
     * @param printHtml   the body for the document's section of {@code print.html}
     * @param titleAnchor the anchor of a leading "# Title" heading that was dropped (the page's h1 takes it), or null
     * @param toc         the headings, for the table of contents of the scope's page
     */
    record RenderedBody(String html, String printHtml, String titleAnchor, List<TocEntry> toc) {
    }

    /** One heading of the table of contents; {@code anchor} already carries the scope's prefix. */
    record TocEntry(int level, String text, String anchor) {
    }

    RenderedBody render(BodyScope scope) {
        Document doc = scope.document();
        PreparedBody prepared = doc.prepared();
        String pagePrefix = scope.idPrefix();
        String printPrefix = BodyScope.printPrefix(doc);
        List<Heading> headings = doc.headings();
        // a body that starts with its own title as "# Title" would show the title twice: the page's h1 takes its id
        String titleAnchor = prepared.titleDropped() ? headings.get(0).anchor() : null;
        List<Heading> shown = prepared.titleDropped() ? headings.subList(1, headings.size()) : headings;

        List<LinkTarget> slots = new ArrayList<>();
        String html = new Holes(scope, prepared, slots).fill();
        HeadingLevels.Renumbered renumbered = HeadingLevels.renumber(BodySanitizer.sanitize(html), TOP_LEVEL);
        String sanitized = renumbered.html();
        Set<String> headingIds = new HashSet<>();
        List<TocEntry> toc = new ArrayList<>(shown.size());
        for (Heading h : shown) {
            String id = escapeAttribute(h.anchor());
            headingIds.add(id);
            toc.add(new TocEntry(renumbered.levels().getOrDefault(id, h.level()), h.text(), pagePrefix + h.anchor()));
        }
        String printHtml = prefixIds(fillSlots(sanitized, slots, true), printPrefix, headingIds);
        String pageHtml = scope.print() ? printHtml : fillSlots(sanitized, slots, false);
        return new RenderedBody(pageHtml, printHtml, titleAnchor == null ? null : pagePrefix + titleAnchor, toc);
    }

    /** The slot standing for a link within the site, until {@link #fillSlots}. */
    private static String slot(List<LinkTarget> slots, LinkTarget target) {
        slots.add(target);
        return SLOT + (slots.size() - 1) + SLOT_END;
    }

    private static String fillSlots(String html, List<LinkTarget> slots, boolean print) {
        int at = html.indexOf(SLOT);
        if (at < 0) {
            return html;
        }
        StringBuilder sb = new StringBuilder(html.length() + 64 * slots.size());
        int from = 0;
        while (at >= 0) {
            int number = at + SLOT.length();
            int end = html.indexOf(SLOT_END, number);
            LinkTarget target = slots.get(Integer.parseInt(html, number, end, 10));
            sb.append(html, from, at).append(safeUrl(print ? target.printHref() : target.href()));
            from = end + SLOT_END.length();
            at = html.indexOf(SLOT, from);
        }
        return sb.append(html, from, html.length()).toString();
    }

    /** A URL as the sanitizer would have written it into an attribute (percent-encoded, HTML-escaped). */
    private static String safeUrl(String url) {
        if (PLAIN_URL.matcher(url).matches()) {
            return url;
        }
        if (SANITIZED_URLS.size() > MAX_CACHED_URLS) {
            SANITIZED_URLS.clear();
        }
        return SANITIZED_URLS.computeIfAbsent(url, u -> {
            String a = BodySanitizer.sanitize("<a href=\"" + Theme.escape(u) + "\">x</a>");
            int start = a.indexOf("href=\"");
            return start < 0 ? "" : a.substring(start + 6, a.indexOf('"', start + 6));
        });
    }

    /**
     * In {@code print.html} the sections of many documents share one page: the ids of headings and footnotes, and
     * the footnote links, get the section's prefix.
     */
    private static String prefixIds(String html, String prefix, Set<String> headingIds) {
        StringBuilder sb = new StringBuilder(html.length() + 256);
        int from = 0;
        int at = html.indexOf(" id=\"");
        while (at >= 0) {
            int value = at + 5;
            int end = html.indexOf('"', value);
            String id = html.substring(value, end);
            sb.append(html, from, value);
            if (headingIds.contains(id) || id.startsWith("fn-") || id.startsWith("fnref-")) {
                sb.append(prefix);
            }
            from = value;
            at = html.indexOf(" id=\"", end);
        }
        sb.append(html, from, html.length());
        return sb.toString().replace("href=\"#fn-", "href=\"#" + prefix + "fn-")
                .replace("href=\"#fnref-", "href=\"#" + prefix + "fnref-");
    }

    private static String escapeAttribute(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        try {
            Encoding.encodeRcdataOnto(value, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    /** Fills the holes of one body in order, each link resolved once. */
    private final class Holes {
        private final BodyScope scope;
        private final List<PreparedBody.Hole> holes;
        private final String html;
        private final List<LinkTarget> slots;
        /** Where the link started by each hole goes, by hole number. */
        private final LinkTarget[] targets;

        Holes(BodyScope scope, PreparedBody prepared, List<LinkTarget> slots) {
            this.scope = scope;
            this.holes = prepared.holes();
            this.html = prepared.html();
            this.slots = slots;
            this.targets = new LinkTarget[holes.size()];
        }

        String fill() {
            int at = html.indexOf(PreparedBody.HOLE);
            if (at < 0) {
                return html;
            }
            StringBuilder out = new StringBuilder(html.length() + 64 * holes.size());
            int from = 0;
            while (at >= 0) {
                int number = at + PreparedBody.HOLE.length();
                int end = html.indexOf(PreparedBody.HOLE_END, number);
                out.append(html, from, at);
                write(Integer.parseInt(html, number, end, 10), out);
                from = end + PreparedBody.HOLE_END.length();
                at = html.indexOf(PreparedBody.HOLE, from);
            }
            return out.append(html, from, html.length()).toString();
        }

        private void write(int number, StringBuilder out) {
            PreparedBody.Hole hole = holes.get(number);
            if (hole instanceof PreparedBody.LinkStart link) {
                LinkTarget target = resolve(number, link.kind(), link.url(), link.label());
                if (target.isBroken()) {
                    out.append("<span class=\"broken-link\" title=\"").append(attribute(target.problem())).append("\">");
                    return;
                }
                out.append("<a href=\"").append(target.external() ? attribute(target.href()) : slot(slots, target))
                        .append('"');
                if (!link.title().isEmpty()) {
                    out.append(" title=\"").append(attribute(link.title())).append('"');
                }
                out.append(target.external() ? " rel=\"noopener\" class=\"external\">" : ">");
            } else if (hole instanceof PreparedBody.LinkEnd end) {
                out.append(targets[end.start()].isBroken() ? "</span>" : "</a>");
            } else if (hole instanceof PreparedBody.WikiText text) {
                LinkTarget target = targets[text.start()];
                String url = ((PreparedBody.LinkStart) holes.get(text.start())).url();
                out.append(Escaping.escapeHtml(target.label() != null ? target.label() : url, false));
            } else if (hole instanceof PreparedBody.Image image) {
                image(image, resolve(number, LinkKind.IMAGE, image.url(), null), out);
            } else if (hole instanceof PreparedBody.HtmlLinkStart link) {
                LinkTarget target = resolve(number, LinkKind.HTML_LINK, link.url(), null);
                if (target.isBroken()) {
                    out.append(brokenSpan(target.problem()));
                } else {
                    replaceValue(link.tag(), link.valueStart(), link.valueEnd(), target, out);
                }
            } else if (hole instanceof PreparedBody.HtmlLinkEnd end) {
                out.append(targets[end.start()].isBroken() ? "</span>" : end.tag());
            } else if (hole instanceof PreparedBody.HtmlImage image) {
                htmlImage(image, resolve(number, LinkKind.HTML_IMAGE, image.url(), null), out);
            }
        }

        private LinkTarget resolve(int number, LinkKind kind, String url, String label) {
            LinkTarget target = links.resolve(scope, kind, url, label);
            targets[number] = target;
            return target;
        }

        /**
         * Images of the site are shown; an image from elsewhere would be loaded from outside the site
         * (docs/reference.md, "Site", forbids it, and the page's Content-Security-Policy blocks it), so it becomes a
         * link to the image instead, or its text when it is already inside a link (a badge).
         */
        private void image(PreparedBody.Image image, LinkTarget target, StringBuilder out) {
            String text = Escaping.escapeHtml(image.alt().isEmpty() ? image.url() : image.alt(), false);
            if (target.isBroken()) {
                out.append("<span class=\"broken-link\" title=\"")
                        .append(attribute(target.problem().replace("Broken link", "Missing image"))).append("\">")
                        .append(text).append("</span>");
            } else if (target.external() && image.insideLink()) {
                out.append(text); // a link in a link would be torn into an empty link and another
            } else if (target.external()) {
                out.append("<a href=\"").append(attribute(target.href()))
                        .append("\" rel=\"noopener\" class=\"external external-image\">").append(text).append("</a>");
            } else {
                out.append("<img src=\"").append(slot(slots, target)).append("\" alt=\"").append(attribute(image.alt()))
                        .append('"');
                if (!image.title().isEmpty()) {
                    out.append(" title=\"").append(attribute(image.title())).append('"');
                }
                out.append(" loading=\"lazy\" />");
            }
        }

        /** As {@link #image}, for an {@code <img>} of raw HTML. */
        private void htmlImage(PreparedBody.HtmlImage image, LinkTarget target, StringBuilder out) {
            if (target.isBroken()) {
                out.append(brokenSpan(target.problem().replace("Broken link", "Missing image")))
                        .append(Theme.escape(image.text())).append("</span>");
            } else if (target.external() && image.insideLink()) {
                out.append(Theme.escape(image.text()));
            } else if (target.external()) {
                out.append("<a href=\"").append(Theme.escape(target.href()))
                        .append("\" rel=\"noopener\" class=\"external external-image\">").append(Theme.escape(image.text()))
                        .append("</a>");
            } else {
                replaceValue(image.tag(), image.valueStart(), image.valueEnd(), target, out);
            }
        }

        /** A tag of raw HTML with the URL of a target within the site as a slot; others as written, for the sanitizer. */
        private void replaceValue(String tag, int valueStart, int valueEnd, LinkTarget target, StringBuilder out) {
            if (target.external() || valueStart < 0) {
                out.append(tag);
            } else {
                out.append(tag, 0, valueStart).append(slot(slots, target)).append(tag, valueEnd, tag.length());
            }
        }
    }

    /** An attribute value as flexmark writes it. */
    private static String attribute(String value) {
        return Escaping.escapeHtml(value, true);
    }

    private static String brokenSpan(String problem) {
        return "<span class=\"broken-link\" title=\"" + Theme.escape(problem) + "\">";
    }
}
