package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way YAML is read: front-matter blocks and catalog files alike become a {@link YamlNode} tree in which
 * every key and value keeps its file position and every scalar its text as written ({@code 5.10} stays
 * {@code 5.10}). The tree is built from SnakeYAML's parser events, so anchors and aliases, positions and error
 * marks come from the parser itself. Limits make hostile input a syntax error instead of a hang: aliases to lists or
 * mappings (the "billion laughs" bomb), nesting depth and the size of the text; a key written twice is an error too.
 */
final class YamlReader {

    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 50;
    static final int MAX_CODE_POINTS = 1_000_000;

    /** YAML 1.1's implicit types, here only to tell a plain {@code null} or {@code ~} from text. */
    private static final Resolver RESOLVER = new Resolver();

    private YamlReader() {
    }

    /** YAML that is not valid, or over a limit, with the file position of the problem. */
    static final class SyntaxError extends Exception {
        private final transient Position position;

        SyntaxError(Position position, String message) {
            super(message, null, false, false);
            this.position = position;
        }

        Position position() {
            return position;
        }
    }

    /**
     * A front-matter block's value: a mapping, a sequence or a scalar; an empty block (or one with only comments)
     * gives an empty mapping.
     *
     * @param yaml      the block's text
     * @param firstLine the file line of the block's first line
     */
    static YamlNode parse(String yaml, int firstLine) throws SyntaxError {
        YamlNode root = read(onLfLines(yaml), firstLine, "the front-matter");
        return root != null ? root : new YamlNode.Mapping(List.of(), new Position(firstLine, 1));
    }

    /**
     * The value of a whole YAML text, or {@code null} when it holds no value (empty, or only comments).
     *
     * @param text      the YAML text
     * @param firstLine the file line of the text's first line
     * @param what      what the text is, for messages: "the front-matter", "the file"
     */
    static YamlNode read(String text, int firstLine, String what) throws SyntaxError {
        TreeBuilder builder = new TreeBuilder(new ParserImpl(new StreamReader(text), loaderOptions()), firstLine);
        try {
            return builder.document();
        } catch (YAMLException e) {
            throw YamlErrors.syntaxError(e, text, builder.lastPosition, firstLine, what);
        }
    }

    /**
     * The parser follows YAML 1.1, where NEL, LS and PS (U+0085, U+2028, U+2029) end a line as LF does; editors and
     * Git forges show them inside a line, and YAML 1.2 reads them as ordinary characters. Read as spaces, they leave
     * the block's structure and every position as the author sees them.
     */
    private static String onLfLines(String yaml) {
        return yaml.replace('\u0085', ' ').replace('\u2028', ' ').replace('\u2029', ' ');
    }

    /** The parser itself uses only the size limit; aliases, depth and duplicate keys are checked while building. */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    /** Builds the tree from parser events; resolves aliases by sharing the anchored node (no copies, so no bomb). */
    private static final class TreeBuilder {
        private final Parser parser;
        private final int firstLine;
        private final Map<String, YamlNode> anchors = new HashMap<>();
        private int collectionAliases;
        /** The position of the last event read: where an error without a mark of its own is reported. */
        private Position lastPosition;

        TreeBuilder(Parser parser, int firstLine) {
            this.parser = parser;
            this.firstLine = firstLine;
            this.lastPosition = new Position(firstLine, 1);
        }

        YamlNode document() throws SyntaxError {
            next(); // stream start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                return null;
            }
            next(); // document start
            YamlNode root = value(next(), 1);
            next(); // document end
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                throw new SyntaxError(position(next()), "invalid YAML: a second document starts here; "
                        + "write one mapping of keys to values");
            }
            return root;
        }

        private Event next() {
            Event event = parser.getEvent();
            lastPosition = position(event);
            return event;
        }

        private YamlNode value(Event event, int depth) throws SyntaxError {
            Position position = position(event);
            if (depth > MAX_DEPTH) {
                throw new SyntaxError(position, "invalid YAML: nested more than " + MAX_DEPTH + " levels deep");
            }
            YamlNode node = switch (event.getEventId()) {
                case Alias -> alias(((AliasEvent) event).getAnchor(), position);
                case MappingStart -> mapping(position, depth);
                case SequenceStart -> sequence(position, depth);
                default -> scalar((ScalarEvent) event, position);
            };
            String anchor = ((NodeEvent) event).getAnchor();
            if (anchor != null && !(event instanceof AliasEvent)) {
                anchors.put(anchor, node); // after the node is complete: an alias inside it names no anchor yet
            }
            return node;
        }

        private YamlNode mapping(Position position, int depth) throws SyntaxError {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                Event keyEvent = next();
                Position keyPosition = position(keyEvent);
                String key = key(keyEvent, depth);
                if (!keys.add(key)) {
                    throw new SyntaxError(keyPosition, "invalid YAML: duplicate key '" + key + "'");
                }
                entries.add(new YamlNode.Entry(key, keyPosition, value(next(), depth + 1)));
            }
            next();
            return new YamlNode.Mapping(entries, position);
        }

        /**
         * A key's text as written, also when it reads as null ({@code ~: x} has the key {@code ~}). A key is not a
         * level deeper than its mapping: only the values are.
         */
        private String key(Event event, int depth) throws SyntaxError {
            if (event instanceof ScalarEvent scalar) {
                value(event, depth); // keeps an anchor written on the key
                return scalar.getValue();
            }
            YamlNode key = value(event, depth);
            if (!(key instanceof YamlNode.Scalar scalar)) {
                throw new SyntaxError(position(event), "invalid YAML: a key must be a plain value, not " + key.kind());
            }
            return scalar.text() == null ? "" : scalar.text();
        }

        private YamlNode sequence(Position position, int depth) throws SyntaxError {
            List<YamlNode> items = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                items.add(value(next(), depth + 1));
            }
            next();
            return new YamlNode.Sequence(items, position);
        }

        /**
         * A scalar's text as written (also for numbers and dates); {@code null} for YAML's null: a plain {@code null},
         * {@code ~} or nothing at all, or a value tagged {@code !!null}.
         */
        private static YamlNode scalar(ScalarEvent event, Position position) {
            String tag = event.getTag();
            boolean isNull = tag == null || tag.equals("!")
                    ? RESOLVER.resolve(NodeId.scalar, event.getValue(), event.getImplicit().canOmitTagInPlainScalar()) == Tag.NULL
                    : tag.equals(Tag.NULL.getValue());
            return new YamlNode.Scalar(isNull ? null : event.getValue(), position);
        }

        private YamlNode alias(String name, Position position) throws SyntaxError {
            YamlNode target = anchors.get(name);
            if (target == null) {
                throw new SyntaxError(position, "invalid YAML: alias '*" + name + "' names no anchor defined before it");
            }
            if (!(target instanceof YamlNode.Scalar) && ++collectionAliases > MAX_ALIASES) {
                throw new SyntaxError(position, "invalid YAML: more than " + MAX_ALIASES
                        + " aliases to lists or mappings (an alias bomb?)");
            }
            return target;
        }

        private Position position(Event event) {
            Mark mark = event.getStartMark();
            return new Position(mark.getLine() + firstLine, mark.getColumn() + 1); // marks are 0-based
        }
    }
}
