package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.render.BodyRenderer.RenderedBody;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code search.html}, {@code print.html} (every published document in one page, for printing or saving as
 * PDF) and {@code 404.html}.
 */
final class UtilityPages {

    /** One document in the print version: its view, its section id and its body rendered for that page. */
    record PrintSection(DocumentView doc, String anchor, String body) {
    }

    private final SiteModel model;
    private final PageWriter pages;
    private final BodyRenderer bodies;

    UtilityPages(SiteModel model, PageWriter pages, BodyRenderer bodies) {
        this.model = model;
        this.pages = pages;
        this.bodies = bodies;
    }

    void write() throws IOException {
        Page search = new Page("search.html", "Search", "search", null, model.defaultClassification(), List.of(Page.HOME));
        pages.write(search, "search.peb", pages.context(search));
        writePrint();
        writeNotFound();
    }

    private void writePrint() throws IOException {
        // the order of the home page: by type, then title; bodies rendered in parallel, kept in that order
        List<DocumentView> views = pages.groups().stream().flatMap(g -> g.documents().stream()).toList();
        List<PrintSection> sections = views.parallelStream().map(view -> {
            Document d = model.handbook.byPath(view.path()).orElseThrow();
            RenderedBody body = bodies.render(new BodyScope(d, "print.html", true));
            return new PrintSection(view, BodyScope.sectionId(d), body.html());
        }).toList();
        Page page = new Page("print.html", "Print version", "print", null, model.highestClassification(),
                List.of(Page.HOME));
        Map<String, Object> context = pages.context(page);
        context.put("sections", sections);
        pages.write(page, "print.peb", context);
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
