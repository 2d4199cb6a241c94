package io.github.ismshandbook.isms.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves the files of the built site. HTML responses get the live-reload script before {@code </body>}: in the
 * response only, the file on disk stays as the build wrote it.
 */
final class SiteHandler implements HttpHandler {

    static final String SCRIPT_TAG = "<script src=\"" + DevHandler.SCRIPT_PATH + "\" defer></script>";

    private static final byte[] SCRIPT = SCRIPT_TAG.getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

    private final Path root;
    private final SiteFileResolver resolver;

    SiteHandler(Path root) {
        this.root = root;
        this.resolver = new SiteFileResolver(root);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!Responses.readOnly(ex)) {
                return;
            }
            SiteFileResolver.Lookup lookup = resolver.resolve(ex.getRequestURI().getRawPath());
            switch (lookup.outcome()) {
                case FILE -> send(ex, 200, lookup.file());
                case REDIRECT -> Responses.redirect(ex, lookup.detail());
                case BAD_REQUEST -> Responses.text(ex, 400, "Bad request: " + lookup.detail());
                case NOT_FOUND -> notFound(ex);
            }
        }
    }

    private void notFound(HttpExchange ex) throws IOException {
        SiteFileResolver.Lookup page = resolver.resolve("/404.html");
        if (page.outcome() == SiteFileResolver.Outcome.FILE) {
            send(ex, 404, page.file());
        } else {
            Responses.text(ex, 404, "Not found. Is the site built? It is served from " + root);
        }
    }

    private static void send(HttpExchange ex, int status, Path file) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        if (type.equals(ContentTypes.HTML)) {
            Responses.bytes(ex, status, type, withScript(Files.readAllBytes(file)));
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            Responses.stream(ex, status, type, Files.size(file), in);
        }
    }

    /** {@code html} with the live-reload script before its last {@code </body>}, or at its end when there is none. */
    static byte[] withScript(byte[] html) {
        int at = lastIndexOfIgnoreCase(html, BODY_END);
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + SCRIPT.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(SCRIPT, 0, out, at, SCRIPT.length);
        System.arraycopy(html, at, out, at + SCRIPT.length, html.length - at);
        return out;
    }

    private static int lastIndexOfIgnoreCase(byte[] data, byte[] ascii) {
        outer:
        for (int i = data.length - ascii.length; i >= 0; i--) {
            for (int j = 0; j < ascii.length; j++) {
                int b = data[i + j];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                if (b != ascii[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
