package io.github.ismshandbook.isms.git;

import io.github.ismshandbook.isms.model.GitFacts;
import io.github.ismshandbook.isms.model.LastChange;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GitHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path tmp;

    private static GitFacts read(Path source, String... documents) throws Exception {
        return GitHistory.read(source, List.of(documents), TODAY).orElseThrow();
    }

    private static LastChange change(RevCommit commit, String date, String author) {
        return new LastChange(commit.name(), LocalDate.parse(date), author);
    }

    @Test
    void eachDocumentHasTheCommitDateAndAuthorOfItsLastChange() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("policies/a.md", "A1").write("policies/b.md", "B1");
            RevCommit first = repo.commit("Alice Author", "2026-01-10T09:00:00+01:00");
            repo.write("policies/a.md", "A2");
            RevCommit second = repo.commit("Bob Builder", "2026-02-20T15:30:00+01:00");
            repo.write("README.txt", "not a document");
            repo.commit("Carol Clerk", "2026-03-01T08:00:00+01:00");

            GitFacts facts = read(repo.root(), "policies/a.md", "policies/b.md");

            assertThat(facts.lastChanges()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "policies/a.md", change(second, "2026-02-20", "Bob Builder"),
                    "policies/b.md", change(first, "2026-01-10", "Alice Author")));
            assertThat(facts.shallow()).isFalse();
        }
    }

    @Test
    void theDateIsTheCommitDateInTheCommittersTimeZone() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("a.md", "A");
            // 04:30 UTC on the 5th, but still the 4th in New York, where the commit was made
            RevCommit late = repo.commit("Alice Author", "2026-03-04T23:30:00-05:00");

            assertThat(read(repo.root(), "a.md").lastChange("a.md")).contains(change(late, "2026-03-04", "Alice Author"));
        }
    }

    @Test
    void theAuthorIsTheCommitsAuthorAndTheDateItsCommitDate() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("a.md", "A").stage();
            PersonIdent author = new PersonIdent("Alice Author", "alice@example.org",
                    Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
            PersonIdent committer = new PersonIdent("Carl Committer", "carl@example.org",
                    Instant.parse("2026-01-12T10:00:00Z"), ZoneOffset.UTC);
            RevCommit commit = repo.git().commit().setMessage("m").setAuthor(author).setCommitter(committer)
                    .setSign(false).call();

            assertThat(read(repo.root(), "a.md").lastChange("a.md")).contains(change(commit, "2026-01-12", "Alice Author"));
        }
    }

    @Test
    void aMoveThatKeepsTheTextIsFollowedToTheChangeBeforeIt() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("old/a.md", "A1");
            repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            repo.write("old/a.md", "A2");
            RevCommit edit = repo.commit("Bob Builder", "2026-01-20T09:00:00Z");
            repo.move("old/a.md", "new/renamed.md");
            repo.commit("Carol Clerk", "2026-02-01T09:00:00Z");

            assertThat(read(repo.root(), "new/renamed.md").lastChange("new/renamed.md"))
                    .contains(change(edit, "2026-01-20", "Bob Builder"));
        }
    }

    @Test
    void aMoveWithEditsIsTheLastChange() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("old/a.md", "Line one\nLine two\nLine three\n");
            repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            repo.move("old/a.md", "new/a.md").write("new/a.md", "Line one\nLine two\nLine three, edited\n");
            RevCommit moved = repo.commit("Carol Clerk", "2026-02-01T09:00:00Z");

            assertThat(read(repo.root(), "new/a.md").lastChange("new/a.md"))
                    .contains(change(moved, "2026-02-01", "Carol Clerk"));
        }
    }

    @Test
    void severalMovesAreFollowedBackToTheEdit() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("one.md", "A");
            RevCommit written = repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            repo.move("one.md", "two.md");
            repo.commit("Bob Builder", "2026-01-20T09:00:00Z");
            repo.move("two.md", "sub/three.md");
            repo.commit("Carol Clerk", "2026-02-01T09:00:00Z");

            assertThat(read(repo.root(), "sub/three.md").lastChange("sub/three.md"))
                    .contains(change(written, "2026-01-10", "Alice Author"));
        }
    }

    @Test
    void uncommittedEditsAreChangesOfTheWorkingTreeDatedToday() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("edited.md", "E1").write("staged.md", "S1").write("clean.md", "C1");
            RevCommit commit = repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            repo.write("staged.md", "S2").stage();
            repo.write("edited.md", "E2").write("new.md", "N1");

            GitFacts facts = read(repo.root(), "edited.md", "staged.md", "clean.md", "new.md");

            LastChange now = new LastChange(null, TODAY, "working tree");
            assertThat(facts.lastChanges()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "edited.md", now, "staged.md", now, "new.md", now,
                    "clean.md", change(commit, "2026-01-10", "Alice Author")));
        }
    }

    @Test
    void aRepositoryWithoutCommitsHasOnlyWorkingTreeChanges() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("a.md", "A");

            assertThat(read(repo.root(), "a.md").lastChanges())
                    .containsExactly(Map.entry("a.md", LastChange.uncommitted(TODAY)));
        }
    }

    @Test
    void aFileThatGitIgnoresHasNoLastChange() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write(".gitignore", "private.md\n").write("a.md", "A");
            RevCommit commit = repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            repo.write("private.md", "P");

            assertThat(read(repo.root(), "a.md", "private.md").lastChanges())
                    .containsExactly(Map.entry("a.md", change(commit, "2026-01-10", "Alice Author")));
        }
    }

    @Test
    void aProjectInASubfolderSeesOnlyItsSourceFolderUnderItsOwnPaths() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("isms/src/handbook/policies/a.md", "A1").write("policies/a.md", "other");
            RevCommit inside = repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            // the same relative path outside the source folder changes later: not this document
            repo.write("policies/a.md", "other, changed").write("isms/pom.xml", "<project/>");
            repo.commit("Bob Builder", "2026-02-01T09:00:00Z");

            GitFacts facts = read(repo.root().resolve("isms/src/handbook"), "policies/a.md");

            assertThat(facts.lastChanges())
                    .containsExactly(Map.entry("policies/a.md", change(inside, "2026-01-10", "Alice Author")));
        }
    }

    @Test
    void aFileMovedIntoTheSourceFolderChangedThere() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("drafts/a.md", "A");
            repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            repo.move("drafts/a.md", "src/handbook/a.md");
            RevCommit moved = repo.commit("Bob Builder", "2026-02-01T09:00:00Z");

            assertThat(read(repo.root().resolve("src/handbook"), "a.md").lastChange("a.md"))
                    .contains(change(moved, "2026-02-01", "Bob Builder"));
        }
    }

    @Test
    void aBranchChangeIsFoundAtItsCommitAndAMergeIsNoChangeOfItsOwn() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("a.md", "A1").write("b.md", "B1");
            repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            Git git = repo.git();
            git.checkout().setCreateBranch(true).setName("side").call();
            repo.write("a.md", "A2");
            RevCommit onSide = repo.commit("Bob Builder", "2026-01-20T09:00:00Z");
            git.checkout().setName("main").call();
            repo.write("b.md", "B2");
            RevCommit onMain = repo.commit("Carol Clerk", "2026-01-25T09:00:00Z");
            MergeResult merge = git.merge().include(onSide).setCommit(false).call();
            assertThat(merge.getMergeStatus().isSuccessful()).isTrue();
            repo.commit("Dave Merger", "2026-02-01T09:00:00Z", "Merge side");

            assertThat(read(repo.root(), "a.md", "b.md").lastChanges()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "a.md", change(onSide, "2026-01-20", "Bob Builder"),
                    "b.md", change(onMain, "2026-01-25", "Carol Clerk")));
        }
    }

    @Test
    void aChangeThatAMergeDiscardedIsNotTheLastChange() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("a.md", "A1");
            RevCommit base = repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            Git git = repo.git();
            git.checkout().setCreateBranch(true).setName("side").call();
            repo.write("a.md", "A2, not taken");
            RevCommit discarded = repo.commit("Bob Builder", "2026-01-20T09:00:00Z");
            git.checkout().setName("main").call();
            git.merge().include(discarded).setStrategy(MergeStrategy.OURS).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setCommit(false).call();
            assertThat(Files.readString(repo.root().resolve("a.md"))).isEqualTo("A1");
            repo.commit("Dave Merger", "2026-02-01T09:00:00Z", "Merge side, keeping ours");

            assertThat(read(repo.root(), "a.md").lastChange("a.md")).contains(change(base, "2026-01-10", "Alice Author"));
        }
    }

    @Test
    void aConflictResolvedInTheMergeIsAChangeOfTheMerge() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("a.md", "A1");
            repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            Git git = repo.git();
            git.checkout().setCreateBranch(true).setName("side").call();
            repo.write("a.md", "A2 side");
            RevCommit onSide = repo.commit("Bob Builder", "2026-01-20T09:00:00Z");
            git.checkout().setName("main").call();
            repo.write("a.md", "A2 main");
            repo.commit("Carol Clerk", "2026-01-25T09:00:00Z");
            MergeResult merge = git.merge().include(onSide).setCommit(false).call();
            assertThat(merge.getMergeStatus()).isEqualTo(MergeResult.MergeStatus.CONFLICTING);
            repo.write("a.md", "A3 resolved");
            RevCommit merged = repo.commit("Dave Merger", "2026-02-01T09:00:00Z", "Merge side, resolved");

            assertThat(read(repo.root(), "a.md").lastChange("a.md")).contains(change(merged, "2026-02-01", "Dave Merger"));
        }
    }

    @Test
    void aShallowCloneKnowsOnlyTheChangesAboveItsCut() throws Exception {
        RevCommit recent;
        try (TestRepository repo = TestRepository.init(tmp.resolve("origin"))) {
            repo.write("old.md", "O1").write("recent.md", "R1");
            repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            repo.write("other.md", "X1");
            repo.commit("Bob Builder", "2026-01-20T09:00:00Z");
            repo.write("recent.md", "R2");
            recent = repo.commit("Carol Clerk", "2026-02-01T09:00:00Z");
        }
        Path clone = tmp.resolve("clone");
        TestRepository.shallowClone(tmp.resolve("origin"), clone, 2);

        GitFacts facts = read(clone, "old.md", "recent.md", "other.md");

        assertThat(facts.shallow()).isTrue();
        // other.md was added by the commit at the cut, whose parent is missing: when it changed cannot be told
        assertThat(facts.lastChanges())
                .containsExactly(Map.entry("recent.md", change(recent, "2026-02-01", "Carol Clerk")));
    }

    @Test
    void aShallowCloneWhoseDocumentsNeedNoHistoryIsNotReportedAsCutOff() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("origin"))) {
            repo.write("a.md", "A1");
            repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            repo.write("b.md", "B1");
            repo.commit("Bob Builder", "2026-01-20T09:00:00Z");
        }
        Path clone = tmp.resolve("clone");
        TestRepository.shallowClone(tmp.resolve("origin"), clone, 1);
        Files.writeString(clone.resolve("a.md"), "A2");
        Files.writeString(clone.resolve("b.md"), "B2");

        GitFacts facts = read(clone, "a.md", "b.md");

        assertThat(facts.shallow()).isFalse();
        assertThat(facts.lastChanges()).hasSize(2).allSatisfy((path, change) -> assertThat(change.isCommitted()).isFalse());
    }

    @Test
    void outsideARepositoryThereAreNoFacts() throws Exception {
        Path source = Files.createDirectories(tmp.resolve("plain/src/handbook"));
        Files.writeString(source.resolve("a.md"), "A");

        assertThat(GitHistory.read(source, List.of("a.md"), TODAY)).isEmpty();
        assertThat(GitHistory.read(tmp.resolve("missing"), List.of("a.md"), TODAY)).isEmpty();
    }

    @Test
    void theSameRepositoryStateGivesTheSameFacts() throws Exception {
        try (TestRepository repo = TestRepository.init(tmp.resolve("repo"))) {
            repo.write("a.md", "A").write("b.md", "B");
            repo.commit("Alice Author", "2026-01-10T09:00:00Z");
            repo.write("b.md", "B2");

            assertThat(read(repo.root(), "a.md", "b.md")).isEqualTo(read(repo.root(), "a.md", "b.md"));
        }
    }
}
