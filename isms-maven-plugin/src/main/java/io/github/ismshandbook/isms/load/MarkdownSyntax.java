package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The Markdown dialect of docs/reference.md, "Front-matter" (the body), shared by loading (headings, links) and
 * rendering, so that both see the same tree. Flexmark's parser is immutable and thread-safe: it is built once.
 */
public final class MarkdownSyntax {

    /** Parser options: CommonMark plus tables, task lists, strikethrough, autolinks ({@link AutolinkSyntax}), footnotes, admonitions ({@link AdmonitionSyntax}), wiki links. */
    public static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(
                    TablesExtension.create(),
                    StrikethroughExtension.create(),
                    TaskListExtension.create(),
                    AutolinkSyntax.create(),
                    FootnoteExtension.create(),
                    AdmonitionSyntax.create(),
                    WikiLinkExtension.create()))
            // [[target|label]], as on Git forges and in Obsidian
            .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            .toImmutable();

    public static final Parser PARSER = Parser.builder(OPTIONS).build();

    private MarkdownSyntax() {
    }
}
