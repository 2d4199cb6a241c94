package io.github.ismshandbook.isms.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables every template gets: {@code site}, {@code page}, {@code root} (the way back to the site root, for
 * relative links) and {@code groups} (the navigation). The navigation is computed once per build.
 */
final class PageContext {

    private final SiteModel model;
    private final List<SiteModel.TypeGroup> groups;

    PageContext(SiteModel model) {
        this.model = model;
        this.groups = model.groups();
    }

    Map<String, Object> of(Page page) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", model.info);
        context.put("page", page);
        context.put("root", SitePaths.root(page.url()));
        context.put("groups", groups);
        return context;
    }

    List<SiteModel.TypeGroup> groups() {
        return groups;
    }
}
