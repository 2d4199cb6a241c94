package io.github.ismshandbook.isms.git;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.load.HandbookLoader;
import io.github.ismshandbook.isms.load.LoadResult;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.LastChange;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Git facts and the rules that read them, through the whole pipeline, on real repositories written with JGit.
 * The project lives in the folder {@code isms/} of its repository, as in a monorepo.
 */
class GitEvidenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Set<Rule> GIT_RULES = EnumSet.of(Rule.APPROVAL_STALE, Rule.GIT_HISTORY_SHALLOW);
    /** The line of {@code approved_on} in {@link #policy}. */
    private static final int APPROVED_ON_LINE = 8;

    @TempDir
    Path tmp;

    /** An approved policy, approved on {@code approvedOn}, that passes every other check. */
    private static String policy(String id, String approvedOn, String text) {
        return """
                ---
                id: %s
                title: %s policy
                owner: CISO
                version: "1.0"
                review_date: 2027-01-01
                approved_by: Management Board
                approved_on: %s
                controls: [A.5.15]
                ---

                %s
                """.formatted(id, id, approvedOn, text);
    }

    private static BuildConfig config(Path project) {
        return BuildConfig.builder(project, TODAY).build();
    }

    private static Validation validate(BuildConfig config) throws IOException {
        return new HandbookPipeline(config).validate();
    }

    private static List<Finding> gitFindings(Validation validation) {
        return validation.findings().stream().filter(f -> GIT_RULES.contains(f.rule())).toList();
    }

    @Test
    void aChangeCommittedAfterTheApprovalDayIsStale() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("isms/src/handbook/policies/a.md", policy("POL-A", "2026-03-01", "Version one."))
                    .write("isms/src/handbook/policies/b.md", policy("POL-B", "2026-03-01", "Version one."));
            repo.commit("Alice Author", "2026-02-20T10:00:00+01:00");
            repo.write("isms/src/handbook/policies/a.md", policy("POL-A", "2026-03-01", "Version two."));
            RevCommit edit = repo.commit("Bob Builder", "2026-03-04T09:15:00+01:00");

            List<Finding> findings = gitFindings(validate(config(repo.root().resolve("isms"))));

            assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::file, Finding::line,
                            Finding::column, Finding::document, Finding::message)
                    .containsExactly(tuple(Rule.APPROVAL_STALE, Severity.WARNING, "policies/a.md", APPROVED_ON_LINE, 1,
                            "POL-A", "The file was changed on 2026-03-04 (commit " + edit.name().substring(0, 7)
                                    + " by Bob Builder), after its approval on 2026-03-01"));
            assertThat(findings.get(0).hint()).startsWith("Have the changed text approved");
        }
    }

    @Test
    void aChangeOnTheApprovalDayInTheCommittersTimeZoneIsCovered() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("isms/src/handbook/policies/a.md", policy("POL-A", "2026-03-01", "Version one."));
            repo.commit("Alice Author", "2026-02-20T10:00:00+01:00");
            repo.write("isms/src/handbook/policies/a.md", policy("POL-A", "2026-03-01", "Version two."));
            // 2026-03-02 in UTC, still the approval day where it was committed
            repo.commit("Bob Builder", "2026-03-01T23:30:00-05:00");

            Validation validation = validate(config(repo.root().resolve("isms")));

            assertThat(gitFindings(validation)).isEmpty();
            assertThat(validation.handbook().lastChange(validation.handbook().documents().get(0)))
                    .map(LastChange::date).contains(LocalDate.of(2026, 3, 1));
        }
    }

    @Test
    void anEditNotCommittedAfterTheApprovalIsStale() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("isms/src/handbook/policies/a.md", policy("POL-A", "2026-03-01", "Version one."));
            repo.commit("Alice Author", "2026-02-20T10:00:00+01:00");
            repo.write("isms/src/handbook/policies/a.md", policy("POL-A", "2026-03-01", "Edited, not committed."));

            List<Finding> findings = gitFindings(validate(config(repo.root().resolve("isms"))));

            assertThat(findings).extracting(Finding::rule, Finding::line, Finding::message).containsExactly(
                    tuple(Rule.APPROVAL_STALE, APPROVED_ON_LINE,
                            "The file has changes that are not committed yet, made after its approval on 2026-03-01"));
        }
    }

    @Test
    void anEditApprovedTodayIsNotStaleBeforeItIsCommitted() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("isms/src/handbook/policies/a.md", policy("POL-A", "2026-03-01", "Version one."));
            repo.commit("Alice Author", "2026-02-20T10:00:00+01:00");
            repo.write("isms/src/handbook/policies/a.md", policy("POL-A", TODAY.toString(), "Approved today."));

            assertThat(gitFindings(validate(config(repo.root().resolve("isms"))))).isEmpty();
        }
    }

    @Test
    void aMoveAfterTheApprovalDoesNotMakeItStale() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("isms/src/handbook/a.md", policy("POL-A", "2026-03-01", "Version one."));
            RevCommit written = repo.commit("Alice Author", "2026-02-20T10:00:00+01:00");
            repo.move("isms/src/handbook/a.md", "isms/src/handbook/policies/access.md");
            repo.commit("Bob Builder", "2026-04-01T10:00:00+02:00");

            Validation validation = validate(config(repo.root().resolve("isms")));

            assertThat(gitFindings(validation)).isEmpty();
            assertThat(validation.handbook().git().orElseThrow().lastChange("policies/access.md"))
                    .contains(new LastChange(written.name(), LocalDate.of(2026, 2, 20), "Alice Author"));
        }
    }

    @Test
    void aShallowCloneIsReportedOnceWithHowToFetchTheWholeHistory() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("origin"))) {
            repo.write("isms/src/handbook/policies/a.md", policy("POL-A", "2026-03-01", "Version one."))
                    .write("isms/src/handbook/policies/b.md", policy("POL-B", "2026-03-01", "Version one."));
            repo.commit("Alice Author", "2026-02-20T10:00:00+01:00");
            repo.write("isms/pom.xml", "<project/>");
            repo.commit("Bob Builder", "2026-04-01T10:00:00+02:00");
        }
        Path clone = tmp.resolve("clone");
        TestRepository.shallowClone(tmp.resolve("origin"), clone, 1);

        Validation validation = validate(config(clone.resolve("isms")));

        // the single commit of the clone added every file: that is the cut, not a change after the approval
        assertThat(gitFindings(validation)).extracting(Finding::rule, Finding::severity, Finding::file, Finding::line,
                        Finding::document, Finding::message, Finding::hint)
                .containsExactly(tuple(Rule.GIT_HISTORY_SHALLOW, Severity.INFO, null, 0, null,
                        "The Git repository is a shallow clone, its history cut off: the last change of 2 of 2 "
                                + "documents is not known",
                        "Fetch the whole history: run 'git fetch --unshallow'; on GitHub Actions set 'fetch-depth: 0' "
                                + "on actions/checkout; on GitLab CI set the variable 'GIT_DEPTH: 0'."));
        assertThat(validation.handbook().git().orElseThrow().lastChanges()).isEmpty();
    }

    @Test
    void withGitTurnedOffThereAreNoFactsAndNoGitFindings() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("origin"))) {
            repo.write("isms/src/handbook/policies/a.md", policy("POL-A", "2026-03-01", "Version one."));
            repo.commit("Alice Author", "2026-02-20T10:00:00+01:00");
            repo.write("isms/src/handbook/policies/a.md", policy("POL-A", "2026-03-01", "Version two."));
            repo.commit("Bob Builder", "2026-04-01T10:00:00+02:00");
        }
        Path clone = tmp.resolve("clone");
        TestRepository.shallowClone(tmp.resolve("origin"), clone, 2);
        BuildConfig config = config(clone.resolve("isms"));
        assertThat(gitFindings(validate(config))).extracting(Finding::rule)
                .containsExactlyInAnyOrder(Rule.GIT_HISTORY_SHALLOW, Rule.APPROVAL_STALE);

        Validation off = validate(config.toBuilder().git(false).build());

        assertThat(off.handbook().git()).isEmpty();
        assertThat(gitFindings(off)).isEmpty();
    }

    @Test
    void aDocumentSavedInThePreviewIsAChangeOfTheWorkingTree() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("isms/src/handbook/a.md", policy("POL-A", "2026-03-01", "Version one."))
                    .write("isms/src/handbook/b.md", policy("POL-B", "2026-03-01", "Version one."));
            RevCommit commit = repo.commit("Alice Author", "2026-02-20T10:00:00+01:00");
            HandbookLoader loader = new HandbookLoader(config(repo.root().resolve("isms")));
            LoadResult loaded = loader.load();
            repo.write("isms/src/handbook/a.md", policy("POL-A", "2026-03-01", "Edited in the preview."));

            LoadResult reloaded = loader.reload(loaded, Set.of("a.md")).orElseThrow();

            assertThat(reloaded.handbook().git().orElseThrow().lastChanges()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "a.md", LastChange.uncommitted(TODAY),
                    "b.md", new LastChange(commit.name(), LocalDate.of(2026, 2, 20), "Alice Author")));
        }
    }

    @Test
    void outsideARepositoryNothingFails() throws Exception {
        Path project = tmp.resolve("plain");
        Files.createDirectories(project.resolve("src/handbook"));
        Files.writeString(project.resolve("src/handbook/a.md"), policy("POL-A", "2026-03-01", "Text."));
        BuildConfig config = config(project);

        Validation validation = new HandbookPipeline(config).build();

        assertThat(validation.handbook().git()).isEmpty();
        assertThat(gitFindings(validation)).isEmpty();
        JsonNode manifest = new ObjectMapper().readTree(config.outputDirectory().resolve("handbook.json").toFile());
        assertThat(manifest.at("/documents/0/last_change").isNull()).isTrue();
        assertThat(Jsoup.parse(config.outputDirectory().resolve("a.html").toFile(), "UTF-8")
                .select(".meta-last-change")).isEmpty();
    }

    @Test
    void theLastChangeIsShownOnThePagesAndInHandbookJson() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("isms/src/handbook/policies/a.md", policy("POL-A", "2026-03-01", "Version one."))
                    .write("isms/src/handbook/policies/b.md", policy("POL-B", "2026-03-01", "Version one."));
            RevCommit commit = repo.commit("Alice Author", "2026-02-20T10:00:00+01:00");
            repo.write("isms/src/handbook/policies/b.md", policy("POL-B", TODAY.toString(), "Edited now."));
            BuildConfig config = config(repo.root().resolve("isms"));

            new HandbookPipeline(config).build();

            Path site = config.outputDirectory();
            String shortCommit = commit.name().substring(0, 7);
            var a = Jsoup.parse(site.resolve("policies/a.html").toFile(), "UTF-8");
            assertThat(a.select(".meta-last-change").text())
                    .isEqualTo("2026-02-20, Alice Author, commit " + shortCommit);
            assertThat(a.select(".meta-last-change code").attr("title")).isEqualTo(commit.name());
            assertThat(Jsoup.parse(site.resolve("policies/b.html").toFile(), "UTF-8").select(".meta-last-change")
                    .text()).isEqualTo("2026-06-01, working tree (not committed)");
            var print = Jsoup.parse(site.resolve("print.html").toFile(), "UTF-8");
            assertThat(print.select(".print-control .meta-last-change").eachText()).containsExactly(
                    "2026-02-20, Alice Author, commit " + shortCommit, "2026-06-01, working tree (not committed)");

            byte[] json = Files.readAllBytes(site.resolve("handbook.json"));
            JsonNode documents = new ObjectMapper().readTree(json).get("documents");
            assertThat(documents.get(0).get("last_change").toString()).isEqualTo("{\"commit\":\"" + commit.name()
                    + "\",\"date\":\"2026-02-20\",\"author\":\"Alice Author\"}");
            assertThat(documents.get(1).get("last_change").toString())
                    .isEqualTo("{\"commit\":null,\"date\":\"2026-06-01\",\"author\":\"working tree\"}");

            // the same repository state and today give the same files
            new HandbookPipeline(config).build();
            assertThat(Files.readAllBytes(site.resolve("handbook.json"))).isEqualTo(json);
        }
    }
}
