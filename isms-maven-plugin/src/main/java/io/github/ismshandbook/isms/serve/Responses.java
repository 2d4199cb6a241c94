package io.github.ismshandbook.isms.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing responses the same way everywhere: never cached, never sniffed, HEAD without a body. */
final class Responses {

    private Responses() {
    }

    /** Whether the request is a GET or a HEAD; answers 405 otherwise. */
    static boolean readOnly(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        text(ex, 405, "Method not allowed: the preview only answers GET and HEAD.");
        return false;
    }

    static void text(HttpExchange ex, int status, String body) throws IOException {
        bytes(ex, status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    static void bytes(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        begin(ex, status, contentType, body.length);
        if (!isHead(ex) && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void stream(HttpExchange ex, int status, String contentType, long length, InputStream body)
            throws IOException {
        begin(ex, status, contentType, length);
        if (!isHead(ex) && length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                body.transferTo(out);
            }
        }
    }

    static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        text(ex, 301, "Moved to " + location);
    }

    /** Common headers, then the status line. For HEAD the length is announced but no body follows. */
    static void begin(HttpExchange ex, int status, String contentType, long length) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        if (isHead(ex)) {
            h.set("Content-Length", Long.toString(length));
            ex.sendResponseHeaders(status, -1);
        } else {
            // The JDK server reads 0 as "chunked" and -1 as "no body".
            ex.sendResponseHeaders(status, length == 0 ? -1 : length);
        }
    }

    static boolean isHead(HttpExchange ex) {
        return ex.getRequestMethod().equals("HEAD");
    }
}
