package io.github.ismshandbook.isms.publish;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class VersionOrderTest {

    private static final List<String> OLDEST_FIRST = List.of(
            "draft", "main",
            "1.0.0-alpha", "1.0.0-alpha.2", "1.0.0-alpha.10", "1.0.0-beta", "1.0.0-M1", "1.0.0-rc1", "1.0.0-RC2",
            "1.0.0-SNAPSHOT", "1.0.0-zzz", "1.0.0", "1.0.1", "1.2", "1.9.0", "1.10.0", "2.9", "2.10",
            "10.0", "12345678901234567890.0");

    @Test
    void sorts_numbers_as_numbers_and_qualifiers_before_the_release() {
        for (long seed = 0; seed < 20; seed++) {
            List<String> shuffled = new ArrayList<>(OLDEST_FIRST);
            Collections.shuffle(shuffled, new Random(seed));
            shuffled.sort(VersionOrder.OLDEST_FIRST);
            assertThat(shuffled).containsExactlyElementsOf(OLDEST_FIRST);
        }
    }

    @Test
    void newest_first_is_the_reverse() {
        List<String> list = new ArrayList<>(List.of("1.0.0", "1.1.0", "1.1.0-SNAPSHOT", "0.9"));
        list.sort(VersionOrder.NEWEST_FIRST);
        assertThat(list).containsExactly("1.1.0", "1.1.0-SNAPSHOT", "1.0.0", "0.9");
    }

    @Test
    void equal_only_for_equal_strings() {
        assertThat(VersionOrder.OLDEST_FIRST.compare("1.0", "1.0.0")).isNotZero();
        assertThat(VersionOrder.OLDEST_FIRST.compare("1.0-rc1", "1.0-RC1")).isNotZero();
        assertThat(VersionOrder.OLDEST_FIRST.compare("1.0", "1.0")).isZero();
        assertThat(VersionOrder.OLDEST_FIRST.compare("1.0+b1", "1.0+b2")).isNegative();
        assertThat(VersionOrder.OLDEST_FIRST.compare("01.0", "1.0")).isNotZero();
    }
}
