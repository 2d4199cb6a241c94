package io.github.ismshandbook.isms.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Validation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.BindException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class PreviewServerTest {

    private static final String INDEX = "<!DOCTYPE html>\n<html><head><title>Home</title></head><body><h1>Home</h1></body></html>\n";
    private static final String TAG = "<script src=\"/__isms/livereload.js\" defer></script>";

    @TempDir
    Path dir;
    Path site;
    Path source;
    final List<Set<Path>> builds = new CopyOnWriteArrayList<>();
    final AtomicReference<IOException> failNext = new AtomicReference<>();
    final List<BuildStatus> heard = new CopyOnWriteArrayList<>();
    PreviewServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void site() throws IOException {
        site = dir.resolve("target/handbook");
        source = dir.resolve("src/handbook");
        Files.createDirectories(site.resolve("policies"));
        Files.createDirectories(site.resolve("assets"));
        Files.createDirectories(source.resolve("policies"));
        Files.writeString(site.resolve("index.html"), INDEX);
        Files.writeString(site.resolve("policies/access-control.html"), "<html><body><p>Access</p></body></html>");
        Files.writeString(site.resolve("policies/index.html"), "<html><body>Policies</body></html>");
        Files.writeString(site.resolve("assets/site.css"), "body { color: black; }\n");
        Files.writeString(site.resolve("404.html"), "<html><body>Gone</body></html>");
        Files.write(site.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("pom.xml"), "<project>SECRET</project>");
        Files.writeString(source.resolve("policies/access-control.md"), "---\nid: POL-1\n---\n");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start() throws IOException {
        start(Duration.ofMillis(100));
    }

    private void start(Duration debounce) throws IOException {
        PreviewSettings settings = new PreviewSettings("127.0.0.1", 0, site, List.of(source, dir.resolve("no-theme")),
                List.of(site), debounce);
        server = PreviewServer.start(settings, this::stubBuild, listener());
    }

    private PreviewListener listener() {
        return new PreviewListener() {
            @Override
            public void built(BuildStatus status) {
                heard.add(status);
            }

            @Override
            public void problem(String message) {
                throw new AssertionError(message);
            }
        };
    }

    private Validation stubBuild(Set<Path> changed) throws IOException {
        builds.add(changed);
        IOException failure = failNext.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
        Handbook handbook = new Handbook(List.of(), Set.of(), Set.of(), new Catalog("test", List.of(), List.of(), Map.of()));
        return new Validation(handbook, List.of(
                Finding.of(Rule.BROKEN_LINK, "policies/access-control.md", 12, 5, "POL-1", "no file 'x.md'", null),
                Finding.of(Rule.CONTROL_UNCOVERED, "soa.md", 1, 1, null, "A.5.3 is not covered", null)));
    }

    @Test
    void buildsOnceThenServesAPageWithTheLiveReloadScript() throws Exception {
        start();

        HttpResponse<String> page = get("/");

        assertThat(builds).containsExactly(Set.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).isEqualTo(INDEX.replace("</body>", TAG + "</body>"));
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo(INDEX);
        assertThat(server.url()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
        assertThat(server.port()).isPositive();
    }

    @Test
    void servesAssetsAsTheyAreWithTheirType() throws Exception {
        start();

        HttpResponse<String> css = get("/assets/site.css");
        HttpResponse<String> empty = get("/empty.txt");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.body()).isEqualTo("body { color: black; }\n");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).isEmpty();
    }

    @Test
    void headAnnouncesTheLengthWithoutABody() throws Exception {
        start();

        RawResponse head = raw("HEAD", "/assets/site.css");

        assertThat(head.status).isEqualTo(200);
        assertThat(head.headers).containsIgnoringCase("content-length: 23").containsIgnoringCase("cache-control: no-store");
        assertThat(head.body).isEmpty();
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        start();

        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.url().resolve("/index.html"))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(method).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
        assertThat(raw("POST", "/__isms/findings.json").status).isEqualTo(405);
    }

    @Test
    void nothingOutsideTheSiteIsServed() throws Exception {
        Files.createSymbolicLink(site.resolve("escape.html"), dir.resolve("pom.xml"));
        start();

        for (String path : List.of("/../pom.xml", "/%2e%2e/pom.xml", "/%252e%252e/pom.xml", "/..%2fpom.xml",
                "/assets/../../x", "/assets/../../pom.xml", "/..\\pom.xml", "/escape.html", "/%2e%2e%2fpom.xml")) {
            RawResponse r = raw("GET", path);
            assertThat(r.status).as(path).isIn(400, 404);
            assertThat(r.body).as(path).doesNotContain("SECRET");
        }
    }

    @Test
    void foldersRedirectToTheirSlashAndMissingPagesGetThe404Page() throws Exception {
        start();

        RawResponse folder = raw("GET", "/policies");
        HttpResponse<String> index = get("/policies/");
        HttpResponse<String> missing = get("/policies/nothing.html");

        assertThat(folder.status).isEqualTo(301);
        assertThat(folder.headers).containsIgnoringCase("location: /policies/");
        assertThat(index.body()).contains("Policies");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("<html><body>Gone" + TAG + "</body></html>");
    }

    @Test
    void theScriptAndTheFindingsOfTheLastBuild() throws Exception {
        start();

        HttpResponse<String> script = get("/__isms/livereload.js");
        JsonNode findings = new ObjectMapper().readTree(get("/__isms/findings.json").body());

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("new EventSource('/__isms/events')").contains("/__isms/findings.json");
        assertThat(findings.path("build").asInt()).isEqualTo(1);
        assertThat(findings.path("errors").asInt()).isEqualTo(1);
        assertThat(findings.path("failure").isNull()).isTrue();
        assertThat(findings.path("findings")).hasSize(1); // the info finding is not in the overlay
        JsonNode f = findings.path("findings").get(0);
        assertThat(f.path("file").asText()).isEqualTo("policies/access-control.md");
        assertThat(f.path("line").asInt()).isEqualTo(12);
        assertThat(f.path("column").asInt()).isEqualTo(5);
        assertThat(f.path("rule").asText()).isEqualTo("broken-link");
        assertThat(f.path("severity").asText()).isEqualTo("error");
        assertThat(get("/__isms/other").statusCode()).isEqualTo(404);
    }

    @Test
    void editingASourceFileRebuildsAndTellsOpenPagesToReload() throws Exception {
        start();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Void>> stream = http.sendAsync(
                HttpRequest.newBuilder(server.url().resolve("/__isms/events")).build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(events)));

        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("retry: 1000");
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event: hello");
        String firstState = events.poll(10, TimeUnit.SECONDS);
        assertThat(firstState).startsWith("data: {\"state\":").endsWith("-1\"}");
        waitUntil(() -> server.connectedPages() == 1);

        Path edited = source.resolve("policies/access-control.md");
        Files.writeString(edited, "---\nid: POL-1\ntitle: Changed\n---\n");

        String line;
        do {
            line = events.poll(20, TimeUnit.SECONDS);
            assertThat(line).as("an event arrives").isNotNull();
        } while (!line.equals("event: reload"));
        assertThat(events.poll(5, TimeUnit.SECONDS)).startsWith("data: {\"state\":").endsWith("-2\"}");
        assertThat(builds).hasSize(2);
        assertThat(builds.get(1)).contains(edited);
        assertThat(heard).extracting(BuildStatus::number).containsExactly(1, 2);
        stream.cancel(true);
    }

    @Test
    void aNewFolderIsWatchedAndTheOutputFolderIsNot() throws Exception {
        start();

        Path folder = source.resolve("procedures/new");
        Files.createDirectories(folder);
        waitUntil(() -> builds.size() == 2);
        Files.writeString(folder.resolve("incident.md"), "x");
        waitUntil(() -> builds.size() == 3);
        assertThat(builds.get(2)).contains(folder.resolve("incident.md"));

        Files.writeString(site.resolve("index.html"), INDEX + " ");
        Files.writeString(source.resolve(".policy.md.swp"), "editor noise");
        Thread.sleep(600);
        assertThat(builds).hasSize(3);
    }

    @Test
    void aBurstOfSavesGivesOneRebuild() throws Exception {
        start(Duration.ofMillis(400));

        for (int i = 0; i < 20; i++) {
            Files.writeString(source.resolve("policies/burst-" + (i % 4) + ".md"), "save " + i);
            Thread.sleep(5);
        }
        waitUntil(() -> builds.size() >= 2);
        Thread.sleep(1000);

        assertThat(builds).hasSize(2);
        assertThat(builds.get(1)).hasSize(4);
    }

    @Test
    void aFailedBuildIsShownAndTheLastSiteStaysServed() throws Exception {
        start();
        failNext.set(new IOException("renderer exploded on policies/x.md"));

        BuildStatus status = server.rebuild(Set.of());
        JsonNode findings = new ObjectMapper().readTree(get("/__isms/findings.json").body());

        assertThat(status.failed()).isTrue();
        assertThat(findings.path("failure").asText()).isEqualTo("renderer exploded on policies/x.md");
        assertThat(findings.path("findings")).isEmpty();
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(server.rebuild(Set.of()).failed()).isFalse();
    }

    @Test
    void aBusyPortIsABindException() throws Exception {
        start();
        PreviewSettings same = new PreviewSettings("127.0.0.1", server.port(), site, List.of(), List.of(),
                Duration.ofMillis(100));

        assertThatThrownBy(() -> PreviewServer.start(same, this::stubBuild, listener())).isInstanceOf(BindException.class);
        assertThat(builds).hasSize(1);
    }

    @Test
    void twoHundredConcurrentRequestsAllSucceed() throws Exception {
        start();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String path = i % 2 == 0 ? "/" : "/assets/site.css";
                all.add(client.sendAsync(HttpRequest.newBuilder(server.url().resolve(path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(45, TimeUnit.SECONDS);
            for (CompletableFuture<HttpResponse<String>> f : all) {
                assertThat(f.get().statusCode()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closingStopsServing() throws Exception {
        start();
        int port = server.port();
        server.close();
        server = null;

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request written byte for byte, so that no client library normalises the path first. */
    private RawResponse raw(String method, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (method.equals("POST") ? "Content-Length: 0\r\n" : "") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new RawResponse(status, head, body);
        }
    }

    record RawResponse(int status, String headers, String body) {
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Lines of the event stream, as they arrive. */
    private static final class LineCollector implements java.util.concurrent.Flow.Subscriber<String> {
        private final BlockingQueue<String> lines;

        LineCollector(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }
}
