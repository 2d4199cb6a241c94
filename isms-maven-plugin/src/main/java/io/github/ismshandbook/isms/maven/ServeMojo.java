package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.report.ConsoleReport;
import io.github.ismshandbook.isms.serve.BuildStatus;
import io.github.ismshandbook.isms.serve.IncrementalBuilder;
import io.github.ismshandbook.isms.serve.PreviewListener;
import io.github.ismshandbook.isms.serve.PreviewServer;
import io.github.ismshandbook.isms.serve.PreviewSettings;
import io.github.ismshandbook.isms.serve.SiteBuilder;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * Local preview with live reload: builds the handbook with drafts included into
 * {@code target/handbook-preview} (never into {@code outputDirectory}, so drafts cannot reach a publication),
 * serves it on {@code http://127.0.0.1:8000/}, rebuilds when a document or theme file changes and reloads the open
 * pages, which show the current errors and warnings in an overlay. Runs until Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractRenderingMojo {

    /**
     * Port of the preview; {@code 0} picks a free one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.port", defaultValue = "8000")
    protected int port;

    /**
     * Address the preview listens on. The default answers this computer only: the preview shows drafts, so think
     * twice before opening it to the network ({@code 0.0.0.0}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "isms.host", defaultValue = "127.0.0.1")
    protected String host;

    /**
     * Folder of the preview. Not {@code outputDirectory}: the preview holds drafts, and {@code isms:publish} takes
     * only the site of {@code isms:build}.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}/handbook-preview", readonly = true)
    protected File previewDirectory;

    @Override
    protected void doExecute() throws MojoExecutionException {
        BuildConfig config = configBuilder().outputDirectory(previewDirectory.toPath()).includeDrafts(true).build();
        // Full rebuild for now; an incremental renderer can use the changed paths later.
        SiteBuilder builder = new IncrementalBuilder(config);
        PreviewSettings settings = new PreviewSettings(host, port, config.outputDirectory(), watched(config),
                List.of(config.outputDirectory(), config.reportDirectory()), Duration.ofMillis(100));
        PreviewServer server;
        try {
            server = PreviewServer.start(settings, builder, new ConsoleListener(getLog(), console(config)));
        } catch (BindException e) {
            throw new MojoExecutionException("Cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "): choose another port with -Disms.port=...", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot start the preview on " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
        getLog().info("Serving the handbook at " + server.url() + " (drafts included). Press Ctrl-C to stop.");
        getLog().info("Watching " + settings.watched().stream().filter(Files::isDirectory).map(Path::toString)
                .collect(Collectors.joining(" and ")) + " for changes");
        awaitShutdown(server);
    }

    private static List<Path> watched(BuildConfig config) {
        List<Path> watched = new ArrayList<>(List.of(config.sourceDirectory()));
        if (config.themeDirectory() != null) {
            watched.add(config.themeDirectory());
        }
        return watched;
    }

    /** Blocks until Ctrl-C (the JVM's shutdown), which stops the server and the watcher. */
    private void awaitShutdown(PreviewServer server) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "isms-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                return; // the hook is already running and closes the server
            }
            server.close();
        }
    }

    /** Build results on Maven's console: errors and warnings, then one summary line. */
    private static final class ConsoleListener implements PreviewListener {
        private final Log log;
        private final ConsoleReport console;

        ConsoleListener(Log log, ConsoleReport console) {
            this.log = log;
            this.console = console;
        }

        @Override
        public void built(BuildStatus status) {
            String took = status.took().toMillis() + " ms";
            if (status.failed()) {
                log.error("Build " + status.number() + " failed after " + took + ": " + status.failure());
                return;
            }
            FindingLog.print(log, console, status.problems());
            log.info("Build " + status.number() + " done in " + took + ": " + status.errors() + " errors, "
                    + status.warnings() + " warnings");
        }

        @Override
        public void problem(String message) {
            log.warn(message);
        }
    }
}
