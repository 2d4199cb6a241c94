package io.github.ismshandbook.isms.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folder trees and reports the files that changed once they have been quiet for the debounce time, so
 * that an editor's burst of writes gives one rebuild. The JDK watches single folders: every sub-folder is
 * registered, and new ones as they appear. Changes are reported on the watcher's own thread, one batch at a
 * time, so rebuilds never overlap.
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final List<Path> ignored;
    private final Duration debounce;
    private final Consumer<Set<Path>> onChange;
    private final Consumer<String> problems;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    /**
     * @param roots    folders to watch with everything below them; missing ones are skipped
     * @param ignored  folders whose changes are not reported (the build's own output)
     * @param onChange receives the changed paths; an empty set means "events were lost: rebuild everything"
     * @param problems receives messages about folders that could not be watched
     */
    SourceWatcher(List<Path> roots, List<Path> ignored, Duration debounce, Consumer<Set<Path>> onChange,
                  Consumer<String> problems) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.debounce = debounce;
        this.onChange = onChange;
        this.problems = problems;
        for (Path root : roots) {
            Path dir = root.toAbsolutePath().normalize();
            if (Files.isDirectory(dir)) {
                registerTree(dir, null);
            }
        }
        this.thread = new Thread(this::run, "isms-serve-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The folders being watched. */
    synchronized Set<Path> folders() {
        return Set.copyOf(folders.values());
    }

    private void run() {
        Set<Path> pending = new LinkedHashSet<>();
        boolean lost = false;
        long quietAt = 0;
        try {
            while (true) {
                WatchKey key;
                if (pending.isEmpty() && !lost) {
                    key = service.take();
                } else {
                    long wait = quietAt - System.nanoTime();
                    key = wait <= 0 ? null : service.poll(wait, TimeUnit.NANOSECONDS);
                }
                if (key == null) {
                    onChange.accept(lost ? Set.of() : Set.copyOf(pending));
                    pending.clear();
                    lost = false;
                    continue;
                }
                lost |= collect(key, pending);
                quietAt = System.nanoTime() + debounce.toNanos();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    /** Adds the changed paths of {@code key} to {@code pending}; true when events were lost (overflow). */
    private boolean collect(WatchKey key, Set<Path> pending) {
        Path dir;
        synchronized (this) {
            dir = folders.get(key);
        }
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                lost = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (isIgnored(changed)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(changed, pending); // a new folder may already hold files
            }
            pending.add(changed);
        }
        if (!key.reset()) {
            synchronized (this) {
                folders.remove(key);
            }
        }
        return lost;
    }

    private boolean isIgnored(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        // editors' swap and backup files
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
            return true;
        }
        return ignored.stream().anyMatch(p::startsWith);
    }

    private void registerTree(Path top, Set<Path> found) {
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (isIgnored(dir) && !dir.equals(top)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                    synchronized (SourceWatcher.this) {
                        folders.put(key, dir);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (found != null) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.accept("Cannot watch " + file + ": " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept("Cannot watch " + top + ": " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

