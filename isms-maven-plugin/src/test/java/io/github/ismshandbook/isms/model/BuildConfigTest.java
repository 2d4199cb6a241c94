package io.github.ismshandbook.isms.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BuildConfigTest {

    private static final Path BASEDIR = Path.of("project");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void aProjectsBuilderStartsFromTheDocumentedDefaults() {
        BuildConfig config = BuildConfig.builder(BASEDIR, TODAY).build();

        assertThat(config.sourceDirectory()).isEqualTo(BASEDIR.resolve("src/handbook"));
        assertThat(config.outputDirectory()).isEqualTo(BASEDIR.resolve("target/handbook"));
        assertThat(config.reportDirectory()).isEqualTo(BASEDIR.resolve("target/isms"));
        assertThat(config.themeDirectory()).isEqualTo(BASEDIR.resolve("src/handbook-theme"));
        assertThat(config.title()).isEqualTo("ISMS Handbook");
        assertThat(config.handbookVersion()).isEqualTo("0.1.0");
        assertThat(config.organization()).isNull();
        assertThat(config.today()).isEqualTo(TODAY);
        assertThat(config.reviewWarningDays()).isEqualTo(30);
        assertThat(config.reviewCycle()).isEqualTo(Period.ofYears(1));
        assertThat(config.classifications()).containsExactly("public", "internal", "confidential", "restricted");
        assertThat(config.defaultClassification()).isEqualTo("internal");
        assertThat(config.includeDrafts()).isFalse();
        assertThat(config.rules()).isEmpty();
        assertThat(config.catalogs()).isEmpty();
        assertThat(config.includes()).isEmpty();
        assertThat(config.excludes()).isEmpty();
        assertThat(config.baseUrl()).isNull();
        assertThat(config.pdf()).isFalse();
        assertThat(config.outputTimestamp()).isNull();
        assertThat(config.publishDirectory()).isNull();
        assertThat(config.git()).isTrue();
    }

    @Test
    void aSetterChangesItsComponentOnly() {
        BuildConfig base = BuildConfig.builder(BASEDIR, TODAY).build();

        BuildConfig drafts = base.toBuilder().includeDrafts(true).build();

        assertThat(drafts.includeDrafts()).isTrue();
        assertThat(drafts.toBuilder().includeDrafts(false).build()).isEqualTo(base);
        assertThat(base.toBuilder().build()).isEqualTo(base);
    }

    @Test
    void everyComponentHasASetterThatToBuilderCarriesOver() {
        BuildConfig all = BuildConfig.builder()
                .sourceDirectory(Path.of("s")).outputDirectory(Path.of("o")).reportDirectory(Path.of("r"))
                .themeDirectory(Path.of("t")).title("T").handbookVersion("2.0").organization("Org").today(TODAY)
                .reviewWarningDays(7).reviewCycle(Period.ofMonths(6)).classifications(List.of("open", "closed"))
                .defaultClassification("open").includeDrafts(true).rules(Map.of(Rule.BROKEN_LINK, Severity.OFF))
                .catalogs(List.of(Path.of("c.yaml"))).includes(List.of("**/*.md")).excludes(List.of("x/**"))
                .baseUrl("https://example.org/").pdf(true).outputTimestamp("2026-01-01T00:00:00Z")
                .publishDirectory(Path.of("p")).git(false)
                .build();

        assertThat(all).isEqualTo(new BuildConfig(Path.of("s"), Path.of("o"), Path.of("r"), Path.of("t"), "T", "2.0",
                "Org", TODAY, 7, Period.ofMonths(6), List.of("open", "closed"), "open", true,
                Map.of(Rule.BROKEN_LINK, Severity.OFF), List.of(Path.of("c.yaml")), List.of("**/*.md"),
                List.of("x/**"), "https://example.org/", true, "2026-01-01T00:00:00Z", Path.of("p"), false));
        assertThat(all.toBuilder().build()).isEqualTo(all);
        assertThat(all.severityOf(Rule.BROKEN_LINK)).isEqualTo(Severity.OFF);
    }
}
