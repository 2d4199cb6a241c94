package io.github.ismshandbook.isms.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
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
import io.github.ismshandbook.isms.load.MarkdownSyntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Markdown body → sanitized HTML. The body is parsed with the loader's {@link MarkdownSyntax#PARSER}, so the
 * headings and links rendered are the ones that were checked. Headings get the anchors the loader computed
 * ({@link io.github.ismshandbook.isms.model.Document#headings()}), links go through {@link SiteLinks}, and the
 * result passes the {@link BodySanitizer} allow-list. The flexmark renderer is immutable and built once.
 */
final class BodyRenderer {

    private static final NullableDataKey<BodyScope> SCOPE = new NullableDataKey<>("ISMS_BODY_SCOPE");
    private static final NullableDataKey<SiteLinks> LINKS = new NullableDataKey<>("ISMS_SITE_LINKS");
    private static final NullableDataKey<Map<Node, String>> HEADING_IDS = new NullableDataKey<>("ISMS_HEADING_IDS");

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(rendererOptions()).build();

    private final SiteLinks links;

    BodyRenderer(SiteLinks links) {
        this.links = links;
    }

    /** A rendered body, with the anchors of its headings for the table of contents. */
    record RenderedBody(String html, String titleAnchor, List<TocEntry> toc) {
    }

    /** One heading of the table of contents; {@code anchor} already carries the scope's prefix. */
    record TocEntry(int level, String text, String anchor) {
    }

    RenderedBody render(BodyScope scope) {
        io.github.ismshandbook.isms.model.Document doc = scope.document();
        Document ast = MarkdownSyntax.PARSER.parse(doc.body());
        Map<Node, String> ids = headingIds(doc, ast);
        String prefix = scope.idPrefix();
        ids.replaceAll((node, anchor) -> prefix + anchor);

        // a body that starts with its own title as "# Title" would show the title twice: the page's h1 takes its id
        String titleAnchor = null;
        Node first = ast.getFirstChild();
        if (first instanceof Heading h && h.getLevel() == 1 && sameText(text(h), doc.frontMatter().title())) {
            titleAnchor = ids.remove(h);
            h.unlink();
        }
        List<TocEntry> toc = new ArrayList<>();
        Map<Integer, String> modelText = new HashMap<>();
        doc.headings().forEach(mh -> modelText.put(mh.line(), mh.text()));
        new NodeVisitor(new VisitHandler<>(Heading.class, h -> {
            String id = ids.get(h);
            if (id != null) {
                String t = modelText.getOrDefault(doc.bodyLine() + h.getStartLineNumber(), text(h));
                toc.add(new TocEntry(h.getLevel(), t, id));
            }
        })).visit(ast);

        SCOPE.set(ast, scope);
        LINKS.set(ast, links);
        HEADING_IDS.set(ast, ids);
        // a wide table scrolls in its own box instead of making the page scroll sideways
        String html = RENDERER.render(ast).replace("<table>", "<div class=\"table-wrap\" tabindex=\"0\"><table>")
                .replace("</table>", "</table></div>");
        if (scope.print()) {
            html = prefixFootnoteIds(html, prefix);
        }
        html = labelTaskCheckboxes(html);
        return new RenderedBody(BodySanitizer.sanitize(html), titleAnchor, List.copyOf(toc));
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

    private static String prefixFootnoteIds(String html, String prefix) {
        return html.replace("id=\"fn-", "id=\"" + prefix + "fn-")
                .replace("href=\"#fn-", "href=\"#" + prefix + "fn-")
                .replace("id=\"fnref-", "id=\"" + prefix + "fnref-")
                .replace("href=\"#fnref-", "href=\"#" + prefix + "fnref-");
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    private static boolean sameText(String a, String b) {
        return b != null && normalize(a).equals(normalize(b));
    }

    private static String normalize(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static SiteLinks links(NodeRendererContext context) {
        return LINKS.get(context.getDocument());
    }

    static BodyScope scope(NodeRendererContext context) {
        return SCOPE.get(context.getDocument());
    }

    /**
     * The parser's options and extensions, except that admonitions and wiki links are rendered by this package
     * (no inline SVG sprite or script, links through {@link SiteLinks}). Our extension comes first: flexmark lets the
     * first renderer registered for a node type win.
     */
    private static DataHolder rendererOptions() {
        List<Extension> extensions = new ArrayList<>();
        extensions.add(new HandbookHtmlExtension());
        for (Extension e : Parser.EXTENSIONS.get(MarkdownSyntax.OPTIONS)) {
            if (!(e instanceof AdmonitionExtension) && !(e instanceof WikiLinkExtension)) {
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
