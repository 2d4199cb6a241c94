package io.github.ismshandbook.isms.report;

import java.nio.file.Path;

/** Paths as a person in the project's folder types them: relative to it, '/'-separated. */
final class ProjectPaths {

    private ProjectPaths() {
    }

    /**
     * {@code path} relative to {@code base}, '/'-separated; the absolute path when the two have no relative path
     * between them (another drive); {@code ""} for the base itself.
     */
    static String relative(Path base, Path path) {
        Path from = base.toAbsolutePath().normalize();
        Path to = path.toAbsolutePath().normalize();
        if (from.getRoot() == null || !from.getRoot().equals(to.getRoot())) {
            return slashes(to);
        }
        return slashes(from.relativize(to));
    }

    private static String slashes(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
