package io.github.ismshandbook.isms;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One problem, one finding, through the whole pipeline: a broken file, a misspelt key or an empty list is reported
 * once, where it is, and nothing that refers to it is reported again.
 */
class OneProblemOneFindingTest {

    private static final String VALID = SourceProject.FRONT_MATTER;

    @TempDir
    Path basedir;
    private SourceProject project;
    private BuildConfig config;

    @BeforeEach
    void setUp() {
        project = new SourceProject(basedir);
        config = project.config;
    }

    private void write(String path, String text) throws IOException {
        project.write(path, text);
    }

    private static List<String> findings(Validation validation) {
        return SourceProject.errorsAndWarnings(validation);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(config.outputDirectory().resolve(path).toFile(), "UTF-8");
    }

    @Test
    void aFileWhoseFrontMatterCannotBeParsedIsOneFindingAndItsIdIsStillTaken() throws IOException {
        write("policies/broken.md", "---\nid: POL-BROKEN\ntitle: Broken\ntags:\n\t- tabbed\n---\nText.\n");
        write("policies/access.md", VALID.formatted("POL-ACCESS", "Access control").replace("controls:",
                "related: [POL-BROKEN]\ncontrols:") + "See [[POL-BROKEN]], [[POL-BROKEN|the broken one]] and "
                + "[its file](broken.md).\n");

        Validation validation = new HandbookPipeline(config).build();

        assertThat(findings(validation)).containsExactly("yaml-syntax policies/broken.md:5");
        Document access = page("policies/access.html");
        assertThat(access.select("article.document a").eachText()).doesNotContain("POL-BROKEN", "the broken one",
                "its file");
        assertThat(access.select("span.broken-link").eachText()).contains("POL-BROKEN", "the broken one", "its file");
        assertThat(access.select(".ref-related .doc-id").text()).contains("could not be read");
    }

    @Test
    void aDocumentWhoseIdIsInvalidIsOneFindingAndLinksToItsIdLeadToItsPage() throws IOException {
        write("policies/odd.md", VALID.formatted("POL 1", "Odd"));
        write("policies/access.md", VALID.formatted("POL-ACCESS", "Access control").replace("controls:",
                "related: ['POL 1']\ncontrols:") + "See [[POL 1]].\n");

        Validation validation = new HandbookPipeline(config).build();

        assertThat(findings(validation)).containsExactly("invalid-value policies/odd.md:2");
        assertThat(page("policies/access.html").select("a[href$=policies/odd.html]").eachText()).contains("Odd");
    }

    @Test
    void aMisspeltReviewDateIsOneErrorAtItsLine() throws IOException {
        write("a.md", VALID.formatted("POL-A", "A").replace("review_date:", "reveiw_date:"));

        List<Finding> findings = new HandbookPipeline(config).validate().findings().stream()
                .filter(f -> f.severity() != Severity.INFO).toList();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.REQUIRED_FIELD);
            assertThat(f.line()).isEqualTo(6);
            assertThat(f.message()).contains("did you mean 'review_date' for 'reveiw_date'?");
        });
    }

    @Test
    void controlsWrittenEmptyAreNoControlsButAnInvalidValueIsOnlyInvalid() throws IOException {
        write("empty-list.md", VALID.formatted("POL-A", "A").replace("controls: [A.5.15]", "controls: []"));
        write("empty.md", VALID.formatted("POL-B", "B").replace("controls: [A.5.15]", "controls:"));
        write("absent.md", VALID.formatted("POL-C", "C").replace("controls: [A.5.15]\n", ""));
        write("invalid.md", VALID.formatted("POL-D", "D").replace("controls: [A.5.15]", "controls: {A.5.15: yes}"));
        write("mapped.md", VALID.formatted("POL-E", "E"));

        Validation validation = new HandbookPipeline(config).validate();

        assertThat(findings(validation)).containsExactly("unmapped-document absent.md:1",
                "unmapped-document empty-list.md:1", "unmapped-document empty.md:1", "invalid-value invalid.md:7");
    }

    @Test
    void lowerCaseLegacyControlsAreAnsweredWithTheirEquivalentsEverywhere() throws IOException {
        write("a.md", VALID.formatted("POL-A", "A").replace("[A.5.15]", "[a.9.2.1, ' a.5.15 ']")
                + "See [[a.9.2.1]] and [[A.9.2.1]].\n");

        Validation validation = new HandbookPipeline(config).validate();

        assertThat(findings(validation)).containsExactly("legacy-control a.md:7", "legacy-control a.md:9",
                "legacy-control a.md:9");
        assertThat(validation.findings()).filteredOn(f -> f.rule() == Rule.LEGACY_CONTROL).extracting(Finding::hint)
                .containsOnly("Its ISO/IEC 27001:2022 equivalent is A.5.16 Identity management.");
    }
}
