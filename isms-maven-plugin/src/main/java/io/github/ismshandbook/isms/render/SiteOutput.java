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
 * The folder a site is written to. Pages go into a temporary sibling of the output folder, which replaces the
 * output folder only once everything is written (a failed build never leaves a half-written site where the last
 * good one was). Every write is checked to stay inside the folder, whatever a path says. Files and folders are
 * made by {@link AtomicFiles}, so they get the modes of the user's umask.
 */
final class SiteOutput implements AutoCloseable {

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
        if (target.getParent() == null) {
            throw new IOException("The output folder cannot be a file-system root: " + target);
        }
        return new SiteOutput(target, AtomicFiles.createSibling(target, ".tmp-"), false);
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
        return AtomicFiles.replacing(file);
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
        AtomicFiles.replaceWith(staging, target);
        committed = true;
    }

    /**
     * Deletes the staging folder unless the site was committed. An update in place has no staging folder: its
     * folder is the site being served, which a failed update leaves as it is.
     */
    @Override
    public void close() throws IOException {
        if (!committed && !inPlace) {
            AtomicFiles.deleteTree(staging);
        }
    }
}
