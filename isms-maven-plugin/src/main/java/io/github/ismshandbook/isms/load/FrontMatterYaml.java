package io.github.ismshandbook.isms.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.ismshandbook.isms.model.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a front-matter block into a {@link YamlNode} tree with Jackson's streaming YAML parser, so that
 * every key and item keeps its position in the Markdown file and every scalar its text as written.
 * Limits make hostile input a syntax error instead of a hang: aliases to lists or mappings (the
 * "billion laughs" bomb), nesting depth, and block size.
 */
final class FrontMatterYaml {

    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 50;
    static final int MAX_CODE_POINTS = 1_000_000;

    private static final YAMLFactory FACTORY = new AnchorAwareFactory(YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));

    private FrontMatterYaml() {
    }

    /** A front-matter block that is not valid YAML, with the file position of the problem. */
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
     * The block's value: a mapping, a sequence or a scalar; an empty block (or one with only comments)
     * gives an empty mapping.
     *
     * @param yaml     the block's text
     * @param firstLine the file line of the block's first line
     */
    static YamlNode parse(String yaml, int firstLine) throws SyntaxError {
        try (AnchorAwareParser parser = (AnchorAwareParser) FACTORY.createParser(new StringReader(onLfLines(yaml)))) {
            try {
                return new TreeBuilder(parser, firstLine).document();
            } catch (JsonProcessingException | YAMLException e) {
                throw YamlErrors.syntaxError(e, parser.currentTokenLocation(), firstLine);
            }
        } catch (IOException e) {
            // the input is a string: nothing can fail but the parsing itself
            throw YamlErrors.syntaxError(e, null, firstLine);
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

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    /** Builds the tree from tokens; resolves aliases by sharing the anchored node (no copies, so no bomb). */
    private static final class TreeBuilder {
        private final AnchorAwareParser parser;
        private final int firstLine;
        private final Map<String, YamlNode> anchors = new HashMap<>();
        private int collectionAliases;

        TreeBuilder(AnchorAwareParser parser, int firstLine) {
            this.parser = parser;
            this.firstLine = firstLine;
        }

        YamlNode document() throws IOException, SyntaxError {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(List.of(), new Position(firstLine, 1));
            }
            return value(first, 1);
        }

        private YamlNode value(JsonToken token, int depth) throws IOException, SyntaxError {
            Position position = position();
            if (depth > MAX_DEPTH) {
                throw new SyntaxError(position, "invalid YAML: nested more than " + MAX_DEPTH + " levels deep");
            }
            String anchor = parser.anchor();
            YamlNode node;
            if (token == JsonToken.START_OBJECT) {
                node = mapping(position, depth);
            } else if (token == JsonToken.START_ARRAY) {
                node = sequence(position, depth);
            } else if (parser.isCurrentAlias()) {
                return alias(parser.getText(), position);
            } else {
                node = new YamlNode.Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), position);
            }
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

        private YamlNode mapping(Position position, int depth) throws IOException, SyntaxError {
            List<YamlNode.Entry> entries = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String key = parser.currentName();
                Position keyPosition = position();
                entries.add(new YamlNode.Entry(key, keyPosition, value(parser.nextToken(), depth + 1)));
            }
            return new YamlNode.Mapping(entries, position);
        }

        private YamlNode sequence(Position position, int depth) throws IOException, SyntaxError {
            List<YamlNode> items = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                items.add(value(t, depth + 1));
            }
            return new YamlNode.Sequence(items, position);
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

        private Position position() {
            JsonLocation location = parser.currentTokenLocation();
            return new Position(location.getLineNr() + firstLine - 1, location.getColumnNr());
        }
    }

    /** Jackson's factory, making parsers that tell the anchor of every value (Jackson only tells it for collections). */
    private static final class AnchorAwareFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        AnchorAwareFactory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
            return new AnchorAwareParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
        }
    }

    private static final class AnchorAwareParser extends YAMLParser {
        AnchorAwareParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options,
                          ObjectCodec codec, Reader reader) {
            super(context, parserFeatures, yamlFeatures, options, codec, reader);
        }

        /** The anchor ({@code &name}) on the current value, or {@code null}. */
        String anchor() {
            return _lastEvent instanceof NodeEvent node && !(node instanceof AliasEvent) ? node.getAnchor() : null;
        }
    }
}
