package io.github.ismshandbook.isms.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The outline (bookmarks) of {@code handbook.pdf}, read from the structure of the print page and written as the
 * {@code <bookmarks>} head element that openhtmltopdf turns into the PDF outline: the contents, then one entry per
 * document ({@code article.print-section}, named by the element its {@code aria-labelledby} points at), with the
 * document's headings nested by level below it. Levels are relative, so the outline does not depend on which
 * heading level a body starts at; a body heading that repeats the document's title is left out.
 */
final class PdfBookmarks {

    private static final String HEADINGS = "h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]";

    private PdfBookmarks() {
    }

    /** Adds the {@code <bookmarks>} element to the head of the print page. */
    static void addTo(Document page) {
        Element bookmarks = page.head().appendElement("bookmarks");
        Element contents = page.selectFirst(".print-toc [id]");
        if (contents != null) {
            bookmark(bookmarks, contents.text(), contents.id());
        }
        for (Element section : page.select("article.print-section[id]")) {
            Element title = page.getElementById(section.attr("aria-labelledby"));
            String name = title != null ? title.text() : section.id();
            Element entry = bookmark(bookmarks, name, section.id());
            addHeadings(entry, section, name);
        }
    }

    private static void addHeadings(Element entry, Element section, String title) {
        record Open(int level, Element bookmark) {
        }
        Deque<Open> open = new ArrayDeque<>();
        for (Element heading : section.select(".doc-body").select(HEADINGS)) {
            if (heading.text().equals(title)) {
                continue;
            }
            int level = heading.tagName().charAt(1) - '0';
            while (!open.isEmpty() && open.peek().level() >= level) {
                open.pop();
            }
            Element parent = open.isEmpty() ? entry : open.peek().bookmark();
            open.push(new Open(level, bookmark(parent, heading.text(), heading.id())));
        }
    }

    private static Element bookmark(Element parent, String name, String id) {
        return parent.appendElement("bookmark").attr("name", name).attr("href", "#" + id);
    }
}
