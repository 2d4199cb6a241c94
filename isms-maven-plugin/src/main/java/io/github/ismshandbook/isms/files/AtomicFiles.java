package io.github.ismshandbook.isms.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;

/**
 * The one way the engine writes its output, so that a reader, or a build that stops half-way, sees either the old
 * content or the new, never a mixture: a file is written next to its place and renamed over it; a folder is filled
 * in a hidden sibling, which then takes the old folder's place.
 * <p>
 * Every file and folder is created the plain way ({@link Files#newOutputStream}, {@link Files#createDirectory}),
 * so it gets the modes the user's umask gives any file (0644 and 0755 with umask 022) and a web server running as
 * another user can read a published site. Never {@code Files.createTempFile} or {@code createTempDirectory}: they
 * are private to the user (0600, 0700) and keep those modes when renamed into place. Copies are written, not
 * cloned, for the same reason: a private source file does not make a private copy. On file systems without POSIX
 * modes this changes nothing.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** What a file or a folder holds, written to the stream or into the folder it is given. */
    @FunctionalInterface
    public interface Content<T> {
        void writeTo(T target) throws IOException;
    }

    /** Replaces {@code target} with a file holding {@code content} (UTF-8). */
    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces {@code target} with a file holding {@code content}. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Replaces {@code target} with the bytes {@code content} writes. Only a complete file replaces it: when
     * {@code content} fails, {@code target} stays as it was.
     */
    public static void write(Path target, Content<OutputStream> content) throws IOException {
        ReplacingStream out = replacing(target);
        boolean written = false;
        try {
            content.writeTo(out);
            written = true;
        } finally {
            if (!written) {
                out.abandon();
            }
            out.close();
        }
    }

    /**
     * A stream whose bytes replace {@code file} when it is closed, unless {@link ReplacingStream#abandon()} was
     * called first; until then {@code file} is as it was.
     */
    public static ReplacingStream replacing(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path part = file.resolveSibling("." + file.getFileName() + ".part-" + random());
        return new ReplacingStream(new BufferedOutputStream(Files.newOutputStream(part, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)), part, file);
    }

    /** A stream that writes a part file and, once closed, renames it over its file. */
    public static final class ReplacingStream extends FilterOutputStream {
        private final Path part;
        private final Path file;
        private boolean closed;
        private boolean abandoned;

        private ReplacingStream(OutputStream out, Path part, Path file) {
            super(out);
            this.part = part;
            this.file = file;
        }

        /** The file will not be replaced: closing deletes what was written. */
        public void abandon() {
            abandoned = true;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                super.close();
            } catch (IOException | RuntimeException e) {
                abandoned = true;
                throw e;
            } finally {
                if (abandoned) {
                    Files.deleteIfExists(part);
                }
            }
            if (abandoned) {
                return;
            }
            try {
                moveReplacing(part, file);
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }

    /** Copies a regular file to {@code target}, replacing it; the copy gets the modes of a new file. */
    public static void copyFile(Path source, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS)) {
            copy(in, target);
        }
    }

    /** Writes what {@code source} reads to {@code target}, replacing it; the parent folders are created. */
    public static void copy(InputStream source, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Copies the folder {@code source} into the existing folder {@code target} with {@code copier}, file by file.
     * Symbolic links are not followed, so the copy never leads out of {@code source}.
     */
    public static void copyTree(Path source, Path target, FileCopier copier) throws IOException {
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

    /**
     * Replaces the folder {@code target} with a folder that {@code content} fills. The folder is filled in a hidden
     * sibling {@code .<name>.staging-<random>}; only when {@code content} succeeds does it take {@code target}'s
     * place ({@link #replaceWith}); otherwise it is deleted and {@code target} stays as it was.
     */
    public static void replaceDirectory(Path target, Content<Path> content) throws IOException {
        Path staging = createSibling(target, ".staging-");
        try {
            content.writeTo(staging);
            replaceWith(staging, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staging, e);
            throw e;
        }
    }

    /**
     * A new, empty folder {@code .<name><infix><random>} next to {@code target} (so on the same file system, where a
     * rename is atomic), with the modes of any new folder. The parent folders are created.
     */
    public static Path createSibling(Path target, String infix) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException("A file-system root cannot be replaced: " + absolute);
        }
        Files.createDirectories(parent);
        for (int attempt = 0; ; attempt++) {
            Path dir = parent.resolve("." + absolute.getFileName() + infix + random());
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Puts the complete folder {@code staging} in place of {@code target}: the old folder out of the way, the new
     * one in, the old one deleted. POSIX has no portable rename that exchanges two folders, and a rename over a
     * non-empty folder fails, hence two renames; when the second fails the old folder is put back.
     */
    public static void replaceWith(Path staging, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(staging, target);
            return;
        }
        Path retired = createSibling(target, ".old-");
        Files.delete(retired);
        move(target, retired);
        try {
            move(staging, target);
        } catch (IOException | RuntimeException e) {
            try {
                move(retired, target);
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        // The new folder is in place; an old copy that cannot be removed is only clutter.
        deleteQuietly(retired, null);
    }

    /** Renames {@code from} to {@code to} atomically where the file system can, else plainly. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a folder tree without following links; a failure is recorded on {@code cause} when given. */
    public static void deleteQuietly(Path dir, Throwable cause) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }

    /** Deletes a folder tree; a symbolic link inside it is removed, never followed. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String random() {
        return Long.toHexString(RANDOM.nextLong() >>> 1);
    }
}
