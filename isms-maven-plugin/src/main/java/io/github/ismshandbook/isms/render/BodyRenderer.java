package io.github.ismshandbook.isms.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;
import io.github.ismshandbook.isms.load.HeadingAnchors;
import io.github.ismshandbook.isms.load.MarkdownSyntax;
import org.owasp.html.Encoding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Markdown body → sanitized HTML, for the document's page and for its section of {@code print.html} at once. The
 * body is parsed with the loader's {@link MarkdownSyntax#PARSER}, so the headings and links rendered are the ones
 * that were checked. Headings get the anchors the loader computed
 * ({@link io.github.ismshandbook.isms.model.Document#headings()}), links (Markdown's and those of raw HTML) go
 * through {@link SiteLinks}, the result passes the {@link BodySanitizer} allow-list, and its heading levels are
 * renumbered to start at {@code h2} with none skipped ({@link HeadingLevels}). The flexmark renderer is immutable and built once.
 * <p>
 * Parsing, rendering and sanitizing happen once per body: a link within the site is written as a slot
 * ({@link #slot}), and the sanitized HTML is then finished twice, with the page's URLs and with the print page's
 * URLs and section-prefixed ids.
 */
final class BodyRenderer {

    private static final NullableDataKey<BodyScope> SCOPE = new NullableDataKey<>("ISMS_BODY_SCOPE");
    private static final NullableDataKey<SiteLinks> LINKS = new NullableDataKey<>("ISMS_SITE_LINKS");
    private static final NullableDataKey<Map<Node, String>> HEADING_IDS = new NullableDataKey<>("ISMS_HEADING_IDS");
    private static final NullableDataKey<List<LinkTarget>> SLOTS = new NullableDataKey<>("ISMS_LINK_SLOTS");

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

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(rendererOptions()).build();

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
        io.github.ismshandbook.isms.model.Document doc = scope.document();
        Document ast = MarkdownSyntax.PARSER.parse(doc.body());
        Map<Node, String> ids = headingIds(doc, ast);
        String pagePrefix = scope.idPrefix();
        String printPrefix = BodyScope.printPrefix(doc);

        // a body that starts with its own title as "# Title" would show the title twice: the page's h1 takes its id
        String titleAnchor = null;
        Heading title = leadingTitle(ast, doc.frontMatter().title());
        if (title != null) {
            titleAnchor = ids.remove(title);
            title.unlink();
        }
        List<TocEntry> headings = new ArrayList<>();
        Map<Integer, String> modelText = new HashMap<>();
        doc.headings().forEach(mh -> modelText.put(mh.line(), mh.text()));
        new NodeVisitor(new VisitHandler<>(Heading.class, h -> {
            String id = ids.get(h);
            if (id != null) {
                String t = modelText.getOrDefault(doc.bodyLine() + h.getStartLineNumber(), text(h));
                headings.add(new TocEntry(h.getLevel(), t, id));
            }
        })).visit(ast);

        List<LinkTarget> slots = new ArrayList<>();
        SCOPE.set(ast, scope);
        LINKS.set(ast, links);
        HEADING_IDS.set(ast, ids);
        SLOTS.set(ast, slots);
        // a wide table scrolls in its own box instead of making the page scroll sideways
        String html = RENDERER.render(ast).replace("<table>",
                        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table>")
                .replace("</table>", "</table></div>");
        HeadingLevels.Renumbered renumbered = HeadingLevels.renumber(BodySanitizer.sanitize(labelTaskCheckboxes(html)),
                TOP_LEVEL);
        String sanitized = renumbered.html();
        List<TocEntry> toc = headings.stream().map(h -> new TocEntry(
                renumbered.levels().getOrDefault(escapeAttribute(h.anchor()), h.level()), h.text(), pagePrefix + h.anchor()))
                .toList();
        Set<String> headingIds = new HashSet<>();
        ids.values().forEach(id -> headingIds.add(escapeAttribute(id)));
        String printHtml = prefixIds(fillSlots(sanitized, slots, true), printPrefix, headingIds);
        String pageHtml = scope.print() ? printHtml : fillSlots(sanitized, slots, false);
        return new RenderedBody(pageHtml, printHtml, titleAnchor == null ? null : pagePrefix + titleAnchor, toc);
    }

    /**
     * The heading that repeats the document's title at the top of its body ({@code # Access Control Policy}, HTML
     * comments before it aside), compared as anchors compare text (case and punctuation aside), or {@code null}.
     */
    static Heading leadingTitle(Document ast, String title) {
        Node first = ast.getFirstChild();
        while (first instanceof HtmlCommentBlock) {
            first = first.getNext();
        }
        return first instanceof Heading h && h.getLevel() == 1 && title != null
                && HeadingAnchors.slug(text(h).strip()).equals(HeadingAnchors.slug(title.strip())) ? h : null;
    }

    /** Called by the node renderers: the slot standing for a link within the site, until {@link #fillSlots}. */
    static String slot(NodeRendererContext context, LinkTarget target) {
        List<LinkTarget> slots = SLOTS.get(context.getDocument());
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

    /**
     * Matches each heading of the tree to the loader's heading on the same source line; when lines do not tell
     * (a document built in memory), the n-th heading gets the n-th anchor.
     */
    private static Map<Node, String> headingIds(io.github.ismshandbook.isms.model.Document doc, Document ast) {
        List<Heading> nodes = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Heading.class, nodes::add)).visit(ast);
        List<io.github.ismshandbook.isms.model.Heading> model = doc.headings();
        Map<Integer, String> byLine = new HashMap<>();
        model.forEach(h -> byLine.putIfAbsent(h.line(), h.anchor()));
        Map<Node, String> ids = new IdentityHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Heading node = nodes.get(i);
            String anchor = byLine.get(doc.bodyLine() + node.getStartLineNumber());
            if (anchor == null && model.size() == nodes.size()) {
                anchor = model.get(i).anchor();
            }
            if (anchor != null && !anchor.isEmpty()) {
                ids.put(node, anchor);
            }
        }
        return ids;
    }

    /** A task-list check box has no label of its own: screen readers are told whether the task is done. */
    private static String labelTaskCheckboxes(String html) {
        return html.replace("class=\"task-list-item-checkbox\" checked=\"checked\"",
                        "class=\"task-list-item-checkbox\" aria-label=\"Done\" checked=\"checked\"")
                .replace("class=\"task-list-item-checkbox\" disabled=",
                        "class=\"task-list-item-checkbox\" aria-label=\"Not done\" disabled=");
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    static SiteLinks links(NodeRendererContext context) {
        return LINKS.get(context.getDocument());
    }

    static BodyScope scope(NodeRendererContext context) {
        return SCOPE.get(context.getDocument());
    }

    /**
     * The parser's options and extensions, except that wiki links are rendered by this package (links through
     * {@link SiteLinks}), as are admonitions, whose parser brings no renderer (no inline SVG sprite or script). Our extension comes first: flexmark lets the
     * first renderer registered for a node type win.
     */
    private static DataHolder rendererOptions() {
        List<Extension> extensions = new ArrayList<>();
        extensions.add(new HandbookHtmlExtension());
        for (Extension e : Parser.EXTENSIONS.get(MarkdownSyntax.OPTIONS)) {
            if (!(e instanceof WikiLinkExtension)) {
                extensions.add(e);
            }
        }
        return new MutableDataSet(MarkdownSyntax.OPTIONS).set(Parser.EXTENSIONS, extensions).toImmutable();
    }

    /** Registers the renderers of this package with flexmark. */
    private static final class HandbookHtmlExtension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
            // nothing to change
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new LinkNodeRenderer());
            builder.nodeRendererFactory(options -> new AdmonitionBlockRenderer());
            builder.nodeRendererFactory(options -> new RawHtmlLinkRenderer());
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public com.vladsch.flexmark.html.AttributeProvider apply(LinkResolverContext context) {
                    return (node, part, attributes) -> {
                        if (node instanceof Heading && part == AttributablePart.NODE) {
                            Map<Node, String> ids = HEADING_IDS.get(context.getDocument());
                            String id = ids == null ? null : ids.get(node);
                            if (id != null) {
                                attributes.replaceValue("id", id);
                            }
                        }
                    };
                }
            });
        }
    }
}
