package io.github.ismshandbook.isms.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ismshandbook.isms.model.Position;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the YAML parser's exceptions into a short message and a position in the Markdown file. */
final class YamlErrors {

    /** {@code org.yaml.snakeyaml.events.SequenceStartEvent(anchor=null…)} and the like: not for readers. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "<?\\b[a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+\\.[A-Z][\\w$]*(?:\\([^)]*\\))?>?");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private YamlErrors() {
    }

    static FrontMatterYaml.SyntaxError syntaxError(Exception e, JsonLocation tokenLocation, int firstLine) {
        MarkedYAMLException marked = markedCause(e);
        if (marked != null) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            String problem = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
            if (opensUnclosed(marked)) {
                // "[unclosed" or an unterminated quote: the fault is where it opened, not where the parser gave up
                mark = marked.getContextMark();
                problem = marked.getContext().replaceFirst("^while (parsing|scanning) ", "")
                        + " that is never closed (" + clean(problem) + ")";
            }
            Position at = mark == null ? new Position(firstLine, 1)
                    : new Position(mark.getLine() + firstLine, mark.getColumn() + 1); // marks are 0-based
            return new FrontMatterYaml.SyntaxError(at, "invalid YAML: " + clean(problem));
        }
        String raw = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        JsonLocation location = tokenLocation != null ? tokenLocation
                : e instanceof JsonProcessingException j ? j.getLocation() : null;
        Position at = location == null || location.getLineNr() < 1 ? new Position(firstLine, 1)
                : new Position(location.getLineNr() + firstLine - 1, Math.max(1, location.getColumnNr()));
        return new FrontMatterYaml.SyntaxError(at, "invalid YAML: " + clean(raw));
    }

    /** What to do about a syntax error message made by {@link #syntaxError}. */
    static String hint(String message) {
        if (message.contains("TAB")) {
            return "Indent with spaces, not tabs.";
        }
        if (message.contains("duplicate key")) {
            return "Write each key once.";
        }
        if (message.contains("alias")) {
            return "Write the values out instead of using anchors and aliases.";
        }
        return "Fix the YAML at this line: indent with spaces, and quote values that contain ': ' "
                + "or start with a special character such as '[', '{', '*', '&' or '@'.";
    }

    static String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            return "the parser gave no reason";
        }
        String line = raw.strip().lines().findFirst().orElse("");
        Matcher duplicate = DUPLICATE.matcher(line);
        if (duplicate.matches()) {
            return "duplicate key '" + duplicate.group(1) + "'";
        }
        if (line.startsWith("Expected a field name")) {
            return "a key must be a plain value, not a list or a mapping";
        }
        line = line.replace("'\\t(TAB)'", "TAB").replace("\\t(TAB)", "TAB")
                .replace("'<stream end>'", "the end of the front-matter").replace("end of stream", "end of the front-matter");
        line = JAVA_NAME.matcher(line).replaceAll(m -> Matcher.quoteReplacement(readable(m.group()))).strip();
        line = line.replaceFirst("but got ([^\\s\\w'<]+)$", "but got '$1'"); // "but got :" names the ':' token
        while (line.endsWith(":")) {
            line = line.substring(0, line.length() - 1).strip();
        }
        return line.isEmpty() ? "the parser gave no reason" : line;
    }

    private static boolean opensUnclosed(MarkedYAMLException e) {
        String context = e.getContext();
        return context != null && e.getContextMark() != null
                && (context.startsWith("while parsing a flow") || context.startsWith("while scanning a quoted scalar"));
    }

    /** {@code <org.yaml.snakeyaml.tokens.KeyToken(…)>} → {@code a key}: the parser's Java names, said in words. */
    private static String readable(String javaName) {
        String simple = javaName.replaceAll("\\(.*", "").replaceAll("[<>]", "");
        simple = simple.substring(simple.lastIndexOf('.') + 1).replaceAll("(Token|Event)$", "");
        return switch (simple) {
            case "Key" -> "a key";
            case "Value" -> "':'";
            case "BlockEnd" -> "the end of a block";
            case "BlockEntry", "FlowEntry" -> "a list entry";
            case "BlockMappingStart", "FlowMappingStart", "MappingStart" -> "a mapping";
            case "BlockSequenceStart", "FlowSequenceStart", "SequenceStart" -> "a list";
            case "Scalar" -> "a value";
            case "StreamEnd" -> "the end of the front-matter";
            default -> "";
        };
    }

    private static MarkedYAMLException markedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }
}
