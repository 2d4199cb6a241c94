package io.github.ismshandbook.isms.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ismshandbook.isms.hostile.MavenRun;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user does, with real Maven in a Git repository: previews with drafts, tries to publish the preview, then
 * publishes editions 1.0 (umask 022) and 1.1 (umask 077), tries to publish 1.1 again, replaces it on purpose, and
 * publishes a working copy twice. Each edition must verify with {@code sha256sum -c}, name its commit, and have the
 * modes the user's umask gives: readable by a web server running as another user with 022, private with 077.
 */
class PublishedEditionsIT {

    private static final Set<PosixFilePermission> READABLE_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> READABLE_FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path workspace = Path.of("target/editions-it").toAbsolutePath();
    private final Path project = workspace.resolve("project");
    // kept between builds, beside the workspace: the runs share what they download
    private final Path repository = Path.of("target/editions-it-repository").toAbsolutePath();
    private final Path versions = project.resolve("target/handbook-versions");

    @Test
    void fromPreviewToFrozenEditions() throws Exception {
        MavenRun.deleteTree(workspace);
        String commit = layOutProject();

        // the preview holds the draft, and lives apart from the build's output
        Process serve = MavenRun.startWithUmask("022", project, repository, goal("serve"), "-Disms.port=0");
        try {
            awaitLog("Serving the handbook at", serve);
        } finally {
            serve.destroy();
            serve.waitFor(1, TimeUnit.MINUTES);
        }
        assertThat(project.resolve("target/handbook-preview/policies/remote-work.html")).isRegularFile();
        assertThat(project.resolve("target/handbook")).doesNotExist();

        MavenRun.Result preview = maven("022", goal("publish"), "-Disms.outputDirectory=target/handbook-preview");
        assertThat(preview.output()).contains("BUILD FAILURE")
                .contains("was made by isms:serve, not by isms:build: only a built site is published")
                .contains("'mvn package isms:publish'");
        assertThat(versions).doesNotExist();

        // 1.0 with umask 022: a web server running as another user reads every file
        MavenRun.Result first = maven("022", goal("build"), goal("publish"), "-Disms.version=1.0");
        assertThat(first.output()).contains("BUILD SUCCESS").contains("Published handbook version 1.0 in ")
                .doesNotContain("ical4j.properties");
        for (Path p : List.of(versions.resolve("1.0"), versions.resolve("latest"), versions.resolve("1.0/policies"))) {
            assertThat(Files.getPosixFilePermissions(p)).as(p.toString()).isEqualTo(READABLE_FOLDER);
        }
        for (Path p : List.of(versions.resolve("versions.json"), versions.resolve("index.html"),
                versions.resolve("1.0/index.html"), versions.resolve("latest/manifest.json"),
                versions.resolve("1.0/SHA256SUMS"), versions.resolve("1.0/assets/handbook.css"))) {
            assertThat(Files.getPosixFilePermissions(p)).as(p.toString()).isEqualTo(READABLE_FILE);
        }
        assertThat(versions.resolve("1.0/policies/remote-work.html")).doesNotExist();
        JsonNode manifest10 = manifest("1.0");
        assertThat(manifest10.get("version").asText()).isEqualTo("1.0");
        assertThat(manifest10.get("commit").asText()).isEqualTo(commit);
        assertThat(Instant.parse(manifest10.get("built").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(manifest10.get("files").findValuesAsText("path"))
                .contains("index.html", "policies/access-control.html", "handbook.json", "isms-build.json")
                .doesNotContain("manifest.json", "SHA256SUMS");
        assertVerifies(versions.resolve("1.0"));

        // 1.1 with umask 077: the umask is followed, not overruled
        MavenRun.Result second = maven("077", goal("build"), goal("publish"), "-Disms.version=1.1");
        assertThat(second.output()).contains("BUILD SUCCESS");
        assertThat(Files.getPosixFilePermissions(versions.resolve("1.1"))).isEqualTo(PRIVATE_FOLDER);
        assertThat(Files.getPosixFilePermissions(versions.resolve("1.1/index.html"))).isEqualTo(PRIVATE_FILE);
        assertThat(Files.getPosixFilePermissions(versions.resolve("versions.json"))).isEqualTo(PRIVATE_FILE);
        assertThat(Files.getPosixFilePermissions(versions.resolve("1.0/index.html"))).isEqualTo(READABLE_FILE);
        assertVerifies(versions.resolve("1.1"));
        assertVerifies(versions.resolve("latest"));
        String published11 = manifest("1.1").get("published").asText();

        // an edition is frozen: publishing it again is refused and changes nothing
        MavenRun.Result again = maven("022", goal("publish"), "-Disms.version=1.1");
        assertThat(again.output()).contains("BUILD FAILURE")
                .contains("Version 1.1 is already published in " + versions.resolve("1.1"))
                .contains("-Disms.republish=true");
        assertThat(manifest("1.1").get("published").asText()).isEqualTo(published11);

        Thread.sleep(1100); // the manifest's times are to the second
        MavenRun.Result replaced = maven("022", goal("publish"), "-Disms.version=1.1", "-Disms.republish=true");
        assertThat(replaced.output()).contains("BUILD SUCCESS").contains("Replaced handbook version 1.1 in ");
        assertThat(Instant.parse(manifest("1.1").get("published").asText())).isAfter(Instant.parse(published11));
        assertVerifies(versions.resolve("1.1"));

        // a -SNAPSHOT is a working copy: published again without republish
        MavenRun.Result snapshot = maven("022", goal("build"), goal("publish"), goal("publish"),
                "-Disms.version=1.2-SNAPSHOT");
        assertThat(snapshot.output()).contains("BUILD SUCCESS")
                .contains("Published handbook version 1.2-SNAPSHOT in ")
                .contains("Replaced handbook version 1.2-SNAPSHOT in ");
        assertThat(VersionIndex.read(versions).entries()).extracting(VersionEntry::version)
                .containsExactly("1.2-SNAPSHOT", "1.1", "1.0");
        assertThat(manifest("latest").get("version").asText()).isEqualTo("1.2-SNAPSHOT");
        assertVerifies(versions.resolve("latest"));
        assertVerifies(versions.resolve("1.0"));
    }

    private String layOutProject() throws Exception {
        Files.createDirectories(project.resolve("src/handbook/policies"));
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example.it</groupId>
                  <artifactId>editions</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <name>Frozen editions</name>
                  <properties><isms.today>2026-03-01</isms.today></properties>
                </project>
                """);
        Files.writeString(project.resolve(".gitignore"), "target/\n");
        Files.writeString(project.resolve("src/handbook/policies/access-control.md"), """
                ---
                id: POL-002
                title: Access Control Policy
                owner: Chief Information Security Officer
                version: 1.0
                review_date: 2026-12-01
                controls: [A.5.15]
                ---

                ## Scope

                Access is granted on a need-to-know basis.
                """);
        Files.writeString(project.resolve("src/handbook/policies/remote-work.md"), """
                ---
                id: POL-010
                title: Remote Work Policy
                owner: Head of People
                version: 0.3
                status: draft
                review_date: 2026-12-01
                controls: [A.6.7]
                ---

                Not approved yet.
                """);
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent author = new PersonIdent("Policy Author", "author@example.org",
                    Instant.parse("2026-02-27T09:00:00Z"), ZoneOffset.UTC);
            return git.commit().setMessage("Policies for the first edition").setAuthor(author).setCommitter(author)
                    .setSign(false).call().getName();
        }
    }

    private MavenRun.Result maven(String umask, String... args) throws IOException, InterruptedException {
        return MavenRun.runWithUmask(umask, project, repository, args);
    }

    private static String goal(String goal) {
        return "io.github.ismshandbook:isms-maven-plugin:" + MavenRun.pluginVersion() + ":" + goal;
    }

    private JsonNode manifest(String version) throws IOException {
        return new ObjectMapper().readTree(versions.resolve(version).resolve("manifest.json").toFile());
    }

    private void awaitLog(String text, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        Path log = MavenRun.log(project);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Maven did not print '" + text + "':\n" + Files.readString(log));
    }

    /** {@code cd <folder> && sha256sum -c SHA256SUMS}, as the README tells an auditor. */
    private static void assertVerifies(Path folder) throws IOException, InterruptedException {
        Process check = new ProcessBuilder("sha256sum", "--strict", "-c", "SHA256SUMS").directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(check.exitValue()).as(folder + ":\n" + output).isZero();
        long files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        assertThat(output.lines().filter(l -> l.endsWith(": OK")).count()).as(output).isEqualTo(files - 1);
    }
}
