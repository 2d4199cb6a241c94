package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.EditDistance;

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
                .map(c -> new Scored(c, EditDistance.between(normalized, snakeCase(c))))
                .filter(s -> s.distance() <= limit)
                .min(Comparator.comparingInt(Scored::distance))
                .map(Scored::candidate);
    }

    /** {@code reviewDate}, {@code Review-Date}, {@code review date} → {@code review_date}. */
    static String snakeCase(String word) {
        String separated = word.strip().replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[-\\s]+", "_");
        return separated.toLowerCase(Locale.ROOT);
    }

    private record Scored(String candidate, int distance) {
    }
}
