package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Control;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyControlsTest {

    private static final Control ACCESS_CONTROL = new Control("5.15", "Access control", "Organizational controls", "x");
    private static final Control IDENTITY = new Control("5.16", "Identity management", "Organizational controls", "x");
    private static final Control THREAT_INTELLIGENCE = new Control("5.7", "Threat intelligence", "Organizational controls", "x");

    private static LegacyControls legacy(Map<String, List<String>> correspondence) {
        return new LegacyControls(new Catalog("ISO/IEC 27001:2022",
                List.of(ACCESS_CONTROL, IDENTITY, THREAT_INTELLIGENCE), List.of(), correspondence));
    }

    @Test
    void aControlListsThe2013ControlsItReplacesInTheirNumberingOrder() {
        Map<String, List<String>> correspondence = new LinkedHashMap<>();
        correspondence.put("A.9.2.10", List.of("5.15"));
        correspondence.put("A.9.1.2", List.of("5.15"));
        correspondence.put("A.9.2.2", List.of("5.15"));
        correspondence.put("A.9.1.1", List.of("5.15"));

        assertThat(legacy(correspondence).replacedBy(ACCESS_CONTROL))
                .containsExactly("A.9.1.1", "A.9.1.2", "A.9.2.2", "A.9.2.10");
    }

    @Test
    void a2013ControlSplitInTwoIsReplacedByBoth() {
        LegacyControls legacy = legacy(Map.of("A.9.2.1", List.of("5.16", "A.5.15")));

        assertThat(legacy.replacedBy(ACCESS_CONTROL)).containsExactly("A.9.2.1");
        assertThat(legacy.replacedBy(IDENTITY)).containsExactly("A.9.2.1");
    }

    @Test
    void aControlNewIn2022ReplacesNone() {
        assertThat(legacy(Map.of("A.9.1.1", List.of("5.15"))).replacedBy(THREAT_INTELLIGENCE)).isEmpty();
    }
}
