package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Admonitions as MkDocs writes them ({@code !!! note "Title"}, collapsible {@code ???} and {@code ???+}, the
 * content indented by four spaces), parsed into flexmark-ext-admonition's {@link AdmonitionBlock} with that
 * extension's options and defaults. flexmark-ext-admonition's own parser compiles its opening-line pattern for
 * every line that could start a block, which made it the largest single cost of parsing; this one looks for the
 * three-character marker first and compiles the pattern once.
 */
final class AdmonitionSyntax implements Parser.ParserExtension {

    private static final String OPENING = "^(\\?{3}\\+|\\?{3}|!{3})\\s+(%s)(?:\\s+(%s))?\\s*$";

    /** Built from the first parse's {@link Parsing}; the parts it uses do not depend on options. */
    private static volatile Pattern opening;

    private AdmonitionSyntax() {
    }

    static AdmonitionSyntax create() {
        return new AdmonitionSyntax();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // the options of flexmark-ext-admonition are read as they are
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    private static Pattern opening(Parsing parsing) {
        Pattern p = opening;
        if (p == null) {
            p = Pattern.compile(String.format(OPENING, parsing.ATTRIBUTENAME, parsing.LINK_TITLE_STRING));
            opening = p;
        }
        return p;
    }

    private static boolean hasMarker(BasedSequence line, int at) {
        if (line.length() < at + 3) {
            return false;
        }
        char c = line.charAt(at);
        return (c == '!' || c == '?') && line.charAt(at + 1) == c && line.charAt(at + 2) == c;
    }

    private static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        private final int contentIndent;
        private final boolean allowLeadingSpace;
        private final boolean interruptsParagraph;
        private final boolean interruptsItemParagraph;
        private final boolean indentedInterruptsItemParagraph;
        private final boolean lazyContinuation;

        StartFactory(DataHolder options) {
            super(options);
            contentIndent = AdmonitionExtension.CONTENT_INDENT.get(options);
            allowLeadingSpace = AdmonitionExtension.ALLOW_LEADING_SPACE.get(options);
            interruptsParagraph = AdmonitionExtension.INTERRUPTS_PARAGRAPH.get(options);
            interruptsItemParagraph = AdmonitionExtension.INTERRUPTS_ITEM_PARAGRAPH.get(options);
            indentedInterruptsItemParagraph = AdmonitionExtension.WITH_SPACES_INTERRUPTS_ITEM_PARAGRAPH.get(options);
            lazyContinuation = AdmonitionExtension.ALLOW_LAZY_CONTINUATION.get(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            int at = state.getNextNonSpaceIndex();
            BasedSequence line = state.getLine();
            if (state.getIndent() >= 4 || !hasMarker(line, at)) {
                return BlockStart.none();
            }
            BlockParser matched = matchedBlockParser.getBlockParser();
            boolean inParagraph = matched.isParagraphParser();
            boolean inItemParagraph = inParagraph && matched.getBlock().getParent() instanceof ListItem
                    && matched.getBlock() == matched.getBlock().getParent().getFirstChild();
            if (!mayStart(state, inParagraph, inItemParagraph)) {
                return BlockStart.none();
            }
            Matcher m = opening(state.getParsing()).matcher(line.subSequence(at, line.length()));
            if (!m.find()) {
                return BlockStart.none();
            }
            AdmonitionParser parser = new AdmonitionParser(contentIndent, lazyContinuation);
            parser.block.setOpeningMarker(line.subSequence(at + m.start(1), at + m.end(1)));
            parser.block.setInfo(line.subSequence(at + m.start(2), at + m.end(2)));
            parser.block.setTitleChars(m.group(3) == null ? BasedSequence.NULL
                    : line.subSequence(at + m.start(3), at + m.end(3)));
            return BlockStart.of(parser).atIndex(line.length());
        }

        /** Whether an admonition may start here, by the extension's options on interrupting paragraphs. */
        private boolean mayStart(ParserState state, boolean inParagraph, boolean inItemParagraph) {
            if (inParagraph && !interruptsParagraph) {
                return false;
            }
            if (!(allowLeadingSpace || state.getIndent() == 0) || (inItemParagraph && !interruptsItemParagraph)) {
                return false;
            }
            if (inItemParagraph && !indentedInterruptsItemParagraph) {
                return state.getIndent() == 0;
            }
            return state.getIndent() < state.getParsing().CODE_BLOCK_INDENT;
        }
    }

    /** The open admonition: it holds what is indented by the content indent, and lazy lines until a blank one. */
    private static final class AdmonitionParser extends AbstractBlockParser {
        private final AdmonitionBlock block = new AdmonitionBlock();
        private final int contentIndent;
        private final boolean lazyContinuation;
        private boolean hadBlankLine;

        AdmonitionParser(int contentIndent, boolean lazyContinuation) {
            this.contentIndent = contentIndent;
            this.lazyContinuation = lazyContinuation;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(ParserState state, BlockParser blockParser, Block child) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) {
                hadBlankLine = true;
                return BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            if (!hadBlankLine && lazyContinuation) {
                return BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            if (state.getIndent() >= contentIndent) {
                return BlockContinue.atColumn(state.getColumn() + contentIndent);
            }
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
            block.setCharsFromContent();
        }
    }
}
