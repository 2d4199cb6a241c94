package io.github.ismshandbook.isms.report;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The root of the Git working tree a folder is in: the nearest folder, going up, that holds {@code .git} (a folder
 * in a clone, a file in a linked worktree or a submodule). Code-scanning services resolve the paths of a SARIF
 * report against that root, whichever sub-folder the Maven project lives in.
 */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Optional<Path> of(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
