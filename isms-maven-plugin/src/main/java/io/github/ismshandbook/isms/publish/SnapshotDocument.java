package io.github.ismshandbook.isms.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.FrontMatterKey;
import io.github.ismshandbook.isms.model.FrontMatterKeys;
import io.github.ismshandbook.isms.model.RevisionEntry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One document as recorded in {@code isms-snapshot.json}: the metadata a later version is compared with, and the
 * Markdown body. The metadata are the front-matter keys that {@link FrontMatterKey#inSnapshot()}, under their names
 * (docs/reference.md, "Front-matter"), as the key's {@link FrontMatterKey#value()} gives them: text, a list of texts
 * (written even when empty) or the history entries; a key without a value is left out.
 *
 * @param path   path relative to the source directory, '/'-separated
 * @param values the metadata by key; no {@code null} values
 * @param body   the Markdown after the front-matter
 */
@JsonSerialize(using = SnapshotDocument.Writer.class)
@JsonDeserialize(using = SnapshotDocument.Reader.class)
public record SnapshotDocument(String path, Map<FrontMatterKey, Object> values, String body) {

    /**
     * The keys in the order the file lists them: that of {@link FrontMatterKeys#ALL}, but {@code version} right after
     * {@code type}, as format 1 has always written it; {@code path} follows {@code id}, {@code body} comes last.
     */
    static final List<FrontMatterKey> LAYOUT = layout();

    public SnapshotDocument {
        path = path == null ? "" : path;
        Map<FrontMatterKey, Object> known = new HashMap<>();
        for (FrontMatterKey key : LAYOUT) {
            Object value = values == null ? null : values.get(key);
            if (value != null) {
                known.put(key, value instanceof List<?> list ? List.copyOf(list) : value);
            } else if (key.kind().isList() || key.kind() == FrontMatterKey.Kind.HISTORY) {
                known.put(key, List.of());
            }
        }
        values = Map.copyOf(known);
        body = body == null ? "" : body;
    }

    public static SnapshotDocument of(Document document) {
        Map<FrontMatterKey, Object> values = new HashMap<>();
        for (FrontMatterKey key : LAYOUT) {
            Object value = key.value().apply(document.frontMatter());
            if (value != null) {
                values.put(key, value);
            }
        }
        return new SnapshotDocument(document.path(), values, document.body());
    }

    /** The key's value (text, a list of texts, or history entries); {@code null} when the document gives none. */
    public Object value(FrontMatterKey key) {
        return values.get(key);
    }

    public String id() {
        return (String) value(FrontMatterKeys.ID);
    }

    public String title() {
        return (String) value(FrontMatterKeys.TITLE);
    }

    public String version() {
        return (String) value(FrontMatterKeys.VERSION);
    }

    @SuppressWarnings("unchecked")
    public List<RevisionEntry> history() {
        return (List<RevisionEntry>) value(FrontMatterKeys.HISTORY);
    }

    private static List<FrontMatterKey> layout() {
        List<FrontMatterKey> keys = new ArrayList<>(FrontMatterKeys.ALL.stream().filter(FrontMatterKey::inSnapshot)
                .filter(k -> k != FrontMatterKeys.VERSION).toList());
        keys.add(keys.indexOf(FrontMatterKeys.TYPE) + 1, FrontMatterKeys.VERSION);
        return List.copyOf(keys);
    }

    static final class Writer extends JsonSerializer<SnapshotDocument> {
        @Override
        public void serialize(SnapshotDocument document, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            out.writeStartObject();
            for (FrontMatterKey key : LAYOUT) {
                Object value = document.value(key);
                if (value != null) {
                    provider.defaultSerializeField(key.name(), value, out);
                }
                if (key == FrontMatterKeys.ID) {
                    out.writeStringField("path", document.path());
                }
            }
            out.writeStringField("body", document.body());
            out.writeEndObject();
        }
    }

    /** Reads what any version of the writer wrote: keys it does not know are skipped, missing ones have no value. */
    static final class Reader extends JsonDeserializer<SnapshotDocument> {
        @Override
        public SnapshotDocument deserialize(JsonParser in, DeserializationContext context) throws IOException {
            JsonNode tree = context.readTree(in);
            if (!tree.isObject()) {
                return context.reportInputMismatch(SnapshotDocument.class, "a document must be an object");
            }
            Map<FrontMatterKey, Object> values = new HashMap<>();
            for (FrontMatterKey key : LAYOUT) {
                JsonNode node = tree.get(key.name());
                if (node != null && !node.isNull()) {
                    values.put(key, value(key, node, context));
                }
            }
            return new SnapshotDocument(text(tree.get("path"), "path", context), values,
                    text(tree.get("body"), "body", context));
        }

        private static Object value(FrontMatterKey key, JsonNode node, DeserializationContext context)
                throws IOException {
            if (key.kind() == FrontMatterKey.Kind.HISTORY) {
                return context.readTreeAsValue(node,
                        context.getTypeFactory().constructCollectionType(List.class, RevisionEntry.class));
            }
            if (!key.kind().isList()) {
                return text(node, key.name(), context);
            }
            if (!node.isArray()) {
                return context.reportInputMismatch(SnapshotDocument.class, "%s must be a list", key.name());
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                items.add(text(item, "an item of " + key.name(), context));
            }
            return items;
        }

        private static String text(JsonNode node, String what, DeserializationContext context) throws IOException {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isValueNode()) {
                return context.reportInputMismatch(SnapshotDocument.class, "%s must be a single value", what);
            }
            return node.asText();
        }
    }
}
