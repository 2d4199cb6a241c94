package io.github.ismshandbook.isms.load;

/**
 * How deep a Markdown body nests, estimated from its text in one pass, without parsing, for {@link MarkdownNesting}.
 * It counts what nests: on each line the container markers before its text ({@code >} one level, a list marker two,
 * a list and its item) and its indentation; in each paragraph the brackets still open ({@code [}, {@code ![},
 * {@code [[}) and the emphasis, strong and strikethrough delimiters still open; and admonition lines written one
 * after the other ({@code !!! note}), which nest inside one another until a blank line. Fenced code is skipped.
 * It errs on the high side for these constructs (unmatched brackets, and brackets or asterisks in code spans or raw
 * HTML, count as if they nested), and does not know every construct of every extension: it only decides how the body
 * is parsed, and the parsed tree is then measured exactly.
 *
 * @param depth the estimated depth of the deepest place
 * @param line  the body line (1-based) where the nesting of the deepest place starts: the first line of its paragraph,
 *              or of the lines that nest into it
 */
record NestingEstimate(int depth, int line) {

    static NestingEstimate of(String body) {
        Scan scan = new Scan(body);
        scan.run();
        return new NestingEstimate(scan.best, scan.bestLine);
    }

    private static final class Scan {
        private final String text;
        private int best;
        private int bestLine = 1;
        private char fence;
        private int fenceLength;
        // where the lines that nest into the current one start: at a line that does not nest, or at one that nests
        // without being indented after a blank line or a line that does not nest (an indented line continues a block)
        private int nestingStart = 1;
        private boolean blankSince;
        private int previousDepth;
        // the paragraph being read: its first line, and what nests in it
        private int paragraphLine;
        private int brackets;
        private int maxBrackets;
        private int open;
        private int maxOpen;
        private int admonitions;
        private int maxAdmonitions;

        Scan(String text) {
            this.text = text;
        }

        void run() {
            int line = 0;
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                line(++line, start, end);
                start = end + 1;
            }
            endParagraph();
        }

        private void line(int number, int start, int end) {
            int columns = 0;
            int markers = 0;
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                if (c == ' ') {
                    columns++;
                    i++;
                } else if (c == '\t') {
                    columns += 4 - columns % 4;
                    i++;
                } else if (c == '>') {
                    markers++;
                    i++;
                } else if ((c == '-' || c == '+' || c == '*') && isBlankOrEnd(i + 1, end)) {
                    markers += 2;
                    i++;
                } else if (Character.isDigit(c) && orderedMarkerEnd(i, end) > 0) {
                    markers += 2;
                    i = orderedMarkerEnd(i, end);
                } else {
                    break;
                }
            }
            int blockDepth = markers + columns; // a nested list item is indented two columns and nests two levels
            boolean indented = i > start && (text.charAt(start) == ' ' || text.charAt(start) == '\t');
            if (fence != 0) {
                if (fenceRun(i, end, fence) >= fenceLength) {
                    fence = 0;
                }
                return; // code: nothing in it nests
            }
            if (i == end && markers == 0) {
                blankSince = true;
                endParagraph();
                admonitions = 0;
                return;
            }
            if (blockDepth == 0 || (!indented && (blankSince || previousDepth == 0))) {
                nestingStart = number;
            }
            blankSince = false;
            previousDepth = blockDepth;
            deepest(blockDepth, nestingStart);
            if (i == end) {
                endParagraph(); // only markers: a blank line inside a quote or a list
                return;
            }
            char c = text.charAt(i);
            int run = c == '`' || c == '~' ? fenceRun(i, end, c) : 0;
            if (run >= 3) {
                endParagraph();
                fence = c;
                fenceLength = run;
                return;
            }
            if (paragraphLine == 0) {
                paragraphLine = number;
            }
            if (end - i >= 3 && (c == '!' || c == '?') && text.charAt(i + 1) == c && text.charAt(i + 2) == c) {
                maxAdmonitions = Math.max(maxAdmonitions, ++admonitions);
            }
            inline(i, end);
        }

        /** The brackets and emphasis delimiters of one line of a paragraph. */
        private void inline(int from, int end) {
            for (int i = from; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    maxBrackets = Math.max(maxBrackets, ++brackets);
                } else if (c == ']') {
                    brackets = Math.max(0, brackets - 1);
                } else if (c == '*' || c == '_' || c == '~') {
                    int run = fenceRun(i, end, c);
                    boolean spaceBefore = i == from || Character.isWhitespace(text.charAt(i - 1));
                    boolean spaceAfter = i + run >= end || Character.isWhitespace(text.charAt(i + run));
                    boolean intraword = !spaceBefore && !spaceAfter;
                    if (c == '_' && intraword) {
                        // snake_case: an underscore inside a word neither opens nor closes
                    } else if (!spaceBefore && open > 0) {
                        open = Math.max(0, open - run);
                    } else if (!spaceAfter) {
                        maxOpen = Math.max(maxOpen, open += run);
                    }
                    i += run - 1;
                }
            }
        }

        private void endParagraph() {
            if (paragraphLine != 0) {
                deepest(maxBrackets + maxOpen + maxAdmonitions, paragraphLine);
            }
            paragraphLine = 0;
            brackets = 0;
            maxBrackets = 0;
            open = 0;
            maxOpen = 0;
            maxAdmonitions = 0;
        }

        private void deepest(int depth, int line) {
            if (depth > best) {
                best = depth;
                bestLine = line;
            }
        }

        private boolean isBlankOrEnd(int i, int end) {
            return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t';
        }

        /** After {@code 1.} or {@code 12)} and the blank that follows: the index after the marker, or -1. */
        private int orderedMarkerEnd(int i, int end) {
            int j = i;
            while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && isBlankOrEnd(j + 1, end)) {
                return j + 1;
            }
            return -1;
        }

        private int fenceRun(int i, int end, char c) {
            int j = i;
            while (j < end && text.charAt(j) == c) {
                j++;
            }
            return j - i;
        }
    }
}
