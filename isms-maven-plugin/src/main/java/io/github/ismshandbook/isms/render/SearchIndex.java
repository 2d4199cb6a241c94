package io.github.ismshandbook.isms.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ismshandbook.isms.model.Document;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code search-index.json}: per published document its URL, title, id, type, owner, controls, summary and plain
 * body text (truncated), for the client-side search of {@code search.html}. The same data is written as
 * {@code search-index.js}, which a page can load from {@code file://}, where browsers refuse to fetch JSON.
 */
final class SearchIndex {

    /** Enough text to find a document by what it says, small enough to keep the index quick to load. */
    static final int MAX_TEXT = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final SiteModel model;
    private final CompressedTexts texts;

    /**
     * @param texts the plain text of each published document's body, by source path
     */
    SearchIndex(SiteModel model, CompressedTexts texts) {
        this.model = model;
        this.texts = texts;
    }

    /** Streamed entry by entry: with ten thousand documents the index is tens of megabytes. */
    void write(SiteOutput out) throws IOException {
        out.write("search-index.json", json -> {
            writeJson(json);
            json.write("\n");
        });
        out.write("search-index.js", js -> {
            js.write("window.ISMS_SEARCH_INDEX = ");
            writeJson(js);
            js.write(";\n");
        });
    }

    private void writeJson(Writer writer) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(writer)) {
            json.writeStartArray();
            for (Document d : model.published) {
                json.writeObject(entry(d));
            }
            json.writeEndArray();
        }
    }

    private Map<String, Object> entry(Document d) {
        DocumentView v = model.view(d);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("url", v.url());
        e.put("title", v.title());
        e.put("id", v.id());
        e.put("type", v.typeLabel());
        e.put("owner", v.owner());
        e.put("controls", v.controls().stream().map(DocumentView.ControlRef::label).toList());
        e.put("summary", v.summary());
        e.put("text", texts.get(d.path()));
        return e;
    }
}
