package io.github.ismshandbook.isms.render;

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

import java.util.Set;

/**
 * Renders links, reference links, images and wiki links with the URLs of {@link SiteLinks}: a link to a missing
 * or unpublished target becomes {@code <span class="broken-link" title="…">text</span>}, never a dead link. The URL
 * of a link within the site differs between the document's page and {@code print.html}: it is written as a slot
 * that {@link BodyRenderer} fills for each.
 */
final class LinkNodeRenderer implements NodeRenderer {

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
        LinkTarget target = BodyRenderer.links(context).resolve(BodyRenderer.scope(context), kind, url, label);
        if (target.isBroken()) {
            html.attr("class", "broken-link").attr("title", target.problem()).withAttr().tag("span");
        } else {
            html.attr("href", target.external() ? target.href() : BodyRenderer.slot(context, target));
            if (!title.isEmpty()) {
                html.attr("title", title);
            }
            if (target.external()) {
                html.attr("rel", "noopener").attr("class", "external");
            }
            html.withAttr().tag("a");
        }
        if (label != null) {
            html.text(label);
        } else if (node instanceof WikiLink) {
            html.text(target.label() != null ? target.label() : url);
        } else {
            context.renderChildren(node);
        }
        html.tag(target.isBroken() ? "/span" : "/a");
    }

    /**
     * Images of the site are shown; an image from elsewhere would be loaded from outside the site (docs/reference.md,
     * "Site", forbids it, and the page's Content-Security-Policy blocks it), so it becomes a link to the image instead,
     * or its text when it is already inside a link (a badge).
     */
    private static void renderImage(Node node, String url, String title, NodeRendererContext context, HtmlWriter html) {
        String alt = new TextCollectingVisitor().collectAndGetText(node);
        LinkTarget target = BodyRenderer.links(context).resolve(BodyRenderer.scope(context), LinkKind.IMAGE, url, null);
        if (target.isBroken()) {
            html.attr("class", "broken-link").attr("title", target.problem().replace("Broken link", "Missing image"))
                    .withAttr().tag("span").text(alt.isEmpty() ? url : alt).tag("/span");
        } else if (target.external() && (node.getAncestorOfType(Link.class, LinkRef.class) != null
                || RawHtmlLinkRenderer.insideLink(context))) {
            html.text(alt.isEmpty() ? url : alt); // a link in a link would be torn into an empty link and another
        } else if (target.external()) {
            html.attr("href", target.href()).attr("rel", "noopener").attr("class", "external external-image")
                    .withAttr().tag("a").text(alt.isEmpty() ? url : alt).tag("/a");
        } else {
            html.attr("src", BodyRenderer.slot(context, target)).attr("alt", alt);
            if (!title.isEmpty()) {
                html.attr("title", title);
            }
            html.attr("loading", "lazy").withAttr().tagVoid("img");
        }
    }
}
