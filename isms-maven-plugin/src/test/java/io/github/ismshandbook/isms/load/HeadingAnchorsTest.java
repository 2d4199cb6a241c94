package io.github.ismshandbook.isms.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingAnchorsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Scope | scope",
            "Scope & Purpose | scope--purpose",
            "1. Roles and responsibilities | 1-roles-and-responsibilities",
            "What's new? (2026) | whats-new-2026",
            "A.5.15 Access control | a515-access-control",
            "snake_case and kebab-case | snake_case-and-kebab-case",
            "Zugriffsrechte für Größe | zugriffsrechte-für-größe",
            "Управление доступом | управление-доступом",
            "情報セキュリティ方針 | 情報セキュリティ方針",
            "Emoji 🚀 launch | emoji--launch",
            "CamelCase HEADING | camelcase-heading",
    })
    void slugsFollowTheGitForgeConvention(String heading, String anchor) {
        assertThat(HeadingAnchors.slug(heading)).isEqualTo(anchor);
    }

    @Test
    void repeatsGetNumberedSuffixes() {
        HeadingAnchors anchors = new HeadingAnchors();

        assertThat(Stream.of("Scope", "Scope", "Scope-1", "Scope", "Other").map(anchors::next))
                .containsExactly("scope", "scope-1", "scope-1-1", "scope-2", "other");
    }

    @Test
    void punctuationOnlyHeadingGetsAFallbackAnchor() {
        HeadingAnchors anchors = new HeadingAnchors();

        assertThat(Stream.of("???", "!!!").map(anchors::next)).containsExactly("section", "section-1");
    }
}
