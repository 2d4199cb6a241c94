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
final class MavenRun {

    record Result(int exitCode, String output) {
    }

    private MavenRun() {
    }

    static Result run(Path project, Path localRepository, String... args) throws IOException, InterruptedException {
        seed(localRepository);
        Path mvn = Path.of(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn");
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "--batch-mode", "--errors",
                "-Dmaven.repo.local=" + localRepository.toAbsolutePath()));
        command.addAll(List.of(args));
        // beside the workspace, not in it: the tests compare the workspace before and after the build
        Path log = project.getParent().resolveSibling(project.getParent().getFileName() + "-mvn.log");
        Process process = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Maven did not finish in 10 minutes; see " + log);
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    static String pluginVersion() {
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
