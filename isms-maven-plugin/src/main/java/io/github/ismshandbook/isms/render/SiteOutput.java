package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.files.AtomicFiles;
import io.github.ismshandbook.isms.files.AtomicFiles.Content;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a site is written to, in one of two ways: {@link #begin} stages a whole site and swaps it in,
 * {@link #inPlace} replaces file by file the site the preview serves. Every write is checked to stay inside the
 * folder, whatever a path says. Files and folders are made by {@link AtomicFiles}, so they get the modes of the
 * user's umask.
 */
abstract sealed class SiteOutput implements AutoCloseable permits SiteOutput.Staged, SiteOutput.InPlace {

    /** The folder being written. */
    private final Path folder;

    private SiteOutput(Path folder) {
        this.folder = folder;
    }

    /** Starts a site for {@code outputDirectory}: creates {@code .<name>.tmp-<random>} next to it. */
    static SiteOutput begin(Path outputDirectory) throws IOException {
        Path target = outputDirectory.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new IOException("The output folder cannot be a file-system root: " + target);
        }
        return new Staged(target, AtomicFiles.createSibling(target, ".tmp-"));
    }

    /**
     * Updates the site in {@code outputDirectory} in place, for the preview: each file is written next to its
     * place and renamed over it, so a reader never gets half a page, but the site as a whole is not swapped.
     */
    static SiteOutput inPlace(Path outputDirectory) throws IOException {
        Path target = outputDirectory.toAbsolutePath().normalize();
        Files.createDirectories(target);
        return new InPlace(target);
    }

    /**
     * A whole site, written into a temporary sibling of the output folder, which replaces the output folder only
     * once everything is written: a failed build never leaves a half-written site where the last good one was.
     */
    static final class Staged extends SiteOutput {
        private final Path target;
        private boolean committed;

        private Staged(Path target, Path staging) {
            super(staging);
            this.target = target;
        }

        /** Each file is written once, into a folder nobody reads yet. */
        @Override
        OutputStream open(Path file) throws IOException {
            return new BufferedOutputStream(Files.newOutputStream(file));
        }

        /** Puts the finished site in place of the previous one: old out of the way, new in, old deleted. */
        @Override
        void commit() throws IOException {
            AtomicFiles.replaceWith(directory(), target);
            committed = true;
        }

        /** Deletes the staging folder unless the site was committed. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                AtomicFiles.deleteTree(directory());
            }
        }
    }

    /**
     * The site being served, updated file by file. It has no staging folder: a failed update leaves the site as it
     * is, each file either the old one or the new one.
     */
    static final class InPlace extends SiteOutput {

        private InPlace(Path target) {
            super(target);
        }

        /** The file is written next to its place and replaces it when the stream closes. */
        @Override
        OutputStream open(Path file) throws IOException {
            return AtomicFiles.replacing(file);
        }

        /** Every file is in place once written. */
        @Override
        void commit() {
        }

        @Override
        public void close() {
        }
    }

    /** The folder being written (for a staged site, the staging folder until {@link #commit()}). */
    Path directory() {
        return folder;
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
     * site-relative path; close it before {@link #commit()}.
     */
    OutputStream stream(String sitePath) throws IOException {
        Path file = resolve(sitePath);
        Files.createDirectories(file.getParent());
        return open(file);
    }

    /** A stream that writes {@code file}, whose folder exists. */
    abstract OutputStream open(Path file) throws IOException;

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
            if (!written && target instanceof AtomicFiles.ReplacingStream replacing) {
                replacing.abandon();
            }
            sink.close();
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

    /** Copies a file to a site-relative path; the copy gets the modes of a new file, whatever the source's. */
    void copy(Path source, String sitePath) throws IOException {
        AtomicFiles.copyFile(source, resolve(sitePath));
    }

    void copy(InputStream source, String sitePath) throws IOException {
        AtomicFiles.copy(source, resolve(sitePath));
    }

    /** The location of a site path in the folder being written; fails when the path would leave the site. */
    Path resolve(String sitePath) throws IOException {
        Path file = folder.resolve(sitePath).normalize();
        if (sitePath.isEmpty() || sitePath.startsWith("/") || sitePath.contains("\\") || !file.startsWith(folder)
                || file.equals(folder)) {
            throw new IOException("Refusing to write outside the output folder: " + sitePath);
        }
        return file;
    }

    /** Puts what was written in place. */
    abstract void commit() throws IOException;

    /** Cleans up what was written but not committed. */
    @Override
    public abstract void close() throws IOException;
}
