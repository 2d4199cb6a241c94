package io.github.ismshandbook.isms.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One parse of a control reference, whatever its spelling, and every catalog look-up through it. */
class ControlRefTest {

    private static final Catalog CATALOG = new Catalog("ISO/IEC 27001:2022",
            List.of(new Control("5.15", "Access control", "Organizational", "x"),
                    new Control("5.16", "Identity management", "Organizational", "x"),
                    new Control("CUSTOM-1", "A control of our own", "Ours", "y")),
            List.of(new Clause("5.1", "Leadership and commitment")),
            Map.of("A.9.2.1", List.of("5.16")));

    @ParameterizedTest
    @ValueSource(strings = {"A.5.15", "a.5.15", "5.15", " A.5.15 ", "\t5.15", "a.5.15\u00a0"})
    void everySpellingNamesTheSameControl(String written) {
        ControlRef ref = ControlRef.parse(written);

        assertThat(ref.id()).isEqualTo("5.15");
        assertThat(ref.numbered()).isTrue();
        assertThat(ref.parts()).isEqualTo(2);
        assertThat(ref.label()).isEqualTo("A.5.15");
        assertThat(CATALOG.control(written)).map(Control::title).contains("Access control");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A.9.2.1", "a.9.2.1", "9.2.1", " a.9.2.1 "})
    void everySpellingOfA2013ControlHasItsEquivalents(String written) {
        ControlRef ref = ControlRef.parse(written);

        assertThat(ref.parts()).isEqualTo(3);
        assertThat(ref.legacyKey()).isEqualTo("A.9.2.1");
        assertThat(CATALOG.legacyEquivalents(written)).contains(List.of("5.16"));
        assertThat(CATALOG.control(written)).isEmpty();
    }

    @Test
    void tellsWhetherThePrefixWasWritten() {
        assertThat(ControlRef.parse("a.5.1").prefixed()).isTrue();
        assertThat(ControlRef.parse("5.1").prefixed()).isFalse();
        assertThat(CATALOG.clause(ControlRef.parse("5.1").id())).isPresent();
    }

    @Test
    void somethingThatIsNotANumberKeepsItsTrimmedText() {
        ControlRef custom = ControlRef.parse(" CUSTOM-1 ");
        assertThat(custom.numbered()).isFalse();
        assertThat(custom.label()).isEqualTo("CUSTOM-1");
        assertThat(CATALOG.control(custom)).map(Control::title).contains("A control of our own");

        assertThat(ControlRef.parse("POL-5.15").numbered()).isFalse();
        assertThat(ControlRef.parse("A.").numbered()).isFalse();
        assertThat(ControlRef.parse("A.5.15 Access control").numbered()).isFalse();
        assertThat(ControlRef.parse(null).id()).isEmpty();
        assertThat(CATALOG.control((String) null)).isEmpty();
        assertThat(CATALOG.legacyEquivalents((String) null)).isEmpty();
    }

    @Test
    void aControlIsLabelledWithThePrefixOnlyWhenItIsNumbered() {
        assertThat(new Control("5.15", "t", "x", "c").label()).isEqualTo("A.5.15");
        assertThat(new Control("CUSTOM-1", "t", "x", "c").label()).isEqualTo("CUSTOM-1");
    }
}
