package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.PreparedBody;

import java.util.Set;

/**
 * Writes links, reference links, images and wiki links as holes ({@link PreparedBody}): whether a link becomes
 * {@code <a href>} or marked text, and what a wiki link without a label shows, depend on its target, which the site
 * knows. The text of a link is rendered here, between the hole that starts it and the hole that ends it.
 */
final class LinkHoleRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Link.class, (node, context, html) ->
                        renderLink(node, LinkKind.LINK, node.getUrl().unescape(), node.getTitle().unescape(), null,
                                context, html)),
                new NodeRenderingHandler<>(LinkRef.class, this::renderLinkRef),
                new NodeRenderingHandler<>(WikiLink.class, (node, context, html) -> {
                    String label = node.getText().isBlank() ? null : node.getText().unescape().trim();
                    renderLink(node, LinkKind.WIKI, node.getLink().unescape().trim(), "", label, context, html);
                }),
                new NodeRenderingHandler<>(Image.class, (node, context, html) ->
                        renderImage(node, node.getUrl().unescape(), node.getTitle().unescape(), context, html)),
                new NodeRenderingHandler<>(ImageRef.class, this::renderImageRef));
    }

    private void renderLinkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
        Reference ref = node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
        if (ref == null) {
            context.delegateRender(); // "[text]" that is no link: flexmark prints it as written
            return;
        }
        renderLink(node, LinkKind.LINK, ref.getUrl().unescape(), ref.getTitle().unescape(), null, context, html);
    }

    private void renderImageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
        Reference ref = node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
        if (ref == null) {
            context.delegateRender();
            return;
        }
        renderImage(node, ref.getUrl().unescape(), ref.getTitle().unescape(), context, html);
    }

    private static void renderLink(Node node, LinkKind kind, String url, String title, String label,
                                   NodeRendererContext context, HtmlWriter html) {
        int start = BodyHtml.hole(context, html, new PreparedBody.LinkStart(kind, url, label, title));
        if (label != null) {
            html.text(label);
        } else if (node instanceof WikiLink) {
            BodyHtml.hole(context, html, new PreparedBody.WikiText(start));
        } else {
            context.renderChildren(node);
        }
        BodyHtml.hole(context, html, new PreparedBody.LinkEnd(start));
    }

    private static void renderImage(Node node, String url, String title, NodeRendererContext context, HtmlWriter html) {
        String alt = new TextCollectingVisitor().collectAndGetText(node);
        boolean insideLink = node.getAncestorOfType(Link.class, LinkRef.class) != null
                || RawHtmlHoleRenderer.insideLink(context);
        BodyHtml.hole(context, html, new PreparedBody.Image(url, alt, title, insideLink));
    }
}
