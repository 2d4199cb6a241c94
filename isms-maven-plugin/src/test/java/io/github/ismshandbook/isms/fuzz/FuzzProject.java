package io.github.ismshandbook.isms.fuzz;

import io.github.ismshandbook.isms.model.BuildConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway project folder for one fuzz input, nested a few folders deep in a sandbox of its own, so that a
 * write that escapes the project (through {@code ..} in an id, a path or a link) lands in the sandbox, where
 * {@link #strayFiles()} finds it. Jazzer runs the JUnit lifecycle once per fuzzing run, not once per input,
 * which is why this is not a {@code @TempDir}.
 */
final class FuzzProject implements AutoCloseable {

    /** The date reviews are checked against: fixed, so that a crash reproduces on any day. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static final Path SANDBOX = createSandbox();
    private static final Path NEST = SANDBOX.resolve("a/b/c");

    private final Path dir;
    private final List<String> before;

    FuzzProject() {
        try {
            dir = Files.createTempDirectory(NEST, "project");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        before = listing(SANDBOX);
    }

    Path dir() {
        return dir;
    }

    /** The defaults of a project in this folder: {@code src/handbook}, {@code target/handbook}, {@code target/isms}. */
    BuildConfig config() {
        return BuildConfig.builder(dir, TODAY).build();
    }

    Path source() {
        return config().sourceDirectory();
    }

    /** Writes a file under the source folder, creating its folders. */
    Path write(String relative, byte[] content) {
        try {
            Path file = source().resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths that appeared in the sandbox since this project was made, outside the project folder. */
    List<String> strayFiles() {
        String project = SANDBOX.relativize(dir).toString();
        List<String> stray = new ArrayList<>(listing(SANDBOX));
        stray.removeAll(before);
        stray.removeIf(p -> p.equals(project) || p.startsWith(project + "/"));
        return stray;
    }

    /** Every file and folder under the project folder, relative, '/'-separated, sorted. */
    List<String> files() {
        return listing(dir);
    }

    @Override
    public void close() {
        delete(dir);
    }

    private static List<String> listing(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In memory where the system offers it: a fuzzing run writes and deletes thousands of small trees. */
    private static Path createSandbox() {
        Path shm = Path.of("/dev/shm");
        try {
            Path sandbox = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "isms-fuzz") : Files.createTempDirectory("isms-fuzz");
            Files.createDirectories(sandbox.resolve("a/b/c"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(sandbox)));
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder tree; symbolic links are removed, never followed. */
    private static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
