package io.github.ismshandbook.isms;

import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents written the way other people write them, after the shapes of public policy templates and of the tools
 * that keep them (front-matter without its opening line, a linter comment above it, a tab, a block left open before
 * a rule in the text, other tools' keys and values, lower-case and ranged control numbers, document control tables,
 * a README in the folder): each is reported once, where it is, with a hint that says what to write, and the handbook
 * is built.
 */
class FirstContactTest {

    @TempDir
    Path basedir;

    @Test
    void documentsOfOtherTemplatesAreEachReportedOnceWithWhatToWrite() throws IOException, URISyntaxException {
        SourceProject project = new SourceProject(basedir);
        Path documents = Path.of(Objects.requireNonNull(getClass().getResource("first-contact")).toURI());
        try (Stream<Path> files = Files.walk(documents)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                project.write(documents.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }

        Validation validation = new HandbookPipeline(project.config).build();

        assertThat(lines(validation)).containsExactly(
                "yaml-syntax policies/acceptable-use.md:8 (Indent with spaces, not tabs.)",
                "front-matter-missing policies/access-control.md:1 (Add a line '---' above line 1.)",
                "front-matter-missing policies/backup.md:1 (Move what is above line 2 below the front-matter: the block "
                        + "must open the file.)",
                "unmapped-document policies/business-continuity.md:1 (List the Annex A controls it implements under "
                        + "'controls', e.g. controls: [A.5.15].)",
                "unknown-field policies/business-continuity.md:8 (did you mean 'status: draft'?)",
                "unknown-field policies/business-continuity.md:9 (null)",
                "unknown-field policies/business-continuity.md:10 (did you mean 'summary'?)",
                "front-matter-missing policies/cryptography.md:9 (Add a line '---' before line 9 to end the "
                        + "front-matter.)",
                "required-field policies/information-security.md:1 (Add 'id: …' to the front-matter.)",
                "required-field policies/information-security.md:1 (Add 'review_date: YYYY-MM-DD' (next review due) or "
                        + "'last_reviewed: YYYY-MM-DD'.)",
                "unknown-field policies/information-security.md:3 (null)",
                "unknown-field policies/information-security.md:4 (did you mean 'owner'?)",
                "invalid-value policies/information-security.md:6 (Did you mean 'draft'? Until it is corrected, it is "
                        + "read as 'draft'.)",
                "unknown-field policies/information-security.md:8 (did you mean 'classification'?)",
                "required-field policies/password.md:6 (Rename 'next_review' to 'review_date'.)",
                "unknown-field policies/password.md:7 (did you mean 'approved_by'?)",
                "unknown-field policies/password.md:8 (did you mean 'approved_on'?)",
                "invalid-value procedures/incident-response.md:7 (Did you mean 'P1Y'? Until it is corrected, it is read "
                        + "as 'P1Y'.)",
                "invalid-value procedures/incident-response.md:8 (Did you mean 'procedure'? Until it is corrected, it is "
                        + "read as 'procedure'.)",
                "unknown-control procedures/incident-response.md:9 (List each control of the range: A.5.24, A.5.25, "
                        + "A.5.26.)",
                "legacy-control procedures/incident-response.md:9 (Its ISO/IEC 27001:2022 equivalent is A.5.24 "
                        + "Information security incident management planning and preparation.)",
                "invalid-value standards/password-standard.md:8 (Write controls as a list in brackets: [A.5.17, A.8.5].)");
        assertThat(validation.handbook().takenIds().keySet())
                .containsExactly("POL-ACCESS", "POL-AUP", "POL-BACKUP", "POL-CRYPTO");
        assertThat(project.config.outputDirectory().resolve("procedures/incident-response.html")).exists();
        assertThat(project.config.outputDirectory().resolve("policies/README.html")).doesNotExist();
        assertThat(project.config.outputDirectory().resolve("_templates")).doesNotExist();
    }

    /** Errors and warnings as {@code rule file:line (hint)}. */
    private static List<String> lines(Validation validation) {
        return validation.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(FirstContactTest::line).toList();
    }

    private static String line(Finding f) {
        return f.rule().id() + " " + f.file() + ":" + f.line() + " (" + f.hint() + ")";
    }
}
