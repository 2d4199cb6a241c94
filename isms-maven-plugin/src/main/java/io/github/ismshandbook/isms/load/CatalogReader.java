package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.ControlRef;
import io.github.ismshandbook.isms.model.Clause;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.MandatoryItem;
import io.github.ismshandbook.isms.model.Position;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
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
 * The file is read into a {@link YamlNode} tree, as front-matter is, rather than bound to objects, for two reasons:
 * every problem can name the line it is on, and scalars keep the text as written ({@code id: 5.10} unquoted stays
 * {@code 5.10}, where binding through a number would make it {@code 5.1}).
 */
final class CatalogReader {

    /** Ids become page names ({@code controls/A.5.15.html}), so they must be safe as a file name. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final List<String> CONTROL_KEYS = List.of("id", "title", "theme");
    private static final List<String> CLAUSE_KEYS = List.of("id", "title");
    private static final List<String> MANDATORY_KEYS = List.of("id", "kind", "title", "addressed_by");
    private static final String TOP_KEYS = "name, controls, clauses, legacy or mandatory";

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
        StringWriter text = new StringWriter();
        in.transferTo(text);
        YamlNode root;
        try {
            root = YamlReader.read(text.toString(), 1, "the file");
        } catch (YamlReader.SyntaxError e) {
            throw new IOException(reader.at(e.position(), e.getMessage()), e);
        }
        reader.readCatalog(root);
        return reader.catalog();
    }

    private void readCatalog(YamlNode root) throws IOException {
        String expected = "the keys " + TOP_KEYS.replace(" or ", " and ");
        if (root == null) {
            throw new IOException(at(null, "the file is empty; expected " + expected));
        }
        for (YamlNode.Entry entry : mapping(root, "expected a mapping with " + expected).entries()) {
            YamlNode value = entry.value();
            switch (entry.key()) {
                case "name" -> name = isNull(value) ? name : scalar(value, "name");
                case "controls" -> readList(value, "controls", this::readControl);
                case "clauses" -> readList(value, "clauses", this::readClause);
                case "legacy" -> readLegacy(value);
                case "mandatory" -> readList(value, "mandatory", this::readMandatory);
                default -> throw new IOException(at(entry.keyPosition(),
                        "unknown key '" + entry.key() + "' (expected " + TOP_KEYS + ")"));
            }
        }
    }

    private void readList(YamlNode list, String key, ItemReader item) throws IOException {
        if (isNull(list)) {
            return; // "controls:" with nothing under it: an empty list
        }
        if (!(list instanceof YamlNode.Sequence sequence)) {
            throw new IOException(at(list.position(), "'" + key + "' must be a list"));
        }
        for (YamlNode node : sequence.items()) {
            item.read(node);
        }
    }

    private void readControl(YamlNode node) throws IOException {
        Position at = node.position();
        Map<String, String> fields = fields(node, "control", CONTROL_KEYS);
        String id = ControlRef.parse(require(fields, "id", "control", at)).id();
        checkId(id, "control", at);
        require(fields, "title", "control " + id, at);
        if (controls.stream().anyMatch(c -> c.get("id").equals(id))) {
            throw new IOException(at(at, "control " + id + " is defined twice"));
        }
        fields.put("id", id);
        controls.add(fields);
    }

    private void readClause(YamlNode node) throws IOException {
        Position at = node.position();
        Map<String, String> fields = fields(node, "clause", CLAUSE_KEYS);
        String id = require(fields, "id", "clause", at);
        checkId(id, "clause", at);
        String title = require(fields, "title", "clause " + id, at);
        if (clauses.stream().anyMatch(c -> c.id().equals(id))) {
            throw new IOException(at(at, "clause " + id + " is defined twice"));
        }
        clauses.add(new Clause(id, title));
    }

    /** {@code "A.18.2.3": ["5.36", "8.8"]}; a single id may be written without the brackets. */
    private void readLegacy(YamlNode node) throws IOException {
        if (isNull(node)) {
            return;
        }
        for (YamlNode.Entry entry : mapping(node,
                "'legacy' must be a mapping from an old control id to a list of control ids").entries()) {
            String old = entry.key().trim();
            String key = ControlRef.parse(old).legacyKey(); // the form Catalog.legacyEquivalents looks up
            List<String> targets = scalars(entry.value(), "legacy " + old).stream()
                    .map(t -> ControlRef.parse(t).id()).toList();
            if (targets.isEmpty()) {
                throw new IOException(at(entry.value().position(), "legacy " + old + " maps to no control"));
            }
            legacy.put(key, targets);
        }
    }

    /**
     * An item of mandatory documented information: {@code id}, {@code kind} ({@code document} or {@code record}),
     * {@code title}, and {@code addressed_by}, the clause or control references (or {@code type:soa}) that address
     * it, as a list or as one text of references separated by spaces (the form of the reference table).
     */
    private void readMandatory(YamlNode node) throws IOException {
        Position at = node.position();
        List<String> written = new ArrayList<>();
        Map<String, String> fields = fields(node, "mandatory item", MANDATORY_KEYS, Map.of("addressed_by", written));
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
    private List<String> scalars(YamlNode node, String what) throws IOException {
        List<String> values = new ArrayList<>();
        if (isNull(node)) {
            return values;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                values.add(scalar(item, what));
            }
        } else {
            values.add(scalar(node, what));
        }
        return values;
    }

    /** The scalar values of a flat mapping, in file order; any other key or a nested value is an error. */
    private Map<String, String> fields(YamlNode node, String what, List<String> allowed) throws IOException {
        return fields(node, what, allowed, Map.of());
    }

    /** Like {@link #fields(YamlNode, String, List)}, where a key of {@code lists} holds scalars, collected there. */
    private Map<String, String> fields(YamlNode node, String what, List<String> allowed, Map<String, List<String>> lists)
            throws IOException {
        YamlNode.Mapping mapping = mapping(node,
                "expected a " + what + " as a mapping with the keys " + String.join(", ", allowed));
        Map<String, String> fields = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key();
            if (!allowed.contains(key)) {
                throw new IOException(at(entry.keyPosition(),
                        "unknown key '" + key + "' in a " + what + " (expected " + String.join(", ", allowed) + ")"));
            }
            if (lists.containsKey(key)) {
                lists.get(key).addAll(scalars(entry.value(), key));
                continue;
            }
            String value = isNull(entry.value()) ? null : scalar(entry.value(), key);
            if (value != null && !value.isBlank()) {
                fields.put(key, value.trim());
            }
        }
        return fields;
    }

    private YamlNode.Mapping mapping(YamlNode node, String otherwise) throws IOException {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        throw new IOException(at(node.position(), otherwise));
    }

    /** The text as written, also for numbers; YAML's null is the empty text. */
    private String scalar(YamlNode node, String what) throws IOException {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.text() == null ? "" : scalar.text();
        }
        throw new IOException(at(node.position(), "'" + what + "' must be a text value"));
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.text() == null;
    }

    private String require(Map<String, String> fields, String key, String what, Position at) throws IOException {
        String value = fields.get(key);
        if (value == null) {
            throw new IOException(at(at, what + " has no '" + key + "'"));
        }
        return value;
    }

    private void checkId(String id, String what, Position at) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new IOException(at(at, what + " id '" + id
                    + "' is not valid: use letters, digits, '.', '_' and '-', starting with a letter or digit"));
        }
    }

    /** The message of a configuration error, with the file and, where known, the line and column. */
    private String at(Position position, String message) {
        String where = position == null ? "" : ", line " + position.line() + ", column " + position.column();
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
        void read(YamlNode item) throws IOException;
    }
}
