package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Bare URLs, {@code www.} addresses and e-mail addresses become links, exactly as with flexmark-ext-autolink, whose
 * post-processor does the work. That processor unescapes and scans every text node of a document, which made it
 * the largest part of parsing; here a text node reaches it only when it holds a character a link could start
 * with: {@code :} (a scheme), {@code @} (e-mail), {@code www} in any case, or {@code &} (an entity may stand for
 * either).
 */
final class AutolinkSyntax implements Parser.ParserExtension {

    private AutolinkSyntax() {
    }

    static AutolinkSyntax create() {
        return new AutolinkSyntax();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // flexmark-ext-autolink's options (IGNORE_LINKS) are read by its processor
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether a link could start in {@code chars}; when not, flexmark's processor would leave the node as it is. */
    static boolean mayHoldLink(BasedSequence chars) {
        int n = chars.length();
        for (int i = 0; i < n; i++) {
            char c = chars.charAt(i);
            if (c == ':' || c == '@' || c == '&') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 2 < n && (chars.charAt(i + 1) | 0x20) == 'w'
                    && (chars.charAt(i + 2) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                private AutolinkNodePostProcessor delegate;

                @Override
                public void process(NodeTracker state, Node node) {
                    if (!mayHoldLink(node.getChars())) {
                        return;
                    }
                    if (delegate == null) {
                        delegate = new AutolinkNodePostProcessor(document);
                    }
                    delegate.process(state, node);
                }
            };
        }
    }
}
