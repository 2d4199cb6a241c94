package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.EditDistance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DidYouMeanTest {

    @Test
    void countsATranspositionAsOneEdit() {
        assertThat(EditDistance.between("5.51", "5.15")).isEqualTo(1);
        assertThat(EditDistance.between("review_date", "reviewdate")).isEqualTo(1);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("same", "same")).isZero();
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
}
