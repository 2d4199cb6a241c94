package io.github.ismshandbook.isms.model;

import java.util.List;

/**
 * One Markdown document of the handbook, loaded but not yet rendered.
 *
 * @param path        path relative to the source directory, '/'-separated ({@code policies/access-control.md})
 * @param frontMatter the bound front-matter
 * @param body        the Markdown after the front-matter block
 * @param bodyLine    the 1-based line of the source file on which {@code body} starts
 * @param headings    headings in document order, with their anchors
 * @param links       every link in document order
 * @param rawHtml     every piece of raw HTML in document order
 * @param prepared    the body rendered as far as it can be without the rest of the handbook
 */
public record Document(String path, FrontMatter frontMatter, String body, int bodyLine,
                       List<Heading> headings, List<Link> links, List<RawHtml> rawHtml, PreparedBody prepared) {

    public Document {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        rawHtml = List.copyOf(rawHtml);
    }

    /** The document id, or {@code null} when it is missing or invalid. */
    public String id() {
        return frontMatter.id();
    }

    /** The page this document is rendered to: {@code policies/access-control.md} → {@code policies/access-control.html}. */
    public String pagePath() {
        return path.substring(0, path.length() - ".md".length()) + ".html";
    }

    public boolean isPublished(boolean includeDrafts) {
        return frontMatter.status() != DocumentStatus.DRAFT || includeDrafts;
    }

    public boolean hasAnchor(String anchor) {
        return headings.stream().anyMatch(h -> h.anchor().equals(anchor));
    }
}
