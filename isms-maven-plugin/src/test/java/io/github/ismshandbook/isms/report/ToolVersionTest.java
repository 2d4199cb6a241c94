package io.github.ismshandbook.isms.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ToolVersionTest {

    @Test
    void theFilteredProjectVersionIsUsedAndNeverAPlaceholder() {
        // target/classes holds version.properties filtered by the build, so the project version is there.
        assertThat(ToolVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?").doesNotContain("${");
    }

    @Test
    void anUnfilteredResourceFallsBackToTheManifestThenToDev() {
        assertThat(ToolVersion.choose("1.2.3", "9.9.9")).isEqualTo("1.2.3");
        assertThat(ToolVersion.choose("${project.version}", "0.1.0")).isEqualTo("0.1.0");
        assertThat(ToolVersion.choose("${project.version}", null)).isEqualTo("dev");
        assertThat(ToolVersion.choose("", " ")).isEqualTo("dev");
        assertThat(ToolVersion.choose(null, null)).isEqualTo("dev");
    }
}
