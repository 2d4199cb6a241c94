package io.github.ismshandbook.isms.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The one hint engine: one normalisation and one threshold for keys, values, references, ids, anchors and paths. */
class DidYouMeanTest {

    private static final List<String> KEYS = List.of("id", "title", "owner", "version", "review_date", "last_reviewed",
            "review_cycle", "type", "status", "approved_by", "approved_on", "effective", "classification", "controls",
            "clauses", "related", "supersedes", "tags", "summary", "history", "exclusions");

    @Test
    void countsATranspositionAsOneEdit() {
        assertThat(DidYouMean.distance("5.51", "5.15")).isEqualTo(1);
        assertThat(DidYouMean.distance("review_date", "reviewdate")).isEqualTo(1);
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
        assertThat(DidYouMean.distance("same", "same")).isZero();
    }

    @Test
    void prefersTheNumericallyNearestAmongEquallyCloseRefs() {
        assertThat(DidYouMean.closest("5.38", List.of("5.3", "5.18", "5.28", "5.36", "5.37", "8.1"), 3))
                .containsExactly("5.37", "5.36", "5.28");
    }

    @Test
    void prefersASwapAmongEquallyCloseRefs() {
        assertThat(DidYouMean.closest("5.51", List.of("5.1", "5.15", "5.21", "5.31"), 1)).containsExactly("5.15");
    }

    @Test
    void ignoresCaseAndOffersNothingWhenNothingIsClose() {
        assertThat(DidYouMean.closest("pol-access", List.of("POL-ACCESS", "PRO-BACKUP"), 3)).containsExactly("POL-ACCESS");
        assertThat(DidYouMean.closest("completely-different", List.of("POL-ACCESS"), 3)).isEmpty();
        assertThat(DidYouMean.closest("  ", List.of("a"), 3)).isEmpty();
    }

    @Test
    void givesUpOnHugeValues() {
        String huge = "a".repeat(10_000);
        assertThat(DidYouMean.closest(huge, List.of(huge), 3)).isEmpty();
        assertThat(DidYouMean.closest("a".repeat(256), List.of("a".repeat(255)), 3)).containsExactly("a".repeat(255));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {
            "reviewDate, review_date",
            "review-date, review_date",
            "Review Date, review_date",
            "ReviewDate, review_date",
            "review_dat, review_date",
            "reveiw_date, review_date",
            "titel, title",
            "Title, title",
            "controll, controls",
            "approvedBy, approved_by",
            "colour, -",
            "x, -",
            "author, -",
    })
    void suggestsOnlyCloseKeys(String word, String expected) {
        assertThat(DidYouMean.closest(word, KEYS)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aSynonymComesBeforeAnyCloseSpellingButOnlyWhenItIsACandidate() {
        Map<String, String> synonyms = Map.of("author", "owner", "revision", "version");

        assertThat(DidYouMean.meant("Author", KEYS, synonyms)).contains("owner");
        assertThat(DidYouMean.meant("revision", KEYS, synonyms)).contains("version");
        assertThat(DidYouMean.meant("author", List.of("version", "date", "summary"), synonyms)).isEmpty();
        assertThat(DidYouMean.meant("titel", KEYS, synonyms)).contains("title");
        assertThat(DidYouMean.meant(null, KEYS, synonyms)).isEmpty();
    }
}
