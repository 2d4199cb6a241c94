package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Position;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.tokens.Token;

/**
 * Turns the YAML parser's exceptions into a short message and a file position: the parser's problem and its mark
 * (0-based line and column), with the parser's names of tokens ({@code <block end>}, {@code :}) said in words.
 */
final class YamlErrors {

    private YamlErrors() {
    }

    /**
     * @param e         what the parser threw
     * @param text      the text it read
     * @param last      where the parser was, for an error without a mark of its own (a limit)
     * @param firstLine the file line of the text's first line
     * @param what      what the text is, for messages: "the front-matter", "the file"
     */
    static YamlReader.SyntaxError syntaxError(YAMLException e, String text, Position last, int firstLine,
                                                  String what) {
        if (e instanceof MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            String problem = words(marked.getProblem() != null ? marked.getProblem() : marked.getContext(), what);
            if (opensUnclosed(marked)) {
                // "[unclosed" or an unterminated quote: the fault is where it opened, not where the parser gave up
                mark = marked.getContextMark();
                problem = marked.getContext().replace("while parsing ", "").replace("while scanning ", "")
                        + " that is never closed (" + problem + ")";
            }
            Position at = mark == null ? last : new Position(mark.getLine() + firstLine, mark.getColumn() + 1);
            return new YamlReader.SyntaxError(at, "invalid YAML: " + problem);
        }
        if (e instanceof ReaderException unprintable) {
            return new YamlReader.SyntaxError(firstUnprintable(text, firstLine, last), String.format(
                    "invalid YAML: the control character U+%04X is not allowed", unprintable.getCodePoint()));
        }
        if (text.codePointCount(0, text.length()) > YamlReader.MAX_CODE_POINTS) {
            return new YamlReader.SyntaxError(last, "invalid YAML: " + what + " exceeds the limit of "
                    + YamlReader.MAX_CODE_POINTS + " characters");
        }
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "the parser gave no reason"
                : e.getMessage().strip().lines().findFirst().orElse("");
        return new YamlReader.SyntaxError(last, "invalid YAML: " + message);
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
        if (message.contains("exceeds the limit")) {
            return "Keep the front-matter short: long text belongs in the document body.";
        }
        if (message.contains("control character")) {
            return "Delete the invisible character, or write it as an escape in a double-quoted value.";
        }
        return "Fix the YAML at this line: indent with spaces, and quote values that contain ': ' "
                + "or start with a special character such as '[', '{', '*', '&' or '@'.";
    }

    /**
     * The parser's problem in words: its token names ({@code <block end>}, {@code '<stream end>'}, a bare {@code :}
     * after "but got") become words or quoted characters, and "end of stream" the end of {@code what}.
     */
    static String words(String problem, String what) {
        if (problem == null || problem.isBlank()) {
            return "the parser gave no reason";
        }
        String line = problem.strip().lines().findFirst().orElse("")
                .replace("'\\t(TAB)'", "TAB").replace("\\t(TAB)", "TAB")
                .replace("end of stream", "end of " + what);
        for (Token.ID id : Token.ID.values()) {
            String name = id.toString();
            if (name.startsWith("<")) {
                line = line.replace("'" + name + "'", said(id, what)).replace(name, said(id, what));
            } else if (line.endsWith("but got " + name)) {
                line = line.substring(0, line.length() - name.length()) + said(id, what);
            }
        }
        return line;
    }

    private static String said(Token.ID token, String what) {
        return switch (token) {
            case StreamEnd -> "the end of " + what;
            case StreamStart -> "the start of " + what;
            case BlockEnd -> "the end of a block";
            case BlockMappingStart -> "a mapping";
            case BlockSequenceStart -> "a list";
            case Scalar -> "a value";
            case Alias -> "an alias";
            case Anchor -> "an anchor";
            case Tag -> "a tag";
            case Directive -> "a directive";
            case DocumentStart -> "'---'";
            case DocumentEnd -> "'...'";
            case Key -> "a key";
            case Comment -> "a comment";
            case Whitespace -> "a space";
            default -> "'" + token + "'";
        };
    }

    private static boolean opensUnclosed(MarkedYAMLException e) {
        String context = e.getContext();
        return context != null && e.getContextMark() != null
                && (context.startsWith("while parsing a flow") || context.startsWith("while scanning a quoted scalar"));
    }

    /** Where the first character the parser does not accept is, in the text that starts on file line {@code firstLine}. */
    private static Position firstUnprintable(String text, int firstLine, Position otherwise) {
        int line = firstLine;
        int column = 1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                return new Position(line, column);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return otherwise;
    }
}
