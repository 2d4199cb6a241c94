package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.ismshandbook.isms.check.TestHandbook.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code history-mismatch} on documents read from files, so that the lines are the ones the loader gives. */
class RevisionHistoryTest {

    @TempDir
    Path project;

    /** A document of {@code version} whose front-matter ends with {@code history}, on line 7. */
    private List<Finding> check(String version, String history) throws IOException {
        Path source = Files.createDirectories(project.resolve("src/handbook"));
        Files.writeString(source.resolve("p.md"), """
                ---
                id: POL-P
                title: P
                owner: CISO
                version: %s
                review_date: 2027-01-01
                history:
                %s---

                Text.
                """.formatted(version, history));
        BuildConfig config = BuildConfig.builder(project, TODAY).git(false).build();
        return new HandbookPipeline(config).validate().findings().stream()
                .filter(f -> f.rule() == Rule.HISTORY_MISMATCH).toList();
    }

    private static String entry(String version, String date) {
        return "  - version: " + version + "\n    date: " + date + "\n    author: J. Doe\n    summary: Changes\n";
    }

    @Test
    void theNewestEntryMustNameTheVersionVerbatim() throws IOException {
        List<Finding> findings = check("2.10", entry("2.1", "2026-01-10") + entry("2.0", "2025-01-10"));

        assertThat(findings).extracting(Finding::file, Finding::line, Finding::column, Finding::message).containsExactly(
                tuple("p.md", 8, 5, "The newest history entry is for version 2.1, but the document's version is 2.10"));
        assertThat(findings.get(0).hint()).isEqualTo(
                "Add a history entry for version 2.10 (with its date, author and summary), or correct 'version'.");
    }

    @Test
    void aNewestFirstHistoryThatNamesTheVersionAgrees() throws IOException {
        assertThat(check("2.10", entry("2.10", "2026-01-10") + entry("2.9", "2025-01-10"))).isEmpty();
    }

    @Test
    void anOldestFirstHistoryAgreesWhenItsLastEntryNamesTheVersion() throws IOException {
        assertThat(check("1.2", entry("1.0", "2024-01-10") + entry("1.1", "2025-01-10") + entry("1.2", "2026-01-10")))
                .isEmpty();
    }

    @Test
    void anOldestFirstHistoryIsComparedAtItsLastEntry() throws IOException {
        List<Finding> findings = check("1.2", entry("1.0", "2024-01-10") + entry("1.1", "2025-01-10"));

        assertThat(findings).extracting(Finding::line, Finding::message).containsExactly(
                tuple(12, "The newest history entry is for version 1.1, but the document's version is 1.2"));
    }

    @Test
    void aMixedOrderIsReportedAtTheEntryThatBreaksIt() throws IOException {
        // written newest first, then the newest entry added at the end
        List<Finding> findings = check("1.3",
                entry("1.2", "2025-06-01") + entry("1.1", "2025-01-10") + entry("1.3", "2026-01-10"));

        // the entry with the latest date names the version: only the order is wrong
        assertThat(findings).extracting(Finding::line, Finding::message).containsExactly(tuple(17,
                "History entry 1.3 is dated 2026-01-10, out of order in a history written newest first "
                        + "(the entry before it is dated 2025-01-10)"));
    }

    @Test
    void entriesOnTheSameDayAndUndatedEntriesKeepTheOrder() throws IOException {
        String undated = "  - version: 1.1\n    summary: No date\n";
        assertThat(check("1.2", entry("1.2", "2026-01-10") + undated + entry("1.1", "2026-01-10")
                + entry("1.0", "2025-01-10"))).isEmpty();
    }

    @Test
    void aDateAfterTodayIsReportedAtThatDate() throws IOException {
        List<Finding> findings = check("1.1", entry("1.1", TODAY.plusDays(1).toString()) + entry("1.0", "2025-01-10"));

        assertThat(findings).extracting(Finding::line, Finding::message).containsExactly(
                tuple(9, "History entry 1.1 is dated 2026-03-02, after today (2026-03-01)"));
    }

    @Test
    void anEntryDatedTodayIsFine() throws IOException {
        assertThat(check("1.1", entry("1.1", TODAY.toString()) + entry("1.0", "2025-01-10"))).isEmpty();
    }

    @Test
    void aNewestEntryWithoutVersionIsReportedAtTheEntry() throws IOException {
        List<Finding> findings = check("1.1", "  - date: 2026-01-10\n    summary: Forgot the version\n"
                + entry("1.0", "2025-01-10"));

        assertThat(findings).extracting(Finding::line, Finding::column, Finding::message).containsExactly(
                tuple(8, 5, "The newest history entry names no version, but the document's version is 1.1"));
    }
}
