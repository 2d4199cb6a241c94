package io.github.ismshandbook.isms.render;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the HTML pages of one build through the theme. Every template gets {@code site}, {@code page},
 * {@code root} (the way back to the site root, for relative links) and {@code groups} (the navigation, computed
 * once per build), plus what the page adds.
 */
final class PageWriter {

    private final SiteModel model;
    private final Theme theme;
    private final SiteOutput out;
    private final List<SiteModel.TypeGroup> groups;

    PageWriter(SiteModel model, Theme theme, SiteOutput out) {
        this.model = model;
        this.theme = theme;
        this.out = out;
        this.groups = model.groups();
    }

    /** The variables every page has; add the page's own, then {@link #write}. */
    Map<String, Object> context(Page page) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", model.info);
        context.put("page", page);
        context.put("root", SitePaths.root(page.path()));
        context.put("groups", groups);
        return context;
    }

    void write(Page page, String template, Map<String, Object> context) throws IOException {
        out.write(page.path(), theme.render(template, context));
    }

    /** Like {@link #write}, streaming the page to its file: for the print page, which holds the whole handbook. */
    void stream(Page page, String template, Map<String, Object> context) throws IOException {
        out.write(page.path(), writer -> theme.render(template, context, writer));
    }

    List<SiteModel.TypeGroup> groups() {
        return groups;
    }
}
