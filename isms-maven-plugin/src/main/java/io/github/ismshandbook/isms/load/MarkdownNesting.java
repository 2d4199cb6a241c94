package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Parses a body with {@link MarkdownSyntax#PARSER} only when its nesting stays within what every later stage can take.
 * The parser, the HTML renderer and the text collectors recurse once or more per level of nesting (block quotes, lists,
 * admonitions, emphasis, links and images inside one another): a body nested a few thousand levels deep overflows the
 * stack, and some such bodies take minutes to parse. So a body nested more than {@link #MAX_DEPTH} levels deep is not
 * loaded (README, "Security"): it is refused with the line where its nesting starts, and no later stage (outline,
 * checks, rendering, sanitizing, plain text for the search index, print page and PDF) ever sees a tree deeper than
 * that. Raw HTML is not part of the tree (flexmark keeps an HTML block as one node, and the sanitizer balances and
 * bounds the tags it keeps), so deeply nested HTML does not count.
 * <p>
 * How, in three steps, none of which can leave anything half done (the parser keeps no state between parses):
 * <ol>
 *   <li>{@link NestingEstimate} reads the text once, without parsing, and estimates the depth from the markers that
 *       nest. Beyond {@link #HARD_LIMIT} the body is refused at once: such input is hostile, and parsing it could take
 *       minutes.</li>
 *   <li>The body is parsed: on the calling thread when the estimate is within {@link #MAX_DEPTH}, else on a thread of
 *       its own with a stack of {@link #GUARDED_STACK_BYTES}, far more than the estimate needs. Should the parser still
 *       overflow (an estimate is an estimate), the overflow is caught where the parse was called, the parse's own
 *       objects are dropped, and the body is refused.</li>
 *   <li>The depth of the tree is measured exactly, without recursion; deeper than {@link #MAX_DEPTH} is refused.</li>
 * </ol>
 */
final class MarkdownNesting {

    /** The deepest tree loaded: levels below the document node (a paragraph is 1, a list and its item 2). */
    static final int MAX_DEPTH = 100;
    /** An estimate beyond this is refused without parsing. */
    static final int HARD_LIMIT = 10 * MAX_DEPTH;
    /** The stack of the parsing thread for a body estimated deeper than {@link #MAX_DEPTH}: ample for {@link #HARD_LIMIT}. */
    static final long GUARDED_STACK_BYTES = 64L * 1024 * 1024;

    private MarkdownNesting() {
    }

    /** A body nested too deep; {@code line} is the body line (1-based) where the nesting starts. */
    static final class TooDeep extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        TooDeep(int line) {
            super("nested more than " + MAX_DEPTH + " levels deep", null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** The body's tree, no deeper than {@link #MAX_DEPTH}. */
    static Document parse(String body) throws TooDeep {
        NestingEstimate estimate = NestingEstimate.of(body);
        if (estimate.depth() > HARD_LIMIT) {
            throw new TooDeep(estimate.line());
        }
        Document document = estimate.depth() <= MAX_DEPTH ? parseHere(body, estimate) : parseGuarded(body, estimate);
        Node tooDeep = firstBeyond(document, MAX_DEPTH);
        if (tooDeep != null) {
            throw new TooDeep(topLevel(tooDeep).getStartLineNumber() + 1);
        }
        return document;
    }

    private static Document parseHere(String body, NestingEstimate estimate) throws TooDeep {
        try {
            return MarkdownSyntax.PARSER.parse(body);
        } catch (StackOverflowError e) {
            throw new TooDeep(estimate.line());
        }
    }

    private static Document parseGuarded(String body, NestingEstimate estimate) throws TooDeep {
        Document[] parsed = new Document[1];
        Throwable[] failed = new Throwable[1];
        Thread parser = new Thread(null, () -> {
            try {
                parsed[0] = MarkdownSyntax.PARSER.parse(body);
            } catch (StackOverflowError e) {
                parsed[0] = null; // refused below; the partial tree is garbage
            } catch (RuntimeException | Error e) {
                failed[0] = e; // what the calling thread would have seen, seen there
            }
        }, "isms-markdown-parser", GUARDED_STACK_BYTES);
        try {
            parser.start();
        } catch (OutOfMemoryError e) {
            throw new TooDeep(estimate.line()); // no thread with a stack this size can be had: do not risk this one's
        }
        boolean interrupted = false;
        while (true) {
            try {
                parser.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // a parse ends in seconds at most: finish it, then pass the interrupt on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failed[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failed[0] instanceof Error e) {
            throw e;
        }
        if (parsed[0] == null) {
            throw new TooDeep(estimate.line());
        }
        return parsed[0];
    }

    /** The first node, in document order, more than {@code max} levels below the document; {@code null} if none. */
    static Node firstBeyond(Document document, int max) {
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > max) {
                return node;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node.getNext() == null) {
                node = node.getParent();
                depth--;
                if (node == document) {
                    return null;
                }
            }
            node = node.getNext();
        }
        return null;
    }

    private static Node topLevel(Node node) {
        Node n = node;
        while (n.getParent() != null && !(n.getParent() instanceof Document)) {
            n = n.getParent();
        }
        return n;
    }
}
