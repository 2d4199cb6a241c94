package io.github.ismshandbook.isms.serve;

import com.sun.net.httpserver.HttpServer;
import io.github.ismshandbook.isms.model.Validation;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Local preview of the handbook: serves the built site over HTTP, rebuilds it when a source or theme file
 * changes, and reloads the open pages. Read-only (GET and HEAD), nothing outside the site folder, never cached.
 * <pre>
 * try (PreviewServer preview = PreviewServer.start(settings, builder, listener)) {
 *     System.out.println(preview.url());
 *     ...
 * }
 * </pre>
 */
public final class PreviewServer implements AutoCloseable {

    private static final int THREADS = 8;
    private static final int BACKLOG = 256;

    private final HttpServer http;
    private final ExecutorService workers;
    private final ScheduledExecutorService heartbeat;
    private final LiveReloadHub hub = new LiveReloadHub();
    private final SiteBuilder builder;
    private final PreviewListener listener;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicInteger builds = new AtomicInteger();
    private final SourceWatcher watcher;
    private volatile BuildStatus status;

    private PreviewServer(PreviewSettings settings, SiteBuilder builder, PreviewListener listener) throws IOException {
        this.builder = builder;
        this.listener = listener;
        this.status = new BuildStatus(run + "-0", 0, null, "not built yet", Duration.ZERO);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port());
        this.watcher = new SourceWatcher(settings.watched(), settings.ignored(), settings.debounce(),
                this::rebuild, listener::problem);
        try {
            this.http = HttpServer.create(address, BACKLOG); // binds now: a port in use fails before any build
        } catch (IOException e) {
            watcher.close();
            throw e;
        }
        this.workers = Executors.newFixedThreadPool(THREADS, daemon("isms-serve-http"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("isms-serve-heartbeat"));
        http.setExecutor(workers);
        http.createContext("/", new SiteHandler(settings.siteRoot()));
        http.createContext(DevHandler.PREFIX, new DevHandler(hub, () -> status));
    }

    /** Binds, builds the site once, then starts serving and watching. */
    public static PreviewServer start(PreviewSettings settings, SiteBuilder builder, PreviewListener listener)
            throws IOException {
        PreviewServer server = new PreviewServer(settings, builder, listener);
        try {
            server.rebuild(Set.of());
            server.http.start();
            server.watcher.start();
            server.heartbeat.scheduleAtFixedRate(server.hub::ping, 15, 15, TimeUnit.SECONDS);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The address the preview answers on, e.g. {@code http://127.0.0.1:8000/}. */
    public URI url() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** The port the preview listens on (the one chosen when the settings asked for port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The last build. */
    public BuildStatus status() {
        return status;
    }

    /** Pages connected for live reload. */
    public int connectedPages() {
        return hub.clients();
    }

    /**
     * Builds the site now and tells every open page to reload. Called by the watcher; builds never overlap.
     * A build that fails leaves the last good site in place and is shown in the pages' overlay.
     */
    public synchronized BuildStatus rebuild(Set<Path> changed) {
        int number = builds.incrementAndGet();
        String state = run + "-" + number;
        long start = System.nanoTime();
        BuildStatus result;
        try {
            Validation validation = builder.build(changed);
            result = new BuildStatus(state, number, validation, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException | RuntimeException e) {
            // The preview outlives a failing build (a renderer bug included): the author fixes and saves again.
            String why = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            result = new BuildStatus(state, number, null, why, Duration.ofNanos(System.nanoTime() - start));
        }
        status = result;
        listener.built(result);
        hub.send("reload", DevHandler.stateJson(result));
        return result;
    }

    /** Stops watching and serving; open pages lose their event stream and reconnect to the next run. */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            listener.problem("Could not stop watching: " + e.getMessage());
        }
        heartbeat.shutdownNow();
        hub.close();
        http.stop(0);
        workers.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
