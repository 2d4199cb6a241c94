package io.github.ismshandbook.isms.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open server-sent-event streams of the pages being previewed. A stream stays open after its handler
 * returns, so no server thread is held per page; a stream that cannot be written to is dropped.
 */
final class LiveReloadHub implements AutoCloseable {

    private final Set<HttpExchange> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Answers {@code ex} with an event stream that stays open, and greets it with {@code event}. */
    void open(HttpExchange ex, String event, String data) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        if (closed) {
            ex.close();
            return;
        }
        clients.add(ex);
        // retry: how long the browser waits before reconnecting when the server is restarted
        write(ex, "retry: 1000\n" + message(event, data));
    }

    void send(String event, String data) {
        String message = message(event, data);
        for (HttpExchange ex : clients) {
            write(ex, message);
        }
    }

    /** A comment line: keeps idle connections open and finds the ones whose page has gone. */
    void ping() {
        for (HttpExchange ex : clients) {
            write(ex, ": ping\n\n");
        }
    }

    int clients() {
        return clients.size();
    }

    @Override
    public void close() {
        closed = true;
        for (HttpExchange ex : clients) {
            drop(ex);
        }
    }

    private static String message(String event, String data) {
        return "event: " + event + "\ndata: " + data + "\n\n";
    }

    private void write(HttpExchange ex, String message) {
        // One writer at a time per stream: a rebuild and a ping must not interleave their bytes.
        synchronized (ex) {
            try {
                OutputStream out = ex.getResponseBody();
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                drop(ex);
            }
        }
    }

    private void drop(HttpExchange ex) {
        clients.remove(ex);
        ex.close();
    }
}
