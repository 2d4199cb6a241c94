package io.github.ismshandbook.isms.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.ismshandbook.isms.load.HtmlLinkTags;
import io.github.ismshandbook.isms.model.LinkKind;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Raw HTML with its {@code <a href>} and {@code <img src>} resolved through {@link SiteLinks}, like Markdown links
 * ({@link LinkNodeRenderer}): a link within the site becomes a slot that {@link BodyRenderer} fills for the page and
 * for {@code print.html}, a link to a missing or unpublished target becomes
 * {@code <span class="broken-link" title="…">} up to its {@code </a>}, a missing image marked text, an image from
 * elsewhere a link to it. Everything else is left as written, for flexmark to write out and the sanitizer to
 * reduce to the allow-list.
 * <p>
 * Inline HTML comes one tag at a time ({@code <a href="x.md">}, the text, then {@code </a>}), so whether each open
 * {@code <a>} became a span is kept for the whole body, to close it the same way.
 */
final class RawHtmlLinkRenderer implements NodeRenderer {

    private static final NullableDataKey<Deque<Boolean>> OPEN_LINKS = new NullableDataKey<>("ISMS_RAW_OPEN_LINKS");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, RawHtmlLinkRenderer::renderBlock),
                new NodeRenderingHandler<>(HtmlInline.class, RawHtmlLinkRenderer::renderInline));
    }

    /** As flexmark writes an HTML block (its lines without the prefixes of quotes and lists), rewritten. */
    private static void renderBlock(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        if (node.hasChildren()) {
            context.delegateRender();
            return;
        }
        html.line();
        html.rawPre(rewrite(node.getContentChars().normalizeEOL(), context, false));
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }

    /** Rewrites the tag, then lets flexmark's own renderer write it as it writes any inline HTML. */
    private static void renderInline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
        String raw = node.getChars().toString();
        String rewritten = rewrite(raw, context, node.getAncestorOfType(Link.class, LinkRef.class) != null);
        if (!rewritten.equals(raw)) {
            node.setChars(BasedSequence.of(rewritten));
        }
        context.delegateRender();
    }

    /** Whether the body being rendered has an {@code <a>} of raw HTML open at this point. */
    static boolean insideLink(NodeRendererContext context) {
        Deque<Boolean> open = OPEN_LINKS.get(context.getDocument());
        return open != null && !open.isEmpty();
    }

    /** @param inMarkdownLink whether the HTML is inside the text of a Markdown link */
    private static String rewrite(String raw, NodeRendererContext context, boolean inMarkdownLink) {
        Deque<Boolean> open = OPEN_LINKS.get(context.getDocument());
        if (open == null) {
            open = new ArrayDeque<>();
            OPEN_LINKS.set(context.getDocument(), open);
        }
        StringBuilder out = new StringBuilder(raw.length() + 32);
        int from = 0;
        for (HtmlLinkTags.Tag tag : HtmlLinkTags.of(raw)) {
            if (tag.isLinkEnd()) {
                if (!open.isEmpty() && open.pop()) {
                    out.append(raw, from, tag.start()).append("</span>");
                    from = tag.end();
                }
            } else if (tag.isLinkStart()) {
                from = link(raw, tag, from, out, context, open);
            } else if (tag.isImage()) {
                from = image(raw, tag, from, out, context, inMarkdownLink || !open.isEmpty());
            }
        }
        return out.append(raw, from, raw.length()).toString();
    }

    private static int link(String raw, HtmlLinkTags.Tag tag, int from, StringBuilder out, NodeRendererContext context,
                            Deque<Boolean> open) {
        HtmlLinkTags.Attribute href = tag.attribute("href");
        LinkTarget target = href == null ? null : resolve(context, LinkKind.HTML_LINK, href.value());
        boolean broken = target != null && target.isBroken();
        open.push(broken);
        if (broken) {
            out.append(raw, from, tag.start()).append(brokenSpan(target.problem()));
            return tag.end();
        }
        if (target == null || target.external() || href.valueStart() < 0) {
            return from; // no link, or a URL the sanitizer judges as it is
        }
        out.append(raw, from, href.valueStart()).append(BodyRenderer.slot(context, target));
        return href.valueEnd();
    }

    /**
     * As in {@link LinkNodeRenderer}: images of the site are shown, others linked (or only named inside a link, where
     * a link of their own would tear the outer one apart), missing ones marked.
     */
    private static int image(String raw, HtmlLinkTags.Tag tag, int from, StringBuilder out, NodeRendererContext context,
                             boolean inLink) {
        HtmlLinkTags.Attribute src = tag.attribute("src");
        if (src == null) {
            return from;
        }
        LinkTarget target = resolve(context, LinkKind.HTML_IMAGE, src.value());
        HtmlLinkTags.Attribute alt = tag.attribute("alt");
        String text = alt == null || alt.value().isBlank() ? src.value() : alt.value();
        if (target.isBroken()) {
            out.append(raw, from, tag.start()).append(brokenSpan(target.problem().replace("Broken link", "Missing image")))
                    .append(Theme.escape(text)).append("</span>");
            return tag.end();
        }
        if (target.external() && inLink) {
            out.append(raw, from, tag.start()).append(Theme.escape(text));
            return tag.end();
        }
        if (target.external()) {
            out.append(raw, from, tag.start()).append("<a href=\"").append(Theme.escape(target.href()))
                    .append("\" rel=\"noopener\" class=\"external external-image\">").append(Theme.escape(text)).append("</a>");
            return tag.end();
        }
        if (src.valueStart() < 0) {
            return from;
        }
        out.append(raw, from, src.valueStart()).append(BodyRenderer.slot(context, target));
        return src.valueEnd();
    }

    private static LinkTarget resolve(NodeRendererContext context, LinkKind kind, String url) {
        return BodyRenderer.links(context).resolve(BodyRenderer.scope(context), kind, url, null);
    }

    private static String brokenSpan(String problem) {
        return "<span class=\"broken-link\" title=\"" + Theme.escape(problem) + "\">";
    }
}
