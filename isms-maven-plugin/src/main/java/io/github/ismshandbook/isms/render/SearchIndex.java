package io.github.ismshandbook.isms.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ismshandbook.isms.model.Document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code search-index.json}: per published document its URL, title, id, type, owner, controls, summary and plain
 * body text (truncated), for the client-side search of {@code search.html}. The same data is written as
 * {@code search-index.js}, which a page can load from {@code file://}, where browsers refuse to fetch JSON.
 */
final class SearchIndex {

    /** Enough text to find a document by what it says, small enough to keep the index quick to load. */
    static final int MAX_TEXT = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteModel model;
    private final Map<String, String> texts;

    /**
     * @param texts the plain text of each published document's body, by source path
     */
    SearchIndex(SiteModel model, Map<String, String> texts) {
        this.model = model;
        this.texts = texts;
    }

    void write(SiteOutput out) throws IOException {
        String json = json();
        out.write("search-index.json", json + "\n");
        out.write("search-index.js", "window.ISMS_SEARCH_INDEX = " + json + ";\n");
    }

    String json() throws JsonProcessingException {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Document d : model.published) {
            DocumentView v = model.view(d);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("url", v.url());
            e.put("title", v.title());
            e.put("id", v.id());
            e.put("type", v.typeLabel());
            e.put("owner", v.owner());
            e.put("controls", v.controls().stream().map(DocumentView.ControlRef::label).toList());
            e.put("summary", v.summary());
            e.put("text", texts.getOrDefault(d.path(), ""));
            entries.add(e);
        }
        return JSON.writeValueAsString(entries);
    }
}
