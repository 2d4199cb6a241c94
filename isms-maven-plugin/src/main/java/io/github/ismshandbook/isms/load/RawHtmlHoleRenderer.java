package io.github.ismshandbook.isms.load;

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
import io.github.ismshandbook.isms.model.PreparedBody;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Raw HTML with each {@code <a href>}, its {@code </a>}, and each {@code <img src>} as a hole ({@link PreparedBody}),
 * like Markdown links ({@link LinkHoleRenderer}): the site resolves them as it resolves Markdown links. Everything
 * else is left as written, for flexmark to write out and the sanitizer to reduce to the allow-list.
 * <p>
 * Inline HTML comes one tag at a time ({@code <a href="x.md">}, the text, then {@code </a>}), so the open {@code <a>}
 * tags are kept for the whole body: each {@code </a>} closes the latest, as it will close it on the page.
 */
final class RawHtmlHoleRenderer implements NodeRenderer {

    /** The hole of each open {@code <a>}, or -1 for an {@code <a>} without {@code href}, latest first. */
    private static final NullableDataKey<Deque<Integer>> OPEN_LINKS = new NullableDataKey<>("ISMS_RAW_OPEN_LINKS");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, RawHtmlHoleRenderer::renderBlock),
                new NodeRenderingHandler<>(HtmlInline.class, RawHtmlHoleRenderer::renderInline));
    }

    /** As flexmark writes an HTML block (its lines without the prefixes of quotes and lists), with holes. */
    private static void renderBlock(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        if (node.hasChildren()) {
            context.delegateRender();
            return;
        }
        html.line();
        html.rawPre(rewrite(node.getContentChars().normalizeEOL(), context, false));
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }

    /** Puts the holes into the tag, then lets flexmark's own renderer write it as it writes any inline HTML. */
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
        Deque<Integer> open = OPEN_LINKS.get(context.getDocument());
        return open != null && !open.isEmpty();
    }

    /** @param inMarkdownLink whether the HTML is inside the text of a Markdown link */
    private static String rewrite(String raw, NodeRendererContext context, boolean inMarkdownLink) {
        Deque<Integer> open = OPEN_LINKS.get(context.getDocument());
        if (open == null) {
            open = new ArrayDeque<>();
            OPEN_LINKS.set(context.getDocument(), open);
        }
        StringBuilder out = new StringBuilder(raw.length() + 32);
        int from = 0;
        for (HtmlLinkTags.Tag tag : HtmlLinkTags.of(raw)) {
            String text = raw.substring(tag.start(), tag.end());
            if (tag.isLinkEnd()) {
                int start = open.isEmpty() ? -1 : open.pop();
                if (start >= 0) {
                    from = hole(raw, tag, from, out, BodyHtml.addHole(context, new PreparedBody.HtmlLinkEnd(text, start)));
                }
            } else if (tag.isLinkStart()) {
                HtmlLinkTags.Attribute href = tag.attribute("href");
                if (href == null) {
                    open.push(-1);
                } else {
                    int hole = BodyHtml.addHole(context, new PreparedBody.HtmlLinkStart(text, href.value(),
                            valueOffset(tag, href.valueStart()), valueOffset(tag, href.valueEnd())));
                    open.push(hole);
                    from = hole(raw, tag, from, out, hole);
                }
            } else if (tag.isImage() && tag.attribute("src") != null) {
                HtmlLinkTags.Attribute src = tag.attribute("src");
                HtmlLinkTags.Attribute alt = tag.attribute("alt");
                String shown = alt == null || alt.value().isBlank() ? src.value() : alt.value();
                from = hole(raw, tag, from, out, BodyHtml.addHole(context, new PreparedBody.HtmlImage(text, src.value(),
                        valueOffset(tag, src.valueStart()), valueOffset(tag, src.valueEnd()), shown,
                        inMarkdownLink || !open.isEmpty())));
            }
        }
        return out.append(raw, from, raw.length()).toString();
    }

    /** The tag is replaced by the marker of its hole. */
    private static int hole(String raw, HtmlLinkTags.Tag tag, int from, StringBuilder out, int hole) {
        out.append(raw, from, tag.start()).append(PreparedBody.marker(hole));
        return tag.end();
    }

    /** An offset in the body as an offset in the tag, -1 staying -1. */
    private static int valueOffset(HtmlLinkTags.Tag tag, int offset) {
        return offset < 0 ? -1 : offset - tag.start();
    }
}
