package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.EditDistance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClosestMatchTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {
            "reviewDate, review_date",
            "review-date, review_date",
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
        assertThat(ClosestMatch.among(word, FrontMatterBinder.KEYS)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({"abc, abc, 0", "abc, acb, 1", "kitten, sitting, 3", "'', abc, 3"})
    void distanceCountsSwapsAsOneEdit(String a, String b, int distance) {
        assertThat(EditDistance.between(a, b)).isEqualTo(distance);
    }
}
