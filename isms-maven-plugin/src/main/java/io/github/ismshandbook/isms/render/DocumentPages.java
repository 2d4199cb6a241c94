package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.render.BodyRenderer.RenderedBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The home page and one page per published document. */
final class DocumentPages {

    /** The table of contents lists sections and sub-sections; deeper headings would drown it. */
    private static final int TOC_DEPTH = 3;

    private final SiteModel model;
    private final PageWriter pages;
    private final BodyRenderer bodies;
    private final CompressedTexts texts;
    private final CompressedTexts printBodies;

    DocumentPages(SiteModel model, PageWriter pages, BodyRenderer bodies) {
        this(model, pages, bodies, new CompressedTexts(), new CompressedTexts());
    }

    /** Pages that update {@code texts} and {@code printBodies} kept from an earlier build. */
    DocumentPages(SiteModel model, PageWriter pages, BodyRenderer bodies, CompressedTexts texts,
                  CompressedTexts printBodies) {
        this.model = model;
        this.pages = pages;
        this.bodies = bodies;
        this.texts = texts;
        this.printBodies = printBodies;
    }

    /**
     * Writes the pages in parallel: sanitizing bodies and filling templates are most of the work, and pages do not
     * depend on each other (the sanitizer, the Pebble engine and the output are safe to share; the files are the same
     * in any order).
     */
    void write() throws IOException {
        write(model.published);
        writeIndex();
    }

    /** Writes the pages of {@code documents}, in parallel. */
    void write(List<Document> documents) throws IOException {
        try {
            documents.parallelStream().forEach(d -> {
                try {
                    writeDocument(d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The plain text of each body written so far, by source path, for the search index. */
    CompressedTexts texts() {
        return texts;
    }

    /** The bodies of {@code print.html}, rendered with the pages written so far. */
    CompressedTexts printBodies() {
        return printBodies;
    }

    private void writeDocument(Document document) throws IOException {
        String path = model.pages.documentPage(document);
        DocumentView view = model.view(document);
        RenderedBody body = bodies.render(new BodyScope(document, path, false));
        texts.put(document.path(), PlainText.of(body.html(), SearchIndex.MAX_TEXT));
        printBodies.put(document.path(), body.printHtml());
        String classification = view.classification() != null ? view.classification() : model.defaultClassification();
        Page page = new Page(path, view.title(), "document", view.type(), classification,
                List.of(Page.HOME, new Page.Crumb(groupLabel(view.type()), "index.html#type-" + view.type())));
        Map<String, Object> context = pages.context(page);
        context.put("doc", view);
        context.put("body", body.html());
        context.put("titleAnchor", body.titleAnchor());
        context.put("toc", body.toc().stream().filter(e -> e.level() <= TOC_DEPTH).toList());
        pages.write(page, "document.peb", context);
    }

    void writeIndex() throws IOException {
        Page page = new Page("index.html", model.info.title(), "index", null, model.defaultClassification(), List.of());
        Map<String, Object> context = pages.context(page);
        context.put("counts", model.counts());
        context.put("filters", IndexFilters.of(pages.groups()));
        pages.write(page, "index.peb", context);
    }

    private String groupLabel(String typeKey) {
        return pages.groups().stream().filter(g -> g.key().equals(typeKey)).map(SiteModel.TypeGroup::label)
                .findFirst().orElse("Documents");
    }
}
