package io.github.ismshandbook.isms.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folder trees and reports the files that changed once they have been quiet for the debounce time, so
 * that an editor's burst of writes gives one rebuild. The trees are watched by {@code io.methvin:directory-watcher},
 * which uses the operating system's recursive events where there are any (macOS, whose JDK watcher only polls every
 * few seconds) and the JDK's watcher elsewhere. Changes are reported on the watcher's own thread, one batch at a
 * time, so rebuilds never overlap.
 */
final class SourceWatcher implements AutoCloseable {

    private final List<Path> ignored;
    private final Duration debounce;
    private final Consumer<Set<Path>> onChange;
    private final Consumer<String> problems;
    /** Null when none of the folders exists. */
    private final DirectoryWatcher watcher;
    private final ExecutorService events;
    private final Thread thread;

    /** Guards the changes not reported yet. */
    private final Object lock = new Object();
    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean lost;
    private long quietAt;
    private boolean closed;

    /**
     * Starts watching at once, so that nothing changed from now on is missed; {@link #start()} starts reporting.
     *
     * @param roots    folders to watch with everything below them; missing ones are skipped
     * @param ignored  folders whose changes are not reported (the build's own output)
     * @param onChange receives the changed paths; an empty set means "events were lost: rebuild everything"
     * @param problems receives messages about folders that could not be watched
     */
    SourceWatcher(List<Path> roots, List<Path> ignored, Duration debounce, Consumer<Set<Path>> onChange,
                  Consumer<String> problems) throws IOException {
        this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.debounce = debounce;
        this.onChange = onChange;
        this.problems = problems;
        List<Path> folders = roots.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::isDirectory)
                .toList();
        this.events = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "isms-serve-watcher-events");
            t.setDaemon(true);
            return t;
        });
        this.watcher = folders.isEmpty() ? null : DirectoryWatcher.builder()
                .paths(folders)
                .listener(new Listener())
                // no hashing: it would read every file before the first build
                .fileHashing(false)
                .build();
        if (watcher != null) {
            // the folders are registered before this returns; events are read on their own thread
            watcher.watchAsync(events).whenComplete((done, e) -> {
                if (e != null && !watcher.isClosed()) {
                    problems.accept("Cannot watch " + folders + ": " + e.getMessage());
                }
            });
        }
        this.thread = new Thread(this::run, "isms-serve-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts reporting changes, including those since the watcher was made. */
    void start() {
        thread.start();
    }

    private final class Listener implements DirectoryChangeListener {
        @Override
        public void onEvent(DirectoryChangeEvent event) {
            synchronized (lock) {
                if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                    lost = true;
                } else if (event.path() != null && !isIgnored(event.path())) {
                    pending.add(event.path());
                } else {
                    return;
                }
                quietAt = System.nanoTime() + debounce.toNanos();
                lock.notifyAll();
            }
        }

        @Override
        public void onException(Exception e) {
            problems.accept("Cannot watch: " + e.getMessage());
        }
    }

    /** Reports each batch of changes once the files have been quiet for the debounce time. */
    private void run() {
        try {
            while (true) {
                Set<Path> batch;
                synchronized (lock) {
                    while (!closed && pending.isEmpty() && !lost) {
                        lock.wait();
                    }
                    long wait;
                    while (!closed && (wait = quietAt - System.nanoTime()) > 0) {
                        TimeUnit.NANOSECONDS.timedWait(lock, wait);
                    }
                    if (closed) {
                        return;
                    }
                    batch = lost ? Set.of() : Set.copyOf(pending);
                    pending.clear();
                    lost = false;
                }
                onChange.accept(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isIgnored(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        // editors' swap and backup files
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
            return true;
        }
        Path path = p.toAbsolutePath().normalize();
        return ignored.stream().anyMatch(path::startsWith);
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } finally {
            events.shutdownNow();
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
