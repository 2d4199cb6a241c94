package io.github.ismshandbook.isms.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Texts kept per document between rendering its page and writing a page that gathers every document: the bodies
 * of {@code print.html} and the words of the search index. They are kept compressed: ten thousand documents of
 * rendered HTML would otherwise fill a small heap. Thread-safe.
 */
final class CompressedTexts {

    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

    /** Keeps the text of the document at {@code sourcePath}, replacing what it had. */
    void put(String sourcePath, String html) {
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 4 + 64);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            bodies.put(sourcePath, out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /** The text of the document at {@code sourcePath}, or an empty string when it has none. */
    String get(String sourcePath) {
        byte[] compressed = bodies.get(sourcePath);
        if (compressed == null) {
            return "";
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 5);
            byte[] buffer = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("Truncated text of " + sourcePath);
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("Corrupt text of " + sourcePath, e);
        } finally {
            inflater.end();
        }
    }
}
