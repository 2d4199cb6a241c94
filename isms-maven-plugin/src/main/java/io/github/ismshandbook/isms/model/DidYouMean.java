package io.github.ismshandbook.isms.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one "did you mean" engine of the handbook: every hint that names a key, a value, a control, a clause, a
 * document id, an anchor or a path comes from here, with one threshold. Words are compared by edit distance (an
 * adjacent transposition counts as one edit, so {@code 5.51} is one edit from {@code 5.15}) after one normalisation
 * (case, and the camelCase, kebab-case and spaced spellings of a snake_case word: {@code reviewDate},
 * {@code Review-Date} and {@code review date} are all {@code review_date}). A candidate is close enough when it is at
 * most one edit per three characters away, and at least one. Among equally close candidates a swap of letters wins
 * (the likeliest typo), then, for dotted numbers, the numerically nearest ({@code 5.38} is nearer to {@code 5.37}
 * than to {@code 5.18}), then the order the candidates were given in.
 */
public final class DidYouMean {

    private static final int MAX_LENGTH = 256;

    private DidYouMean() {
    }

    /** The closest candidate, when one is close enough to be a likely typo. */
    public static Optional<String> closest(String value, Collection<String> candidates) {
        return closest(value, candidates, 1).stream().findFirst();
    }

    /**
     * The candidate {@code value} probably stands for: the one {@code synonyms} names for it (keys normalised as by
     * {@link #normalize}), when that is a candidate, else the closest one.
     */
    public static Optional<String> meant(String value, Collection<String> candidates, Map<String, String> synonyms) {
        if (value == null) {
            return Optional.empty();
        }
        String synonym = synonyms.get(normalize(value));
        if (synonym != null && candidates.contains(synonym)) {
            return Optional.of(synonym);
        }
        return closest(value, candidates);
    }

    /** Up to {@code max} candidates close enough to {@code value} to be a likely typo, best first. */
    public static List<String> closest(String value, Collection<String> candidates, int max) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            return List.of(); // nobody mistypes a 300-character reference; and the distance is quadratic
        }
        String v = normalize(value);
        int limit = Math.max(1, v.length() / 3);
        record Scored(String candidate, int distance, boolean anagram, long gap, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        int order = 0;
        for (String c : candidates) {
            String n = normalize(c);
            if (Math.abs(n.length() - v.length()) <= limit) { // else too far apart in length to be within the limit
                int d = distance(v, n);
                if (d <= limit) {
                    scored.add(new Scored(c, d, sorted(v).equals(sorted(n)), numericGap(v, n), order));
                }
            }
            order++;
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance)
                        .thenComparing(Scored::anagram, Comparator.reverseOrder())
                        .thenComparingLong(Scored::gap)
                        .thenComparingInt(Scored::order))
                .limit(max)
                .map(Scored::candidate)
                .toList();
    }

    /** {@code reviewDate}, {@code Review-Date}, {@code review date} → {@code review_date}. */
    public static String normalize(String word) {
        String separated = word.strip().replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[-\\s]+", "_");
        return separated.toLowerCase(Locale.ROOT);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String sorted(String s) {
        char[] chars = s.toCharArray();
        Arrays.sort(chars);
        return new String(chars);
    }

    /** How far apart two dotted numbers are, most significant part first; unrelated values are infinitely far. */
    private static long numericGap(String a, String b) {
        long[] x = numbers(a);
        long[] y = numbers(b);
        if (x == null || y == null) {
            return Long.MAX_VALUE;
        }
        long gap = 0;
        for (int i = 0; i < 3; i++) {
            long xi = i < x.length ? x[i] : 0;
            long yi = i < y.length ? y[i] : 0;
            gap = gap * 1000 + Math.min(999, Math.abs(xi - yi));
        }
        return gap;
    }

    private static long[] numbers(String s) {
        if (!s.matches("\\d{1,6}(\\.\\d{1,6}){0,2}")) {
            return null;
        }
        String[] parts = s.split("\\.");
        long[] n = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            n[i] = Long.parseLong(parts[i]);
        }
        return n;
    }
}
