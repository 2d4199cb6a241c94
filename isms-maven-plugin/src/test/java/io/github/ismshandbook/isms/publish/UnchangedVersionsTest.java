package io.github.ismshandbook.isms.publish;

import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code version-unchanged}: handbook version 1.0 is built and published, then the documents are edited and
 * handbook version 1.1 is checked against it.
 */
class UnchangedVersionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path project;

    private BuildConfig config(String handbookVersion) {
        return BuildConfig.builder(project, TODAY).handbookVersion(handbookVersion)
                .publishDirectory(project.resolve("versions")).git(false).build();
    }

    /** A policy whose {@code version} is on line 5. */
    private void write(String version, String owner, String lastReviewed, String text) throws IOException {
        Path source = Files.createDirectories(project.resolve("src/handbook/policies"));
        Files.writeString(source.resolve("p.md"), """
                ---
                id: POL-P
                title: P
                owner: %s
                version: %s
                last_reviewed: %s
                ---

                %s
                """.formatted(owner, version, lastReviewed, text));
    }

    private List<Finding> checkAfter(String version, String owner, String lastReviewed, String text)
            throws IOException {
        write(version, owner, lastReviewed, text);
        return new HandbookPipeline(config("1.1")).validate().findings().stream()
                .filter(f -> f.rule() == Rule.VERSION_UNCHANGED).toList();
    }

    @BeforeEach
    void publishTheFirstVersion() throws IOException, PublishRefusedException {
        write("2.0", "CISO", "2026-01-10", "Access is reviewed every year.");
        BuildConfig first = config("1.0");
        new HandbookPipeline(first).build();
        new VersionPublisher(first.publishDirectory()).publish(first.outputDirectory(), "1.0");
    }

    @Test
    void changedTextWithTheSameVersionIsReportedAtTheVersion() throws IOException {
        List<Finding> findings = checkAfter("2.0", "CISO", "2026-01-10", "Access is reviewed every quarter.");

        assertThat(findings).extracting(Finding::file, Finding::line, Finding::column, Finding::document,
                Finding::message).containsExactly(tuple("policies/p.md", 5, 1, "POL-P",
                "Changed since handbook version 1.0 (text) but still version 2.0"));
        assertThat(findings.get(0).hint()).startsWith("Raise 'version'");
    }

    @Test
    void changedTextWithARaisedVersionIsFine() throws IOException {
        assertThat(checkAfter("2.1", "CISO", "2026-01-10", "Access is reviewed every quarter.")).isEmpty();
    }

    @Test
    void changedMetadataWithTheSameVersionIsReported() throws IOException {
        assertThat(checkAfter("2.0", "IT Manager", "2026-01-10", "Access is reviewed every year."))
                .extracting(Finding::message)
                .containsExactly("Changed since handbook version 1.0 (owner) but still version 2.0");
    }

    @Test
    void aReviewThatChangesNothingNeedsNoNewVersion() throws IOException {
        assertThat(checkAfter("2.0", "CISO", "2026-02-20", "Access is reviewed\nevery year.")).isEmpty();
    }

    @Test
    void theFirstVersionIsNotCompared() throws IOException {
        write("2.0", "CISO", "2026-01-10", "Access is reviewed every quarter.");

        assertThat(new HandbookPipeline(config("0.9")).validate().findings())
                .noneMatch(f -> f.rule() == Rule.VERSION_UNCHANGED);
    }
}
