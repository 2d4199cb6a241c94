package io.github.ismshandbook.isms.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" suggestions: the candidate closest to a misspelt word by edit distance (adjacent
 * transpositions count as one edit), also matching the camelCase and kebab-case spellings of a
 * snake_case key ({@code reviewDate}, {@code review-date} → {@code review_date}).
 */
public final class ClosestMatch {

    private ClosestMatch() {
    }

    /** The closest candidate, when one is close enough to be a likely typo; ties go to the earlier candidate. */
    public static Optional<String> among(String word, Collection<String> candidates) {
        String normalized = snakeCase(word);
        int limit = Math.max(1, Math.min(3, normalized.length() / 3));
        return candidates.stream()
                .map(c -> new Scored(c, distance(normalized, snakeCase(c))))
                .filter(s -> s.distance() <= limit)
                .min(Comparator.comparingInt(Scored::distance))
                .map(Scored::candidate);
    }

    /** {@code reviewDate}, {@code Review-Date}, {@code review date} → {@code review_date}. */
    static String snakeCase(String word) {
        String separated = word.strip().replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[-\\s]+", "_");
        return separated.toLowerCase(Locale.ROOT);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    public static int distance(String a, String b) {
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

    private record Scored(String candidate, int distance) {
    }
}
