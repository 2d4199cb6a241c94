package io.github.ismshandbook.isms.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Markdown bodies built from fuzzer data out of the constructs of the README's "Writing documents" and their broken
 * halves: headings (repeated, empty, of punctuation only), relative, reference, wiki and auto links, raw HTML with
 * scripts, handlers and links, code that hides links, tables, admonitions, footnotes, and odd line breaks, mixed with free
 * text; and constructs nested inside themselves up to thousands of times, which is what overflowed the parser's stack
 * before bodies had a nesting limit (short pieces alone never get there).
 */
final class MarkdownText {

    private static final String[] PIECES = {"# Scope\n", "## Scope\n", "# Scope\n", "### Scope 1\n", "#\n",
            "# !!!\n", "# \u00dcbersicht & Zweck\n", "Setext\n=====\n", "Setext\n---\n", "###### six\n", "####### seven\n",
            "# [link](a.md) in heading\n", "# `code` *em*\n", "[text](other.md)", "[text](../policies/a.md#scope)",
            "[text](#scope)", "[text](#)", "[text](/root.md)", "[](empty.md)", "![img](images/a.png)",
            "![](data:image/png;base64,AAAA)", "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))",
            "[x](java\tscript:x)", "[x](<y z.md>)", "[x](y%20z.md)", "[x](%)", "[x](%ZZ)", "[x](a.md \"title\")",
            "[x](a.md?q=1#s)", "[x](http://example.com)", "[x](//evil.example)", "[x](file:///etc/passwd)",
            "[[POL-2]]", "[[A.5.15]]", "[[5.15]]", "[[6.1.2|label]]", "[[A.9.2.1]]", "[[POL-1#Scope]]", "[[|]]",
            "[[", "]]", "[[a|b|c]]", "[[ ]]", "<https://example.com>", "www.example.com", "someone@example.com",
            "[ref]", "[ref][]", "[label][ref]", "\n[ref]: target.md\n", "\n[ref]: <a b.md> \"t\"\n", "![ref]",
            "<script>alert(1)</script>", "<script src=x.js></script>", "<SCRIPT>", "<div onclick=\"x()\">d</div>",
            "<a href=\"javascript:alert(1)\">a</a>", "<img src=x onerror=alert(1)>", "<iframe src=x></iframe>",
            "<a href=\"other.md#scope\">a</a>", "<a href='missing.md' title=\"<a href=x>\">", "</a>", "<A HREF=a.md>",
            "<img src=\"images/a.png\" alt=\"a\">", "<img alt=x src=missing.png>", "<a href=\"https://example.com\">",
            "<!-- comment -->", "<!--", "-->", "<b>bold</b>", "<br>", "<details><summary>s</summary>\n\n# Hidden\n</details>\n",
            "```\n[x](y.md)\n# not a heading\n```\n", "```", "    code [x](y.md)\n", "`[[x]]`", "``", "\\[x](y)",
            "| a | b |\n|---|---|\n| [x](y.md) | c |\n", "| a |\n|---|---|\n", "!!! note \"T\"\n    [[POL-1]]\n",
            "!!! warning\n\n    # inside\n", "[^1]\n\n[^1]: foot [x](y.md)\n", "[^x]", "- [ ] task\n", "- [x] done\n",
            "1. item\n", "> quote [x](y.md)\n", "~~gone~~", "*", "_", "[", "]", "(", ")", "#", "!", "<", ">", "&amp;",
            "&#0;", "&#x110000;", "\t", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u0085", "\u0000", "\uFEFF", "\u202e",
            "  \n", "---\n", "***\n", "=== \n"};

    /**
     * What nests, as the text that opens a level and the text that closes it: block quotes, lists, emphasis, links,
     * images, wiki links, admonitions, and raw HTML (which must not count).
     */
    private static final String[][] NESTING = {{"> ", ""}, {">", ""}, {"- ", ""}, {"* ", ""}, {"1. ", ""},
            {"> - ", ""}, {"*a ", "*"}, {"_a ", "_"}, {"**a ", "**"}, {"~~a ", "~~"}, {"*", "*"}, {"[", "]"}, {"[", ""},
            {"![", "](a.png)"}, {"[![", "](a.png)](b.md)"}, {"[[", "]]"}, {"!!! note\n", ""}, {"<div>", "</div>"},
            {"<span>", "</span>"}, {"<blockquote>", ""}};
    /** What nests line by line, each line one level deeper than the one before. */
    private static final String[] NESTING_LINES = {"> ", "  ", "    ", "\t", "- ", "  - "};

    private MarkdownText() {
    }

    /**
     * A body: pieces and fragments of free text chosen by the data when its last byte is odd, else the rest of the
     * data as text (so a seed file that ends in an extra line break is its own body).
     */
    static String body(FuzzedDataProvider data) {
        if (!data.consumeBoolean()) {
            return data.consumeRemainingAsString();
        }
        StringBuilder out = new StringBuilder();
        int pieces = data.consumeInt(0, 60);
        for (int i = 0; i < pieces && data.remainingBytes() > 0; i++) {
            out.append(piece(data));
        }
        return out.toString();
    }

    /** One construct, or a few characters of free text, or a construct nested inside itself. */
    static String piece(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 9)) {
            case 0, 1 -> data.consumeString(16);
            case 2 -> nested(data);
            default -> data.pickValue(PIECES);
        };
    }

    /** A construct nested up to 5,000 times on one line, or up to 300 lines each one level deeper. */
    static String nested(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            String[] construct = data.pickValue(NESTING);
            int depth = data.consumeInt(1, 5000);
            return construct[0].repeat(depth) + "x" + construct[1].repeat(depth) + "\n\n";
        }
        String prefix = data.pickValue(NESTING_LINES);
        StringBuilder out = new StringBuilder();
        int lines = data.consumeInt(1, 300);
        for (int i = 0; i < lines; i++) {
            out.append(prefix.repeat(i)).append("- x\n");
        }
        return out.append('\n').toString();
    }
}
