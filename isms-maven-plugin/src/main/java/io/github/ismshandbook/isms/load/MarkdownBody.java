package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.util.ast.Node;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.PreparedBody;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A body parsed once, for everything later stages need: its outline (headings with anchors, links, raw HTML) for the
 * checks, and its {@link PreparedBody} for the site.
 *
 * @param outline  headings, links and raw HTML
 * @param prepared the HTML the site finishes
 */
public record MarkdownBody(MarkdownOutline outline, PreparedBody prepared) {

    /**
     * @param body     the Markdown after the front-matter, with LF line endings
     * @param bodyLine the file line on which the body starts
     * @param title    the document's title, or {@code null}: a leading {@code # Title} that repeats it is left out
     * @throws MarkdownNesting.TooDeep when the body nests deeper than the handbook takes
     */
    static MarkdownBody read(String body, int bodyLine, String title) throws MarkdownNesting.TooDeep {
        com.vladsch.flexmark.util.ast.Document ast = MarkdownNesting.parse(body);
        Map<Node, String> headingIds = new IdentityHashMap<>();
        MarkdownOutline outline = MarkdownOutline.of(ast, body, bodyLine, headingIds);
        return new MarkdownBody(outline, BodyHtml.render(ast, headingIds, title));
    }

    /**
     * A document built in memory rather than loaded from a file, with its body read as a loaded one's is.
     *
     * @throws IllegalArgumentException when the body nests deeper than the handbook takes
     */
    public static Document document(String path, FrontMatter frontMatter, String body, int bodyLine) {
        try {
            MarkdownBody read = read(body, bodyLine, frontMatter.title());
            MarkdownOutline outline = read.outline();
            return new Document(path, frontMatter, body, bodyLine, outline.headings(), outline.links(),
                    outline.rawHtml(), read.prepared());
        } catch (MarkdownNesting.TooDeep e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }
}
