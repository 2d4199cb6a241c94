package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The dialect of {@link MarkdownSyntax} with flexmark's own admonition and autolink extensions in place of
 * {@link AdmonitionSyntax} and {@link AutolinkSyntax}: what those two must give, node for node.
 */
final class FlexmarkReference {

    static final Parser PARSER = parser(MarkdownSyntax.OPTIONS);

    private FlexmarkReference() {
    }

    /** The reference parser with {@code options}, whose extensions are replaced by flexmark's. */
    static Parser parser(DataHolder options) {
        return Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create(),
                AutolinkExtension.create(),
                FootnoteExtension.create(),
                AdmonitionExtension.create(),
                WikiLinkExtension.create()))).build();
    }

    /** One line per node, indented by depth: class, offsets and flexmark's own extra segments (marker, info, title). */
    static String tree(Node root) {
        StringBuilder sb = new StringBuilder();
        append(root, 0, sb);
        return sb.toString();
    }

    private static void append(Node node, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth));
        node.astString(sb, true);
        sb.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, sb);
        }
    }
}
