package io.github.ismshandbook.isms.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * A real Git repository in a test folder, written with JGit: files, then commits with a set author and date
 * ({@code 2026-03-04T10:00:00+01:00}). Committer and author are the same person at the same time. JGit runs
 * {@link IsolatedGit isolated}, as in the product: no {@code git} process, nothing written outside the test folder.
 */
public final class TestRepository implements AutoCloseable {

    private final Path root;
    private final Git git;

    private TestRepository(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    public static TestRepository init(Path root) {
        try {
            Files.createDirectories(root);
            return new TestRepository(root, IsolatedGit.call(
                    () -> Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Git git() {
        return git;
    }

    public TestRepository write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestRepository move(String from, String to) {
        try {
            Path target = root.resolve(to);
            Files.createDirectories(target.getParent());
            Files.move(root.resolve(from), target);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestRepository delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stages every change of the working tree (additions, edits, deletions) and commits it. */
    public RevCommit commit(String author, String isoDateTime) {
        return commit(author, isoDateTime, "Change by " + author);
    }

    public RevCommit commit(String author, String isoDateTime, String message) {
        stage();
        OffsetDateTime when = OffsetDateTime.parse(isoDateTime);
        PersonIdent person = new PersonIdent(author, author.toLowerCase().replace(' ', '.') + "@example.org",
                when.toInstant(), when.getOffset());
        try {
            return IsolatedGit.call(() -> git.commit().setMessage(message).setAuthor(person).setCommitter(person)
                    .setSign(false).setAllowEmpty(true).call());
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stages every change without committing it. */
    public TestRepository stage() {
        try {
            IsolatedGit.call(() -> git.add().addFilepattern(".").call());
            IsolatedGit.call(() -> git.add().addFilepattern(".").setUpdate(true).call());
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A shallow clone of {@code origin} with the newest {@code depth} commits, through JGit's file transport. */
    public static void shallowClone(Path origin, Path clone, int depth) {
        try {
            IsolatedGit.call(() -> Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
                    .setDepth(depth).call()).close();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
