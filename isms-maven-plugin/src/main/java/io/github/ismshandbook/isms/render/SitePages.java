package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page each published document is written to. Normally {@link Document#pagePath()}; a document whose page
 * would take the place of a page the site generates ({@code soa.md} next to the generated {@code soa.html},
 * {@code index.md}) moves to {@code soa-document.html}, so neither hides the other.
 */
final class SitePages {

    /** Files the renderer generates at fixed places (docs/reference.md, "Site"). */
    static final Set<String> GENERATED = Set.of("index.html", "soa.html", "soa.csv", "soa.xlsx", "mandatory.html",
            "owners.html", "reviews.html",
            "reviews.ics", "changes.html", "search.html", "search-index.json", "print.html", "handbook.pdf",
            "handbook.json", "404.html", "versions.json", SitePaths.CONTROLS_INDEX, SitePaths.CLAUSES_INDEX);

    private final Map<String, String> pageByPath = new HashMap<>();

    SitePages(List<Document> published, Catalog catalog) {
        Set<String> taken = new HashSet<>(GENERATED);
        catalog.controls().forEach(c -> taken.add(SitePaths.controlPage(c)));
        List<Document> displaced = new ArrayList<>();
        for (Document d : published) {
            if (taken.contains(d.pagePath())) {
                displaced.add(d);
            } else {
                pageByPath.put(d.path(), d.pagePath());
            }
        }
        taken.addAll(pageByPath.values());
        for (Document d : displaced) {
            String stem = d.pagePath().substring(0, d.pagePath().length() - ".html".length()) + "-document";
            String page = stem + ".html";
            for (int i = 2; taken.contains(page); i++) {
                page = stem + "-" + i + ".html";
            }
            taken.add(page);
            pageByPath.put(d.path(), page);
        }
    }

    /** The site path of a document's page. */
    String documentPage(Document document) {
        return pageByPath.getOrDefault(document.path(), document.pagePath());
    }
}
