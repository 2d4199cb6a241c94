package io.github.ismshandbook.isms.git;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The commit checked out in the Git repository a folder belongs to, read with JGit (no {@code git} process), for
 * the manifest of a published edition. Outside a repository, in a repository without commits, or when the
 * repository cannot be read, there is no commit, and nothing fails: Git is evidence, not a requirement.
 */
public final class GitHead {

    private GitHead() {
    }

    /** The full id of the commit {@code HEAD} points at in the repository that holds {@code folder}. */
    public static Optional<String> commit(Path folder) {
        // isolated: JGit left alone runs 'git' for its system configuration and writes ~/.config/jgit
        return IsolatedGit.call(() -> read(folder));
    }

    private static Optional<String> read(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId head = repository.resolve(Constants.HEAD);
            return Optional.ofNullable(head).map(ObjectId::name);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
