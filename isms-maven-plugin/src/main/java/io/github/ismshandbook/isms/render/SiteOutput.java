package io.github.ismshandbook.isms.render;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;

/**
 * The folder a site is written to. Pages go into a temporary sibling of the output folder, which replaces the
 * output folder only once everything is written (SPEC §8: a failed build never leaves a half-written site where
 * the last good one was). Every write is checked to stay inside the folder, whatever a path says.
 */
final class SiteOutput implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path staging;
    private final boolean inPlace;
    private boolean committed;

    private SiteOutput(Path target, Path staging, boolean inPlace) {
        this.target = target;
        this.staging = staging;
        this.inPlace = inPlace;
    }

    /** Starts a site for {@code outputDirectory}: creates {@code .<name>.tmp-<random>} next to it. */
    static SiteOutput begin(Path outputDirectory) throws IOException {
        Path target = outputDirectory.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("The output folder cannot be a file-system root: " + target);
        }
        Files.createDirectories(parent);
        return new SiteOutput(target, createSibling(target, ".tmp-"), false);
    }

    /**
     * Updates the site in {@code outputDirectory} in place, for the preview: each file is written next to its
     * place and renamed over it, so a reader never gets half a page, but the site as a whole is not swapped.
     */
    static SiteOutput inPlace(Path outputDirectory) throws IOException {
        Path target = outputDirectory.toAbsolutePath().normalize();
        Files.createDirectories(target);
        return new SiteOutput(target, target, true);
    }

    /** The folder being written (the staging folder until {@link #commit()}). */
    Path directory() {
        return staging;
    }

    /** Writes a text file (UTF-8, LF line endings) at a site-relative path. */
    void write(String sitePath, String content) throws IOException {
        write(sitePath, content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A writer for a large text file (UTF-8, LF line endings) at a site-relative path, so that the page need not be
     * held in memory; close it before {@link #commit()}.
     */
    Writer writer(String sitePath) throws IOException {
        return lfWriter(stream(sitePath));
    }

    private static Writer lfWriter(OutputStream out) {
        // newEncoder() reports what UTF-8 cannot encode, as Files.newBufferedWriter does
        return new LfWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder())));
    }

    /**
     * A stream for a large file whose bytes are written as they are (JSON that encodes itself, say) at a
     * site-relative path; close it before {@link #commit()}. In place, the file is replaced when the stream closes.
     */
    OutputStream stream(String sitePath) throws IOException {
        Path file = resolve(sitePath);
        Files.createDirectories(file.getParent());
        if (!inPlace) {
            return new BufferedOutputStream(Files.newOutputStream(file));
        }
        Path part = partFile(file);
        return new ReplacingStream(new BufferedOutputStream(Files.newOutputStream(part)), part, file);
    }

    /**
     * What a streamed file holds, written by {@link #write(String, Content)} or {@link #writeBytes}.
     *
     * @param <T> a {@link Writer} or an {@link OutputStream}
     */
    @FunctionalInterface
    interface Content<T> {
        void writeTo(T target) throws IOException;
    }

    /**
     * Streams a large text file (UTF-8, LF line endings) to a site-relative path. In place, the file is replaced
     * only once {@code content} has written all of it: a failure leaves the previous file as it was.
     */
    void write(String sitePath, Content<Writer> content) throws IOException {
        OutputStream target = stream(sitePath);
        finish(target, lfWriter(target), content);
    }

    /** Like {@link #write(String, Content)}, for bytes written as they are (JSON that encodes itself, say). */
    void writeBytes(String sitePath, Content<OutputStream> content) throws IOException {
        OutputStream target = stream(sitePath);
        finish(target, target, content);
    }

    /** Writes {@code content} to {@code sink}, which writes to {@code target}; a failure abandons the file. */
    private static <T extends Closeable> void finish(OutputStream target, T sink, Content<T> content)
            throws IOException {
        boolean written = false;
        try {
            content.writeTo(sink);
            written = true;
        } finally {
            if (!written && target instanceof ReplacingStream replacing) {
                replacing.abandon();
            }
            sink.close();
        }
    }

    /** Writes {@code part} and, once closed, renames it over {@code file}, unless abandoned. */
    private static final class ReplacingStream extends FilterOutputStream {
        private final Path part;
        private final Path file;
        private boolean closed;
        private boolean abandoned;

        /** The file will not be replaced: closing deletes what was written. */
        void abandon() {
            abandoned = true;
        }

        ReplacingStream(OutputStream out, Path part, Path file) {
            super(out);
            this.part = part;
            this.file = file;
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
            } finally {
                if (abandoned) {
                    Files.deleteIfExists(part);
                }
            }
            if (!abandoned) {
                replace(part, file);
            }
        }
    }

    /** Drops the CR of each CR LF, as {@link #write(String, String)} does. */
    private static final class LfWriter extends FilterWriter {
        private boolean pendingCr;
        private boolean closed;

        LfWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (pendingCr && c != '\n') {
                out.write('\r');
            }
            pendingCr = c == '\r';
            if (!pendingCr) {
                out.write(c);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            write(new String(buf, off, len), 0, len);
        }

        /** Runs without a CR are passed on whole. */
        @Override
        public void write(String str, int off, int len) throws IOException {
            int end = off + len;
            int from = off;
            while (from < end) {
                if (pendingCr) {
                    write(str.charAt(from++));
                    continue;
                }
                int cr = str.indexOf('\r', from);
                int stop = cr < 0 || cr >= end ? end : cr;
                out.write(str, from, stop - from);
                from = stop;
                if (from < end) {
                    write(str.charAt(from++));
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (pendingCr) {
                out.write('\r');
                pendingCr = false;
            }
            super.close();
        }
    }

    void write(String sitePath, byte[] content) throws IOException {
        writeBytes(sitePath, out -> out.write(content));
    }

    void copy(Path source, String sitePath) throws IOException {
        Path file = resolve(sitePath);
        Files.createDirectories(file.getParent());
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
    }

    void copy(InputStream source, String sitePath) throws IOException {
        Path file = resolve(sitePath);
        Files.createDirectories(file.getParent());
        Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A new file name next to {@code file}, for writing it before it replaces {@code file}. */
    private static Path partFile(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".part-" + Long.toHexString(RANDOM.nextLong() >>> 1));
    }

    private static void replace(Path part, Path file) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    boolean exists(String sitePath) throws IOException {
        return Files.exists(resolve(sitePath), LinkOption.NOFOLLOW_LINKS);
    }

    /** The staging location of a site path; fails when the path would leave the site. */
    Path resolve(String sitePath) throws IOException {
        Path file = staging.resolve(sitePath).normalize();
        if (sitePath.isEmpty() || sitePath.startsWith("/") || sitePath.contains("\\") || !file.startsWith(staging)
                || file.equals(staging)) {
            throw new IOException("Refusing to write outside the output folder: " + sitePath);
        }
        return file;
    }

    /** Puts the finished site in place of the previous one: old out of the way, new in, old deleted. */
    void commit() throws IOException {
        if (inPlace) {
            committed = true;
            return;
        }
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = createSibling(target, ".old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteRecursively(old);
        }
    }

    /**
     * Deletes the staging folder unless the site was committed. An update in place has no staging folder: its
     * folder is the site being served, which a failed update leaves as it is.
     */
    @Override
    public void close() throws IOException {
        if (!committed && !inPlace) {
            deleteRecursively(staging);
        }
    }

    /**
     * A new, empty folder {@code .<name><infix><random>} next to {@code target}. Not
     * {@code Files.createTempDirectory}: that one is private to the user (0700), and the site is meant to be served.
     */
    private static Path createSibling(Path target, String infix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path dir = target.resolveSibling("." + target.getFileName() + infix + Long.toHexString(RANDOM.nextLong() >>> 1));
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // walkFileTree does not follow symbolic links: a link inside the folder is removed, not its target
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
}
