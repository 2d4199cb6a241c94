package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.github.ismshandbook.isms.model.Heading;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.RawHtml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What the checks and the renderer need from a document body (README, "Writing documents"): headings with their anchors,
 * links in document order, and raw HTML, each at its position in the source file. The body is parsed with
 * {@link MarkdownSyntax#PARSER} within {@link MarkdownNesting}'s limit, once: the same tree is then rendered
 * ({@link BodyHtml}), so code spans and code blocks hide links here exactly as they do on the page, and each heading
 * node gets the anchor computed here.
 *
 * @param headings headings in document order
 * @param links    links, images, wiki links, autolinks and the {@code href} and {@code src} of raw HTML
 *                 ({@link HtmlLinkTags}) in document order
 * @param rawHtml  HTML blocks and inline HTML tags (not comments) in document order
 */
public record MarkdownOutline(List<Heading> headings, List<Link> links, List<RawHtml> rawHtml) {

    public MarkdownOutline {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        rawHtml = List.copyOf(rawHtml);
    }

    /**
     * @param body     the Markdown after the front-matter, with LF line endings
     * @param bodyLine the file line on which the body starts
     * @throws MarkdownNesting.TooDeep when the body nests deeper than the handbook takes
     */
    static MarkdownOutline of(String body, int bodyLine) throws MarkdownNesting.TooDeep {
        return of(MarkdownNesting.parse(body), body, bodyLine, new IdentityHashMap<>());
    }

    /**
     * The outline of a parsed body.
     *
     * @param document   the body's tree, from {@link MarkdownNesting#parse}
     * @param headingIds receives the anchor of each heading node, for the renderer ({@link BodyHtml})
     */
    static MarkdownOutline of(Document document, String body, int bodyLine, Map<Node, String> headingIds) {
        Lines lines = new Lines(body, bodyLine);
        HeadingAnchors anchors = new HeadingAnchors();
        List<Heading> headings = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<RawHtml> html = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            Position at = lines.position(startOffset(node));
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                String text = plainText(h);
                String anchor = anchors.next(text);
                headingIds.put(h, anchor);
                headings.add(new Heading(h.getLevel(), text, anchor, at.line()));
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                html.add(new RawHtml(node.getChars().toString().stripTrailing(), at));
                // an HTML block is written out without the '>' of a quote or the indent of a list item it is in
                htmlLinks(node instanceof HtmlBlock b ? b.getContentChars() : node.getChars(), lines, links);
            } else {
                link(document, node, at, links);
            }
        }
        return new MarkdownOutline(headings, links, html);
    }

    /**
     * Where a node starts in the body. Flexmark gives a wiki link written inside another one ({@code [[a [[b|c]] d]]})
     * the characters of its label only; its opening brackets are where it starts.
     */
    private static int startOffset(Node node) {
        return node instanceof WikiLink w && w.getOpeningMarker().isNotNull()
                ? w.getOpeningMarker().getStartOffset() : node.getStartOffset();
    }

    private static void link(Document document, Node node, Position at, List<Link> links) {
        if (node instanceof com.vladsch.flexmark.ast.Link l) {
            links.add(link(LinkKind.LINK, url(l.getUrl()), l, at));
        } else if (node instanceof Image i) {
            links.add(link(LinkKind.IMAGE, url(i.getUrl()), i, at));
        } else if (node instanceof LinkRef || node instanceof ImageRef) {
            // an undefined reference is plain text on the page, not a link
            Reference reference = ((RefNode) node).getReferenceNode(document);
            if (reference != null) {
                LinkKind kind = node instanceof ImageRef ? LinkKind.IMAGE : LinkKind.LINK;
                links.add(link(kind, url(reference.getUrl()), node, at));
            }
        } else if (node instanceof WikiLink w) {
            String label = w.getText().toString();
            links.add(new Link(LinkKind.WIKI, w.getLink().toString(),
                    label.isBlank() ? null : label, at));
        } else if (node instanceof AutoLink a) {
            links.add(new Link(LinkKind.AUTOLINK, a.getUrl().toString(), null, at));
        } else if (node instanceof MailLink m) {
            links.add(new Link(LinkKind.AUTOLINK, m.getText().toString(), null, at));
        }
    }

    /** The {@code href} of each {@code <a>} and {@code src} of each {@code <img>}, at the attribute's name. */
    private static void htmlLinks(BasedSequence chars, Lines lines, List<Link> links) {
        for (HtmlLinkTags.Tag tag : HtmlLinkTags.of(chars.toString())) {
            HtmlLinkTags.Attribute url = tag.isLinkStart() ? tag.attribute("href") : tag.isImage() ? tag.attribute("src") : null;
            if (url != null) {
                String label = tag.isImage() && tag.attribute("alt") != null ? tag.attribute("alt").value().strip() : "";
                links.add(new Link(tag.isImage() ? LinkKind.HTML_IMAGE : LinkKind.HTML_LINK, url.value(),
                        label.isEmpty() ? null : label, lines.position(chars.getIndexOffset(url.nameStart()))));
            }
        }
    }

    private static Link link(LinkKind kind, String target, Node node, Position at) {
        String label = plainText(node);
        return new Link(kind, target, label.isBlank() ? null : label, at);
    }

    /** The destination as written, less Markdown's own backslash escapes and entities; % escapes stay. */
    private static String url(CharSequence raw) {
        return Escaping.unescapeString(raw.toString());
    }

    private static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    /** Offsets in the body to 1-based file positions; columns count code points, as editors do. */
    private static final class Lines {
        private final String text;
        private final int firstLine;
        private final int[] starts;

        Lines(String text, int firstLine) {
            this.text = text;
            this.firstLine = firstLine;
            this.starts = IntStream.concat(IntStream.of(0),
                    IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1)).toArray();
        }

        Position position(int offset) {
            int index = Arrays.binarySearch(starts, offset);
            int line = index >= 0 ? index : -index - 2;
            int column = text.codePointCount(starts[line], Math.min(offset, text.length())) + 1;
            return new Position(firstLine + line, column);
        }
    }
}
