package io.github.ismshandbook.isms.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Maps the raw path of a request onto a file of the site, refusing anything that could reach outside it. The
 * path is decoded exactly once; what still looks encoded after that, or names a parent folder, a NUL or a
 * backslash, is a bad request. What resolves outside the site, also through a symbolic link, is not found.
 */
final class SiteFileResolver {

    /** What a request path maps to. */
    enum Outcome { FILE, REDIRECT, NOT_FOUND, BAD_REQUEST }

    /**
     * @param outcome what to answer
     * @param file    the file to send, for {@link Outcome#FILE}
     * @param detail  the location for {@link Outcome#REDIRECT}, the reason otherwise
     */
    record Lookup(Outcome outcome, Path file, String detail) {
        static Lookup refused(String reason) {
            return new Lookup(Outcome.BAD_REQUEST, null, reason);
        }

        static Lookup notFound(String reason) {
            return new Lookup(Outcome.NOT_FOUND, null, reason);
        }
    }

    private final Path root;

    SiteFileResolver(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Lookup resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Lookup.refused("the path must start with '/'");
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        // An encoded separator or NUL has no business in a path to a static file: "..%2f" is a traversal attempt.
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Lookup.refused("encoded separator or NUL");
        }
        String path = decode(rawPath);
        if (path == null) {
            return Lookup.refused("malformed percent-encoding");
        }
        if (path.indexOf('%') >= 0) {
            return Lookup.refused("double percent-encoding"); // "%252e%252e" decodes to "%2e%2e"
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Lookup.refused("control character or backslash");
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Lookup.refused("dot segment");
            }
        }
        Path candidate;
        try {
            candidate = root.resolve(path.substring(1)).normalize();
        } catch (InvalidPathException e) {
            return Lookup.refused("not a valid file name");
        }
        if (!candidate.startsWith(root)) {
            return Lookup.refused("outside the site");
        }
        if (Files.isDirectory(candidate)) {
            if (!path.endsWith("/")) {
                // Relative links inside folder/index.html only work when the browser sees the trailing slash.
                return new Lookup(Outcome.REDIRECT, null, rawPath + "/");
            }
            candidate = candidate.resolve("index.html");
        }
        if (!Files.isRegularFile(candidate)) {
            return Lookup.notFound("no such file");
        }
        try {
            Path real = candidate.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                return Lookup.notFound("a symbolic link that leaves the site");
            }
            return new Lookup(Outcome.FILE, real, null);
        } catch (IOException e) {
            return Lookup.notFound("unreadable");
        }
    }

    /** Strict percent-decoding as UTF-8 ('+' stays '+'); {@code null} when malformed. */
    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int percent = raw.indexOf('%', i);
            bytes.writeBytes(raw.substring(i, percent < 0 ? raw.length() : percent).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            if (percent + 2 >= raw.length()) {
                return null;
            }
            int hi = Character.digit(raw.charAt(percent + 1), 16);
            int lo = Character.digit(raw.charAt(percent + 2), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            bytes.write(hi * 16 + lo);
            i = percent + 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
