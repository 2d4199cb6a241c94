package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Position;

import java.util.List;

/**
 * A YAML value of a front-matter block or a catalog file, with the file position it was written at (see
 * {@link YamlReader}). Scalars keep their text exactly as written ({@code 2.10} stays {@code 2.10}); the
 * front-matter binder and the catalog reader decide what each key's text means.
 */
sealed interface YamlNode {

    Position position();

    /** Whether the value is null, an empty or blank string: "written but empty" for a required key. */
    default boolean isEmpty() {
        return this instanceof Scalar s && (s.text() == null || s.text().isBlank());
    }

    /** What the value is, for messages: "a list", "a mapping", "a value". */
    default String kind() {
        return this instanceof Sequence ? "a list" : this instanceof Mapping ? "a mapping" : "a value";
    }

    /** A scalar; {@code text} is {@code null} for a YAML null ({@code ~}, {@code null}). */
    record Scalar(String text, Position position) implements YamlNode {
    }

    record Sequence(List<YamlNode> items, Position position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    record Mapping(List<Entry> entries, Position position) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }
    }

    /** A key of a mapping, with the position of the key itself. */
    record Entry(String key, Position keyPosition, YamlNode value) {
    }
}
