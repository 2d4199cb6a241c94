package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.EditDistance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the known values closest to a mistyped one, for "did you mean" hints: by edit distance (an
 * adjacent transposition counts as one edit, so {@code 5.51} is one edit from {@code 5.15}, and wins among
 * equally close candidates), then, for numbered references, by numeric distance ({@code 5.38} is nearer to
 * {@code 5.37} than to {@code 5.18}), then in the order the candidates were given.
 */
final class DidYouMean {

    private static final int MAX_LENGTH = 256;

    private DidYouMean() {
    }

    /** Up to {@code max} candidates close enough to {@code value} to be a likely typo, best first. */
    static List<String> closest(String value, Collection<String> candidates, int max) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            return List.of(); // nobody mistypes a 300-character reference; and the distance is quadratic
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        int limit = Math.max(2, v.length() / 3);
        record Scored(String candidate, int distance, boolean anagram, long gap, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        int order = 0;
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (Math.abs(lc.length() - v.length()) > limit) {
                order++;
                continue; // too far apart in length to be within the limit
            }
            int d = EditDistance.between(v, lc);
            if (d <= limit) {
                scored.add(new Scored(c, d, sorted(v).equals(sorted(lc)), numericGap(v, c), order));
            }
            order++;
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance)
                        .thenComparing(Scored::anagram, Comparator.reverseOrder()) // swapped letters: the likeliest typo
                        .thenComparingLong(Scored::gap)
                        .thenComparingInt(Scored::order))
                .limit(max)
                .map(Scored::candidate)
                .toList();
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

    private static long[] numbers(String ref) {
        String r = ref.startsWith("a.") || ref.startsWith("A.") ? ref.substring(2) : ref;
        if (!r.matches("\\d{1,6}(\\.\\d{1,6}){0,2}")) {
            return null;
        }
        String[] parts = r.split("\\.");
        long[] n = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            n[i] = Long.parseLong(parts[i]);
        }
        return n;
    }
}
