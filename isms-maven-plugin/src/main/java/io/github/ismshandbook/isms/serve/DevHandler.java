package io.github.ismshandbook.isms.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.ismshandbook.isms.model.Finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The preview's own endpoints under {@value #PREFIX}: the live-reload script, the event stream that tells pages
 * to reload, and the findings of the last build for the overlay the script shows.
 */
final class DevHandler implements HttpHandler {

    static final String PREFIX = "/__isms/";
    static final String SCRIPT_PATH = PREFIX + "livereload.js";
    static final String EVENTS_PATH = PREFIX + "events";
    static final String FINDINGS_PATH = PREFIX + "findings.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] script;
    private final LiveReloadHub hub;
    private final Supplier<BuildStatus> status;

    DevHandler(LiveReloadHub hub, Supplier<BuildStatus> status) {
        this.hub = hub;
        this.status = status;
        try (InputStream in = DevHandler.class.getResourceAsStream("livereload.js")) {
            if (in == null) {
                throw new IllegalStateException("livereload.js is missing from the plugin jar");
            }
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        if (path.equals(EVENTS_PATH) && ex.getRequestMethod().equals("GET")) {
            hub.open(ex, "hello", stateJson(status.get())); // stays open: the hub closes it
            return;
        }
        try (ex) {
            if (!Responses.readOnly(ex)) {
                return;
            }
            switch (path) {
                case SCRIPT_PATH -> Responses.bytes(ex, 200, "text/javascript; charset=utf-8", script);
                case FINDINGS_PATH -> Responses.bytes(ex, 200, "application/json",
                        findingsJson(status.get()).getBytes(StandardCharsets.UTF_8));
                case EVENTS_PATH -> Responses.begin(ex, 200, "text/event-stream; charset=utf-8", 0);
                default -> Responses.text(ex, 404, "Not found");
            }
        }
    }

    /** {@code {"state": …}}: the data of every event, so that a page knows which build it shows. */
    static String stateJson(BuildStatus s) {
        return JSON.createObjectNode().put("state", s.state()).toString();
    }

    /** The last build for the overlay: its errors and warnings with file, line and column, or why it failed. */
    static String findingsJson(BuildStatus s) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode()
                .put("state", s.state())
                .put("build", s.number())
                .put("failure", s.failure())
                .put("errors", s.errors())
                .put("warnings", s.warnings());
        ArrayNode list = root.putArray("findings");
        for (Finding f : s.problems()) {
            list.addObject()
                    .put("severity", f.severity().key())
                    .put("rule", f.rule().id())
                    .put("file", f.file())
                    .put("line", f.line())
                    .put("column", f.column())
                    .put("document", f.document())
                    .put("message", f.message())
                    .put("hint", f.hint());
        }
        return JSON.writeValueAsString(root);
    }
}
