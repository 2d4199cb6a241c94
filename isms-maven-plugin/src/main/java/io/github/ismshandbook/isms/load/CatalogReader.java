package io.github.ismshandbook.isms.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.ControlRef;
import io.github.ismshandbook.isms.model.Clause;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.MandatoryItem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one catalog file (the format of {@code site-content}'s {@code iso27001-2022.yaml}):
 * <pre>
 * name: "ISO/IEC 27001:2022"
 * controls:
 *   - {id: "5.1", title: "Policies for information security", theme: "Organizational controls"}
 * clauses:
 *   - {id: "4", title: "Context of the organization"}
 * legacy:
 *   "A.5.1.1": ["5.1"]
 * mandatory:
 *   - {id: "6.1.3 d", kind: document, title: "Statement of Applicability", addressed_by: ["type:soa"]}
 * </pre>
 * The file is walked token by token rather than bound to objects, for two reasons: every problem can name
 * the line it is on, and scalars keep the text as written ({@code id: 5.10} unquoted stays {@code 5.10},
 * where binding through a number would make it {@code 5.1}).
 */
final class CatalogReader {

    /** Ids become page names ({@code controls/A.5.15.html}), so they must be safe as a file name. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final List<String> CONTROL_KEYS = List.of("id", "title", "theme");
    private static final List<String> CLAUSE_KEYS = List.of("id", "title");
    private static final List<String> MANDATORY_KEYS = List.of("id", "kind", "title", "addressed_by");
    private static final String TOP_KEYS = "name, controls, clauses, legacy or mandatory";
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;
    private String name;
    private final List<Map<String, String>> controls = new ArrayList<>();
    private final List<Clause> clauses = new ArrayList<>();
    private final Map<String, List<String>> legacy = new LinkedHashMap<>();
    private final List<MandatoryItem> mandatory = new ArrayList<>();

    private CatalogReader(String source, String defaultName) {
        this.source = source;
        this.name = defaultName;
    }

    /**
     * @param in          the YAML text
     * @param source      how to name the file in error messages
     * @param defaultName the catalog name when the file has no {@code name}
     * @throws IOException on invalid YAML or content; the message names {@code source}, line and column
     */
    static Catalog read(Reader in, String source, String defaultName) throws IOException {
        CatalogReader reader = new CatalogReader(source, defaultName);
        try (JsonParser parser = YAML.createParser(in)) {
            reader.readCatalog(parser);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                // SnakeYAML's own message spans several lines with a source excerpt: keep the one-line gist
                Mark mark = yaml.getProblemMark();
                String context = yaml.getContext() == null ? "" : yaml.getContext() + ", ";
                throw new IOException(reader.at(mark.getLine() + 1, mark.getColumn() + 1, context + yaml.getProblem()), e);
            }
            throw new IOException(reader.at(e.getLocation(), e.getOriginalMessage()), e);
        }
        return reader.catalog();
    }

    private void readCatalog(JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw error(p, "the file is empty; expected the keys " + TOP_KEYS.replace(" or ", " and "));
        }
        expect(p, first == JsonToken.START_OBJECT, "expected a mapping with the keys " + TOP_KEYS.replace(" or ", " and "));
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonLocation keyAt = p.currentTokenLocation();
            p.nextToken();
            switch (key) {
                case "name" -> name = scalar(p, "name");
                case "controls" -> readList(p, "controls", () -> readControl(p));
                case "clauses" -> readList(p, "clauses", () -> readClause(p));
                case "legacy" -> readLegacy(p);
                case "mandatory" -> readList(p, "mandatory", () -> readMandatory(p));
                default -> throw new IOException(at(keyAt, "unknown key '" + key + "' (expected " + TOP_KEYS + ")"));
            }
        }
    }

    private void readList(JsonParser p, String key, ItemReader item) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return; // "controls:" with nothing under it: an empty list
        }
        expect(p, p.currentToken() == JsonToken.START_ARRAY, "'" + key + "' must be a list");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            item.read();
        }
    }

    private void readControl(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        Map<String, String> fields = fields(p, "control", CONTROL_KEYS);
        String id = ControlRef.parse(require(fields, "id", "control", at)).id();
        checkId(id, "control", at);
        require(fields, "title", "control " + id, at);
        if (controls.stream().anyMatch(c -> c.get("id").equals(id))) {
            throw new IOException(at(at, "control " + id + " is defined twice"));
        }
        fields.put("id", id);
        controls.add(fields);
    }

    private void readClause(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        Map<String, String> fields = fields(p, "clause", CLAUSE_KEYS);
        String id = require(fields, "id", "clause", at);
        checkId(id, "clause", at);
        String title = require(fields, "title", "clause " + id, at);
        if (clauses.stream().anyMatch(c -> c.id().equals(id))) {
            throw new IOException(at(at, "clause " + id + " is defined twice"));
        }
        clauses.add(new Clause(id, title));
    }

    /** {@code "A.18.2.3": ["5.36", "8.8"]}; a single id may be written without the brackets. */
    private void readLegacy(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        expect(p, p.currentToken() == JsonToken.START_OBJECT,
                "'legacy' must be a mapping from an old control id to a list of control ids");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String old = p.currentName().trim();
            String key = ControlRef.parse(old).legacyKey(); // the form Catalog.legacyEquivalents looks up
            p.nextToken();
            List<String> targets = scalars(p, "legacy " + old).stream().map(t -> ControlRef.parse(t).id()).toList();
            expect(p, !targets.isEmpty(), "legacy " + old + " maps to no control");
            legacy.put(key, targets);
        }
    }

    /**
     * An item of mandatory documented information: {@code id}, {@code kind} ({@code document} or {@code record}),
     * {@code title}, and {@code addressed_by}, the clause or control references (or {@code type:soa}) that address
     * it, as a list or as one text of references separated by spaces (the form of the reference table).
     */
    private void readMandatory(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        List<String> written = new ArrayList<>();
        Map<String, String> fields = fields(p, "mandatory item", MANDATORY_KEYS, Map.of("addressed_by", written));
        List<String> refs = new ArrayList<>();
        written.forEach(r -> refs.addAll(List.of(r.trim().split("\\s+"))));
        String id = require(fields, "id", "mandatory item", at);
        String what = "mandatory item " + id;
        MandatoryItem.Kind kind = MandatoryItem.Kind.fromKey(require(fields, "kind", what, at))
                .orElseThrow(() -> new IOException(at(at, what + " has kind '" + fields.get("kind")
                        + "' (expected document or record)")));
        String title = require(fields, "title", what, at);
        refs.removeIf(String::isEmpty);
        if (refs.isEmpty()) {
            throw new IOException(at(at, what + " has no 'addressed_by'"));
        }
        for (String ref : refs) {
            String type = ref.startsWith(MandatoryItem.TYPE_PREFIX) ? ref.substring(MandatoryItem.TYPE_PREFIX.length()) : null;
            if (type != null && DocumentType.fromKey(type).isEmpty()) {
                throw new IOException(at(at, what + " is addressed by '" + ref + "', which names no document type"));
            }
        }
        if (mandatory.stream().anyMatch(m -> m.id().equals(id))) {
            throw new IOException(at(at, what + " is defined twice"));
        }
        mandatory.add(new MandatoryItem(id, kind, title, refs, name));
    }

    /** A list of scalars, or a single scalar written without the brackets. */
    private List<String> scalars(JsonParser p, String what) throws IOException {
        List<String> values = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return values;
        }
        if (p.currentToken() == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                values.add(scalar(p, what));
            }
        } else {
            values.add(scalar(p, what));
        }
        return values;
    }

    /** The scalar values of a flat mapping, in file order; any other key or a nested value is an error. */
    private Map<String, String> fields(JsonParser p, String what, List<String> allowed) throws IOException {
        return fields(p, what, allowed, Map.of());
    }

    /** Like {@link #fields(JsonParser, String, List)}, where a key of {@code lists} holds scalars, collected there. */
    private Map<String, String> fields(JsonParser p, String what, List<String> allowed, Map<String, List<String>> lists)
            throws IOException {
        expect(p, p.currentToken() == JsonToken.START_OBJECT,
                "expected a " + what + " as a mapping with the keys " + String.join(", ", allowed));
        Map<String, String> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            expect(p, allowed.contains(key),
                    "unknown key '" + key + "' in a " + what + " (expected " + String.join(", ", allowed) + ")");
            p.nextToken();
            if (lists.containsKey(key)) {
                lists.get(key).addAll(scalars(p, key));
                continue;
            }
            String value = p.currentToken() == JsonToken.VALUE_NULL ? null : scalar(p, key);
            if (value != null && !value.isBlank()) {
                fields.put(key, value.trim());
            }
        }
        return fields;
    }

    private String scalar(JsonParser p, String what) throws IOException {
        expect(p, p.currentToken() != null && p.currentToken().isScalarValue(), "'" + what + "' must be a text value");
        return p.getText(); // the text as written, also for numbers
    }

    private String require(Map<String, String> fields, String key, String what, JsonLocation at) throws IOException {
        String value = fields.get(key);
        if (value == null) {
            throw new IOException(at(at, what + " has no '" + key + "'"));
        }
        return value;
    }

    private void checkId(String id, String what, JsonLocation at) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new IOException(at(at, what + " id '" + id
                    + "' is not valid: use letters, digits, '.', '_' and '-', starting with a letter or digit"));
        }
    }

    private void expect(JsonParser p, boolean condition, String message) throws IOException {
        if (!condition) {
            throw error(p, message);
        }
    }

    private IOException error(JsonParser p, String message) {
        return new IOException(at(p.currentTokenLocation(), message));
    }

    private String at(JsonLocation location, String message) {
        return location == null ? at(0, 0, message) : at(location.getLineNr(), location.getColumnNr(), message);
    }

    private String at(int line, int column, String message) {
        String where = line < 1 ? "" : ", line " + line + ", column " + column;
        return "Invalid catalog " + source + where + ": " + message;
    }

    private Catalog catalog() {
        List<Control> built = controls.stream()
                .map(c -> new Control(c.get("id"), c.get("title"), c.getOrDefault("theme", name), name))
                .toList();
        List<MandatoryItem> items = mandatory.stream()
                .map(m -> new MandatoryItem(m.id(), m.kind(), m.title(), m.addressedBy(), name)).toList();
        return new Catalog(name, built, clauses, legacy, items);
    }

    @FunctionalInterface
    private interface ItemReader {
        void read() throws IOException;
    }
}
