package io.github.ismshandbook.isms.publish;

import io.github.ismshandbook.isms.model.DiffSegment;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts for readers, not for patching: words, numbers and single punctuation
 * marks are compared; whitespace counts only as "space" or "paragraph break", so re-wrapping lines is not
 * a change. Unchanged runs longer than twice {@link #CONTEXT_WORDS} words keep that many words of context
 * on each side of an ellipsis.
 */
public final class WordDiff {

    /** Words of unchanged text kept next to each change. */
    public static final int CONTEXT_WORDS = 10;

    private static final String ELLIPSIS = "…";
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_]+|[^\\s\\p{L}\\p{N}_]");
    private static final BiPredicate<String, String> SAME = (a, b) ->
            isSpace(a) || isSpace(b) ? isSpace(a) && isSpace(b) && isBreak(a) == isBreak(b) : a.equals(b);

    private WordDiff() {
    }

    /** The segments from {@code before} to {@code after}; empty when they have the same words. */
    public static List<DiffSegment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Run> runs = new ArrayList<>();
        boolean changed = false;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b, new MyersDiff<>(SAME), null, true).getDeltas()) {
            DeltaType type = d.getType();
            if (type == DeltaType.EQUAL) {
                add(runs, DiffSegment.Kind.EQUAL, d.getTarget().getLines()); // show today's spacing
                continue;
            }
            changed = true;
            if (type == DeltaType.DELETE || type == DeltaType.CHANGE) {
                add(runs, DiffSegment.Kind.DELETED, d.getSource().getLines());
            }
            if (type == DeltaType.INSERT || type == DeltaType.CHANGE) {
                add(runs, DiffSegment.Kind.INSERTED, d.getTarget().getLines());
            }
        }
        if (!changed) {
            return List.of();
        }
        List<DiffSegment> segments = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            String text = r.kind == DiffSegment.Kind.EQUAL ? collapse(r.tokens, i > 0, i < runs.size() - 1)
                    : String.join("", r.tokens);
            segments.add(new DiffSegment(r.kind, text));
        }
        return List.copyOf(segments);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Run> runs, DiffSegment.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind == kind) {
            runs.get(runs.size() - 1).tokens.addAll(tokens);
        } else {
            runs.add(new Run(kind, new ArrayList<>(tokens)));
        }
    }

    /** Keeps {@link #CONTEXT_WORDS} words after a change before it and before a change after it. */
    private static String collapse(List<String> tokens, boolean changeBefore, boolean changeAfter) {
        int words = (int) tokens.stream().filter(t -> !isSpace(t)).count();
        int keep = (changeBefore ? CONTEXT_WORDS : 0) + (changeAfter ? CONTEXT_WORDS : 0);
        if (words <= keep + 2) { // cutting one or two words saves nothing
            return String.join("", tokens);
        }
        StringBuilder text = new StringBuilder();
        if (changeBefore) {
            text.append(String.join("", tokens.subList(0, endOfWords(tokens, CONTEXT_WORDS)))).append(' ');
        }
        text.append(ELLIPSIS);
        if (changeAfter) {
            text.append(' ').append(String.join("", tokens.subList(startOfLastWords(tokens, CONTEXT_WORDS), tokens.size())));
        }
        return text.toString();
    }

    // Index just after the n-th word.
    private static int endOfWords(List<String> tokens, int n) {
        int seen = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!isSpace(tokens.get(i)) && ++seen == n) {
                return i + 1;
            }
        }
        return tokens.size();
    }

    // Index of the first of the last n words.
    private static int startOfLastWords(List<String> tokens, int n) {
        int seen = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!isSpace(tokens.get(i)) && ++seen == n) {
                return i;
            }
        }
        return 0;
    }

    private static boolean isSpace(String token) {
        return Character.isWhitespace(token.charAt(0));
    }

    private static boolean isBreak(String space) {
        return space.indexOf('\n') != space.lastIndexOf('\n');
    }

    private record Run(DiffSegment.Kind kind, List<String> tokens) {
    }
}
