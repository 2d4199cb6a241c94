package io.github.ismshandbook.isms.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class GitHeadTest {

    @TempDir
    Path tmp;

    @Test
    void the_commit_head_points_at_from_any_folder_inside_the_repository() throws Exception {
        Path repo = tmp.resolve("repo");
        Path handbook = Files.createDirectories(repo.resolve("src/handbook/policies"));
        Files.writeString(handbook.resolve("a.md"), "first");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            String first = commit(git, "first");
            assertThat(GitHead.commit(handbook)).contains(first);

            Files.writeString(handbook.resolve("a.md"), "second");
            String second = commit(git, "second");
            assertThat(GitHead.commit(repo)).contains(second);
            assertThat(second).hasSize(40).isNotEqualTo(first);
        }
    }

    @Test
    void outside_a_repository_or_before_the_first_commit_there_is_none() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain/src/handbook"));
        assertThat(GitHead.commit(plain)).isEmpty();
        assertThat(GitHead.commit(tmp.resolve("missing/folder"))).isEmpty();

        Path empty = tmp.resolve("empty");
        try (Git git = Git.init().setDirectory(empty.toFile()).call()) {
            assertThat(GitHead.commit(empty)).isEmpty();
        }
    }

    @Test
    void a_damaged_repository_is_no_commit_rather_than_a_failure() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("damaged/.git"));
        Files.writeString(repo.resolve("HEAD"), "not a ref\n");
        assertThat(GitHead.commit(repo.getParent())).isEmpty();
    }

    private static String commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent author = new PersonIdent("Author", "author@example.org", Instant.parse("2026-02-27T09:00:00Z"),
                ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(author).setCommitter(author).setSign(false).call().getName();
    }
}
