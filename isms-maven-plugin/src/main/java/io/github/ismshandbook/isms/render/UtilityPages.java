package io.github.ismshandbook.isms.render;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code search.html}, {@code print.html} (every published document in one page, for printing or saving as
 * PDF) and {@code 404.html}.
 */
final class UtilityPages {

    /**
     * One document in the print version: its view, its section id and its body rendered for that page. The body is
     * read when the template asks for it, so that only one section's body is in memory at a time.
     */
    record PrintSection(DocumentView doc, String anchor, CompressedTexts bodies) {
        public String body() {
            return bodies.get(doc.path());
        }
    }

    /** The documents of one type in the print version, for its table of contents. */
    record PrintGroup(String label, List<PrintSection> sections) {
    }

    private final SiteModel model;
    private final PageWriter pages;
    private final CompressedTexts printBodies;

    UtilityPages(SiteModel model, PageWriter pages, CompressedTexts printBodies) {
        this.model = model;
        this.pages = pages;
        this.printBodies = printBodies;
    }

    void write() throws IOException {
        Page search = new Page("search.html", "Search", "search", null, model.defaultClassification(), List.of(Page.HOME));
        pages.write(search, "search.peb", pages.context(search));
        writePrint();
        writeNotFound();
    }

    private void writePrint() throws IOException {
        // the order of the home page: by type, then title; the bodies were rendered with the documents' pages
        List<PrintGroup> groups = pages.groups().stream()
                .map(g -> new PrintGroup(g.label(), g.documents().stream().map(this::printSection).toList()))
                .toList();
        List<PrintSection> sections = groups.stream().flatMap(g -> g.sections().stream()).toList();
        Page page = new Page(SiteLinks.PRINT, "Print version", "print", null, model.highestClassification(),
                List.of(Page.HOME));
        Map<String, Object> context = pages.context(page);
        context.put("sections", sections);
        context.put("printGroups", groups);
        pages.stream(page, "print.peb", context);
    }

    private PrintSection printSection(DocumentView view) {
        return new PrintSection(view, BodyScope.sectionId(model.handbook.byPath(view.path()).orElseThrow()),
                printBodies);
    }

    /**
     * A web server shows 404.html for any missing path, at any depth, so relative links cannot work there: with a
     * {@code baseUrl} the page links absolutely, without one it assumes the site root.
     */
    private void writeNotFound() throws IOException {
        Page page = new Page("404.html", "Page not found", "not-found", null, model.defaultClassification(), List.of());
        Map<String, Object> context = pages.context(page);
        String baseUrl = model.config.baseUrl();
        if (baseUrl != null && !baseUrl.isBlank()) {
            context.put("root", baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        }
        pages.write(page, "404.peb", context);
    }
}
