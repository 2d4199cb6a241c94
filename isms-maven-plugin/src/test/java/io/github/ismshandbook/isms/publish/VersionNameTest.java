package io.github.ismshandbook.isms.publish;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0", "1.0.0-SNAPSHOT", "2.10", "v2", "2024.1+build.7", "1_0", "a"})
    void accepts_folder_safe_versions(String version) {
        assertThat(VersionName.isValid(version)).isTrue();
        assertThat(VersionName.requireValid(version)).isEqualTo(version);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"..", ".", "../etc", "1.0/2", "1.0\\2", "a..b", "1.0.", ".hidden", "-1", "1.0 beta",
        "1.0\n", "1\u00000", "latest", "Latest", "index.html", "VERSIONS.JSON", "con", "NUL.1", "com1", "1.0é",
        "12345678901234567890123456789012345678901234567890123456789012345"})
    void refuses_anything_that_could_leave_the_folder_or_clash(String version) {
        assertThat(VersionName.isValid(version)).isFalse();
        assertThatThrownBy(() -> VersionName.requireValid(version))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Version '")
                .hasMessageContaining("cannot be published");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890123456789012345678901234567890123456789012345678901234", "console", "com", "lpt"})
    void near_misses_of_the_limits_are_fine(String version) {
        assertThat(VersionName.isValid(version)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void control_characters_are_shown_escaped_in_the_message() {
        assertThatThrownBy(() -> VersionName.requireValid("1.0\u001b[31m"))
                .hasMessageStartingWith("Version '1.0\\u001b[31m' cannot be published");
    }
}
