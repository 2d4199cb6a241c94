package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AdmonitionSyntaxTest {

    private static Document parse(String markdown) {
        Document document = MarkdownSyntax.PARSER.parse(markdown);
        assertThat(FlexmarkReference.tree(document)).as("same tree as flexmark-ext-admonition for:%n%s", markdown)
                .isEqualTo(FlexmarkReference.tree(FlexmarkReference.PARSER.parse(markdown)));
        return document;
    }

    /** The top-level blocks as their class names. */
    private static List<String> blocks(Node parent) {
        List<String> names = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            names.add(child.getClass().getSimpleName());
        }
        return names;
    }

    private static AdmonitionBlock admonition(Document document) {
        assertThat(document.getFirstChild()).isInstanceOf(AdmonitionBlock.class);
        return (AdmonitionBlock) document.getFirstChild();
    }

    @Test
    void aTitledAdmonitionHoldsItsIndentedBody() {
        AdmonitionBlock block = admonition(parse("!!! note \"Title\"\n    Body text.\n"));

        assertThat(block.getOpeningMarker().toString()).isEqualTo("!!!");
        assertThat(block.getInfo().toString()).isEqualTo("note");
        assertThat(block.getTitle().toString()).isEqualTo("Title");
        assertThat(block.getTitleChars().toString()).isEqualTo("\"Title\"");
        assertThat(blocks(block)).containsExactly("Paragraph");
        assertThat(block.getFirstChild().getChars().toString()).isEqualTo("Body text.\n");
    }

    @Test
    void collapsibleMarkersAreKept() {
        AdmonitionBlock open = admonition(parse("???+ warning\n    Careful.\n"));
        AdmonitionBlock closed = admonition(parse("??? danger 'Closed'\n    Hidden.\n"));

        assertThat(open.getOpeningMarker().toString()).isEqualTo("???+");
        assertThat(open.getInfo().toString()).isEqualTo("warning");
        assertThat(open.getTitle().isNull()).isTrue();
        assertThat(closed.getOpeningMarker().toString()).isEqualTo("???");
        assertThat(closed.getTitle().toString()).isEqualTo("Closed");
    }

    @Test
    void anAdmonitionWithoutATitleHasNone() {
        AdmonitionBlock block = admonition(parse("!!! tip\n    Tip.\n"));

        assertThat(block.getInfo().toString()).isEqualTo("tip");
        assertThat(block.getTitleChars().isNull()).isTrue();
        assertThat(blocks(block)).containsExactly("Paragraph");
    }

    @Test
    void aMarkerWithoutASpaceOrWithTwoCharactersIsText() {
        assertThat(blocks(parse("!!!note\n    x\n"))).containsExactly("Paragraph");
        assertThat(blocks(parse("!! note\n    x\n"))).containsExactly("Paragraph");
        assertThat(blocks(parse("!!!+ note\n    x\n"))).containsExactly("Paragraph");
        assertThat(blocks(parse("!!! note \"unclosed\n    x\n"))).containsExactly("Paragraph");
        assertThat(blocks(parse("!!! note 'title' extra\n    x\n"))).containsExactly("Paragraph");
    }

    @Test
    void aMarkerIndentedByFourSpacesIsCode() {
        Document document = parse("    !!! note\n        x\n");

        assertThat(document.getFirstChild()).isInstanceOf(IndentedCodeBlock.class);
        assertThat(blocks(parse("   !!! note\n       x\n"))).containsExactly("AdmonitionBlock");
    }

    @Test
    void theBodyEndsAtTheFirstLineNotIndentedAfterABlankLine() {
        Document document = parse("!!! note\n    First.\n\n    Second.\n\nAfter.\n");

        assertThat(blocks(document)).containsExactly("AdmonitionBlock", "Paragraph");
        assertThat(blocks(document.getFirstChild())).containsExactly("Paragraph", "Paragraph");
        assertThat(document.getLastChild().getChars().toString()).isEqualTo("After.\n");
    }

    @Test
    void beforeABlankLineALineNotIndentedContinuesTheBody() {
        Document document = parse("!!! note\n    First\nlazy line\n\nAfter.\n");

        assertThat(blocks(document)).containsExactly("AdmonitionBlock", "Paragraph");
        assertThat(document.getFirstChild().getFirstChild().getChars().toString()).isEqualTo("First\nlazy line\n");
    }

    @Test
    void anAdmonitionInterruptsAParagraph() {
        Document document = parse("Para line\n!!! note\n    x\n");

        assertThat(blocks(document)).containsExactly("Paragraph", "AdmonitionBlock");
        assertThat(((Paragraph) document.getFirstChild()).getChars().toString()).isEqualTo("Para line\n");
    }

    @Test
    void admonitionsNestAndSitInQuotesAndListItems() {
        Document nested = parse("!!! note\n    !!! tip \"In\"\n        deep\n");
        assertThat(blocks(nested.getFirstChild())).containsExactly("AdmonitionBlock");

        parse("> !!! note\n>     quoted\n");
        parse("- item\n  !!! note\n      x\n");
        parse("- item\n!!! note \"T\"\n    x\n");
        parse("1. item\n\n    !!! warning\n        x\n");
    }

    @Test
    void tabsAndWindowsLineEndingsParseAsWithFlexmark() {
        parse("!!!\tnote\n\tx\n");
        parse("!!! my-note_2 \"T\"   \r\n    x\r\n\r\nafter\r\n");
    }

    /** The admonition options of flexmark-ext-admonition are read by this parser too. */
    @Test
    void theExtensionsOptionsAreHonoured() {
        List<DataHolder> variants = List.of(
                new MutableDataSet(MarkdownSyntax.OPTIONS).set(AdmonitionExtension.INTERRUPTS_PARAGRAPH, false),
                new MutableDataSet(MarkdownSyntax.OPTIONS).set(AdmonitionExtension.ALLOW_LEADING_SPACE, false),
                new MutableDataSet(MarkdownSyntax.OPTIONS).set(AdmonitionExtension.CONTENT_INDENT, 2),
                new MutableDataSet(MarkdownSyntax.OPTIONS).set(AdmonitionExtension.ALLOW_LAZY_CONTINUATION, false),
                new MutableDataSet(MarkdownSyntax.OPTIONS).set(AdmonitionExtension.INTERRUPTS_ITEM_PARAGRAPH, false),
                new MutableDataSet(MarkdownSyntax.OPTIONS)
                        .set(AdmonitionExtension.WITH_SPACES_INTERRUPTS_ITEM_PARAGRAPH, false));
        String markdown = "Para\n!!! note\n  two\nlazy\n\n  !!! tip\n    x\n\n- item\n  !!! note\n      y\n"
                + "- item\n!!! note\n    z\n";
        for (DataHolder options : variants) {
            Parser ours = Parser.builder(options).build();
            assertThat(FlexmarkReference.tree(ours.parse(markdown))).as(options.toString())
                    .isEqualTo(FlexmarkReference.tree(FlexmarkReference.parser(options).parse(markdown)));
        }
        Parser noInterrupt = Parser.builder(variants.get(0)).build();
        assertThat(blocks(noInterrupt.parse("Para line\n!!! note\n    x\n"))).containsExactly("Paragraph");
    }

    /**
     * Bodies mixed from admonition openings, near misses, indented content and other blocks give flexmark's tree,
     * node for node: the faster parser is the same parser.
     */
    @Test
    void givesFlexmarksTreeForMixedBlocks() {
        List<String> lines = List.of("!!! note", "!!! note \"Title\"", "???+ tip", "??? warning 'T'", "!!!note",
                "!! note", "!!!+ x", "!!! \"T\"", "???", "  !!! note", "   ??? tip", "    !!! note", "\t!!! tip",
                "    body", "        deeper", "      six", "  two", "", "", "text", "- item", "  - nested",
                "1. one", "> quote", ">     !!! note", "```", "~~~", "| a | b |", "|---|---|", "# Heading",
                "!!! note \"unclosed", "!!! a-b_c", "***", "[^1]: foot", "    !!! tip \"In\"");
        Random random = new Random(2211);
        for (int i = 0; i < 1_000; i++) {
            StringBuilder markdown = new StringBuilder();
            int n = 1 + random.nextInt(9);
            String eol = random.nextInt(8) == 0 ? "\r\n" : "\n";
            for (int j = 0; j < n; j++) {
                markdown.append(lines.get(random.nextInt(lines.size()))).append(eol);
            }
            parse(markdown.toString());
        }
    }
}
