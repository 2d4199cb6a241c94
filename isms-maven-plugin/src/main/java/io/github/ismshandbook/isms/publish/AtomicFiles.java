package io.github.ismshandbook.isms.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes files and folders so that a reader, or a build that stops half-way, sees either the old
 * content or the new, never a mixture (SPEC §8). Work happens in a hidden sibling of the target
 * (same folder, so the same file system), which is then renamed into place.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Replaces {@code target} with a file holding {@code content} (UTF-8). */
    static void writeString(Path target, String content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Replaces the folder {@code target} with a copy of the folder {@code source}. The copy is made in a
     * staging sibling first; only a complete copy is swapped in, so a failed copy leaves {@code target}
     * as it was. The swap is two renames (old out, new in): POSIX has no portable rename that exchanges
     * two folders, and a rename over a non-empty folder fails. If the second rename fails the old folder
     * is put back. Symbolic links in {@code source} are not copied, so the copy never leads elsewhere.
     */
    static void replaceDirectory(Path source, Path target, FileCopier copier) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-");
        try {
            copyTree(source, staging, copier);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging, e);
            throw e;
        }
        swap(staging, target);
    }

    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            moveIntoPlace(staging, target);
            return;
        }
        Path retired = staging.resolveSibling(staging.getFileName() + "-old");
        Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
        try {
            moveIntoPlace(staging, target);
        } catch (IOException | RuntimeException e) {
            try {
                Files.move(retired, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        // The new folder is in place; an old copy that cannot be removed is only clutter.
        deleteQuietly(retired, null);
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging, e);
            throw e;
        }
    }

    private static void copyTree(Path source, Path target, FileCopier copier) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(resolve(dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    copier.copy(file, resolve(file));
                }
                return FileVisitResult.CONTINUE;
            }

            private Path resolve(Path p) {
                Path result = target;
                for (Path part : source.relativize(p)) {
                    result = result.resolve(part.toString());
                }
                return result;
            }
        });
    }

    /** Deletes a folder tree without following links; failures are recorded on {@code cause} when given. */
    static void deleteQuietly(Path dir, Throwable cause) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
