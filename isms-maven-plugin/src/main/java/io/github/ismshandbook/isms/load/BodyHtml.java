package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;
import io.github.ismshandbook.isms.model.PreparedBody;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a parsed body to the {@link PreparedBody} the site finishes: flexmark's HTML with the anchors the outline
 * gave each heading node as ids, a leading {@code # Title} that repeats the document's title left out, links as holes
 * ({@link LinkHoleRenderer}, {@link RawHtmlHoleRenderer}), admonitions without script ({@link AdmonitionBlockRenderer}),
 * labelled task-list check boxes, and each table in a box that scrolls on its own. The renderer is immutable and
 * thread-safe: it is built once.
 */
final class BodyHtml {

    private static final NullableDataKey<Map<Node, String>> HEADING_IDS = new NullableDataKey<>("ISMS_HEADING_IDS");
    private static final NullableDataKey<List<PreparedBody.Hole>> HOLES = new NullableDataKey<>("ISMS_HOLES");

    /** A task-list check box has no label of its own: screen readers are told whether the task is done. */
    private static final String DONE = "<input type=\"checkbox\" class=\"task-list-item-checkbox\" aria-label=\"Done\" "
            + "checked=\"checked\" disabled=\"disabled\" readonly=\"readonly\" />&nbsp;";
    private static final String NOT_DONE = "<input type=\"checkbox\" class=\"task-list-item-checkbox\" "
            + "aria-label=\"Not done\" disabled=\"disabled\" readonly=\"readonly\" />&nbsp;";
    /** A wide table scrolls in its own focusable, labelled box instead of making the page scroll sideways. */
    private static final String TABLE_BOX = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\">";

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(rendererOptions()).build();

    private BodyHtml() {
    }

    /**
     * Renders {@code ast}, whose heading nodes have the anchors of {@code headingIds}; the tree is changed (a leading
     * title is unlinked, raw HTML tags get their holes), so it must not be rendered again.
     */
    static PreparedBody render(Document ast, Map<Node, String> headingIds, String title) {
        Heading leading = leadingTitle(ast, headingIds, title);
        if (leading != null) {
            headingIds.remove(leading);
            leading.unlink();
        }
        List<PreparedBody.Hole> holes = new ArrayList<>();
        HEADING_IDS.set(ast, headingIds);
        HOLES.set(ast, holes);
        // flexmark writes a table as one block; it has no hook for an element around it
        String html = RENDERER.render(ast).replace("<table>", TABLE_BOX + "<table>").replace("</table>", "</table></div>");
        return new PreparedBody(html, holes, leading != null);
    }

    /**
     * The heading that repeats the document's title at the top of its body ({@code # Access Control Policy}, HTML
     * comments before it aside), compared as anchors compare text (case and punctuation aside), or {@code null}. Being
     * the body's first heading, its anchor is its text's slug, with no repeat number.
     */
    private static Heading leadingTitle(Document ast, Map<Node, String> headingIds, String title) {
        Node first = ast.getFirstChild();
        while (first instanceof HtmlCommentBlock) {
            first = first.getNext();
        }
        return first instanceof Heading h && h.getLevel() == 1 && title != null
                && HeadingAnchors.slug(title.strip()).equals(headingIds.get(h)) ? h : null;
    }

    /** Called by the node renderers: records {@code hole} and returns its number. */
    static int addHole(NodeRendererContext context, PreparedBody.Hole hole) {
        List<PreparedBody.Hole> holes = HOLES.get(context.getDocument());
        holes.add(hole);
        return holes.size() - 1;
    }

    /** Called by the node renderers: records {@code hole}, writes its marker and returns its number. */
    static int hole(NodeRendererContext context, HtmlWriter html, PreparedBody.Hole hole) {
        int number = addHole(context, hole);
        html.raw(PreparedBody.marker(number));
        return number;
    }

    /**
     * The parser's options and extensions, except that wiki links are rendered by this package, as are admonitions,
     * whose parser brings no renderer (no inline SVG sprite or script). Our extension comes first: flexmark lets the
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
        return new MutableDataSet(MarkdownSyntax.OPTIONS).set(Parser.EXTENSIONS, extensions)
                .set(TaskListExtension.ITEM_DONE_MARKER, DONE)
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER, NOT_DONE)
                .toImmutable();
    }

    /** Registers the renderers of this package with flexmark, and gives each heading its anchor as its id. */
    private static final class HandbookHtmlExtension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
            // nothing to change
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new LinkHoleRenderer());
            builder.nodeRendererFactory(options -> new AdmonitionBlockRenderer());
            builder.nodeRendererFactory(options -> new RawHtmlHoleRenderer());
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return (node, part, attributes) -> {
                        if (node instanceof Heading && part == AttributablePart.NODE) {
                            String id = HEADING_IDS.get(context.getDocument()).get(node);
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
