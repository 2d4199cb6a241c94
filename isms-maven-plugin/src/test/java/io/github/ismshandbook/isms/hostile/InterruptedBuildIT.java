package io.github.ismshandbook.isms.hostile;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reference.md, "Guarantees": a build killed while it renders never leaves a half-written site where the last good
 * one was. A first build makes the good site; a second, with changed documents, is killed with SIGKILL once it is
 * writing its staging folder; the good site must be byte for byte what it was.
 */
class InterruptedBuildIT {

    private static final int DOCUMENTS = 400;

    @Test
    void aKilledBuildLeavesTheLastGoodSiteIntact() throws Exception {
        Path workspace = Path.of("target/interrupted-it").toAbsolutePath();
        MavenRun.deleteTree(workspace);
        Path project = Files.createDirectories(workspace.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example.it</groupId>
                  <artifactId>interrupted</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <properties><isms.today>2026-03-01</isms.today></properties>
                </project>
                """);
        writeDocuments(project, "first");
        String goal = "io.github.ismshandbook:isms-maven-plugin:" + MavenRun.pluginVersion() + ":build";
        Path repository = workspace.resolve("repository");
        MavenRun.Result first = MavenRun.run(project, repository, goal, "-Disms.failOnError=false");
        assertThat(first.output()).contains("BUILD SUCCESS");
        Path site = project.resolve("target/handbook");
        Map<String, String> good = digests(site);
        assertThat(good).containsKey("index.html").hasSizeGreaterThan(DOCUMENTS);

        writeDocuments(project, "second");
        Process second = MavenRun.start(project, repository, goal, "-Disms.failOnError=false");
        boolean killedWhileWriting = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (second.isAlive() && System.nanoTime() < deadline) {
            if (stagingHasPages(project.resolve("target"))) {
                second.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
                killedWhileWriting = true;
                break;
            }
            Thread.sleep(20);
        }
        second.waitFor(1, TimeUnit.MINUTES);
        assertThat(killedWhileWriting).as("the second build was killed while writing its staging folder").isTrue();
        assertThat(digests(site)).isEqualTo(good);
    }

    private static boolean stagingHasPages(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(target)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".handbook.tmp-"))
                    .anyMatch(p -> Files.isDirectory(p.resolve("policies")));
        }
    }

    private static void writeDocuments(Path project, String edition) throws IOException {
        Path dir = Files.createDirectories(project.resolve("src/handbook/policies"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(dir.resolve("policy-" + i + ".md"), """
                    ---
                    id: POL-%d
                    title: Policy %d (%s edition)
                    owner: CISO
                    version: 1.%d
                    review_date: 2027-01-31
                    controls: [A.5.1]
                    ---

                    ## Scope

                    %s
                    """.formatted(i, i, edition, i, ("The " + edition + " edition of this policy. ").repeat(200)));
        }
    }

    private static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> result = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                result.put(root.relativize(f).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
        }
        return result;
    }
}
