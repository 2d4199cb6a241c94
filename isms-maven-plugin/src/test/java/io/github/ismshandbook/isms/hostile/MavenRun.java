package io.github.ismshandbook.isms.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real Maven, run as a user runs it, on a project a test lays out itself (with symbolic links, binary and
 * invalid UTF-8 files that a copied test resource cannot carry). The plugin comes from the repository the
 * ITF install step fills; everything else from Maven Central.
 */
public final class MavenRun {

    public record Result(int exitCode, String output) {
    }

    private MavenRun() {
    }

    public static Result run(Path project, Path localRepository, String... args) throws IOException, InterruptedException {
        return runWithUmask(null, project, localRepository, args);
    }

    /** {@link #run}, in a shell whose umask is {@code umask} ({@code "022"}), as a user's login shell sets it. */
    public static Result runWithUmask(String umask, Path project, Path localRepository, String... args)
            throws IOException, InterruptedException {
        Process process = startWithUmask(umask, project, localRepository, args);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Maven did not finish in 10 minutes; see " + log(project));
        }
        return new Result(process.exitValue(), Files.readString(log(project), StandardCharsets.UTF_8));
    }

    /** Starts Maven in {@code project}; its output goes to {@link #log}. */
    public static Process start(Path project, Path localRepository, String... args) throws IOException {
        return startWithUmask(null, project, localRepository, args);
    }

    /** {@link #start}, with the umask {@code umask} when it is not {@code null}. */
    public static Process startWithUmask(String umask, Path project, Path localRepository, String... args)
            throws IOException {
        seed(localRepository);
        Path mvn = Path.of(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn");
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "--batch-mode", "--errors",
                "-Dmaven.repo.local=" + localRepository.toAbsolutePath()));
        command.addAll(List.of(args));
        if (umask != null) {
            command.addAll(0, List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$@\"", "mvn"));
        }
        return new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log(project).toFile())
                .start();
    }

    /** Beside the workspace, not in it: the tests compare the workspace before and after the build. */
    public static Path log(Path project) {
        return project.getParent().resolveSibling(project.getParent().getFileName() + "-mvn.log");
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public static String pluginVersion() {
        return System.getProperty("isms.plugin.version", "0.1.0-SNAPSHOT");
    }

    /** Copies the freshly installed plugin artifacts into the local repository of the run. */
    private static void seed(Path localRepository) throws IOException {
        Path itfRepo = Path.of(System.getProperty("itf.repo", "target/itf-repo"));
        if (!Files.isDirectory(itfRepo)) {
            throw new IllegalStateException("No installed plugin in " + itfRepo + ": run through 'mvn verify'");
        }
        try (Stream<Path> files = Files.walk(itfRepo)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path target = localRepository.resolve(itfRepo.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
