package io.github.ismshandbook.isms.maven;

import com.soebes.itf.jupiter.extension.MavenGoal;
import com.soebes.itf.jupiter.extension.MavenJupiterExtension;
import com.soebes.itf.jupiter.extension.MavenRepository;
import com.soebes.itf.jupiter.extension.MavenTest;
import com.soebes.itf.jupiter.extension.SystemProperty;
import com.soebes.itf.jupiter.maven.MavenExecutionResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.soebes.itf.extension.assertj.MavenITAssertions.assertThat;

/** {@code isms:publish} run by real Maven on small projects. */
@MavenJupiterExtension
@MavenRepository
class PublishIT {

    private static Path versions(MavenExecutionResult result) {
        return result.getMavenProjectResult().getTargetProjectDirectory().resolve("target/handbook-versions");
    }

    /** The site is already built (outputDirectory points at it), so this needs only the publish goal. */
    @MavenTest
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:publish")
    void publishes_a_built_site(MavenExecutionResult result) throws IOException {
        assertThat(result).isSuccessful();
        Path versions = versions(result);
        org.assertj.core.api.Assertions.assertThat(versions.resolve("1.0/policies/access-control.html")).exists();
        org.assertj.core.api.Assertions.assertThat(versions.resolve("latest/index.html")).hasContent(
                Files.readString(versions.resolve("1.0/index.html")));
        org.assertj.core.api.Assertions.assertThat(Files.readString(versions.resolve("versions.json")))
                .contains("\"version\": \"1.0\"").contains("\"latest\"");
        org.assertj.core.api.Assertions.assertThat(Files.readString(versions.resolve("index.html")))
                .contains("url=latest/index.html");
        assertThat(result).out().info().anyMatch(l -> l.startsWith("Published handbook version 1.0 in "));
    }

    @MavenTest
    @SystemProperty(value = "isms.version", content = "../1.0")
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:publish")
    void version_with_a_path_is_refused(MavenExecutionResult result) {
        assertThat(result).isFailure();
        assertThat(result).out().error().anyMatch(l -> l.contains("Version '../1.0' cannot be published"));
        org.assertj.core.api.Assertions.assertThat(versions(result)).doesNotExist();
        org.assertj.core.api.Assertions.assertThat(
                result.getMavenProjectResult().getTargetProjectDirectory().resolve("1.0")).doesNotExist();
    }

    @MavenTest
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:publish")
    void publish_without_build_fails(MavenExecutionResult result) {
        assertThat(result).isFailure();
        assertThat(result).out().error().anyMatch(l -> l.contains("run isms:build first"));
        org.assertj.core.api.Assertions.assertThat(versions(result)).doesNotExist();
    }

    /** Needs the loader and the site renderer: the real build followed by publish in one Maven run. */
    @MavenTest
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:build")
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:publish")
    void build_then_publish(MavenExecutionResult result) throws IOException {
        String console = Files.readString(result.getMavenLog().getStdout());
        assertThat(result).isSuccessful();
        Path versions = versions(result);
        org.assertj.core.api.Assertions.assertThat(versions.resolve("1.0/index.html")).exists();
        org.assertj.core.api.Assertions.assertThat(versions.resolve("1.0/policies/access-control.html")).exists();
        org.assertj.core.api.Assertions.assertThat(versions.resolve("1.0/isms-snapshot.json")).exists();
        org.assertj.core.api.Assertions.assertThat(versions.resolve("latest/index.html")).exists();
        org.assertj.core.api.Assertions.assertThat(Files.readString(versions.resolve("versions.json")))
                .contains("\"version\": \"1.0\"");
        org.assertj.core.api.Assertions.assertThat(versions.resolve("1.0/manifest.json")).isRegularFile();
        org.assertj.core.api.Assertions.assertThat(versions.resolve("1.0/SHA256SUMS")).isRegularFile();
        // ical4j stays quiet: it finds the plugin's ical4j.properties
        org.assertj.core.api.Assertions.assertThat(console).contains("Handbook written to")
                .doesNotContain("ical4j.properties");
        assertThat(result).out().info().anyMatch(l -> l.startsWith("Check it with: cd ")
                && l.endsWith("1.0 && sha256sum -c SHA256SUMS"));
    }

    /** The pom builds with drafts (a reviewer's copy); publishing that site needs includeDrafts for publish too. */
    @MavenTest
    @MavenGoal("package")
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:publish")
    void drafts_are_refused_unless_publish_includes_them_too(MavenExecutionResult result) {
        assertThat(result).isFailure();
        assertThat(result).out().error().anyMatch(l -> l.contains("holds 1 draft document (policies/remote-work.md)")
                && l.contains("-Disms.includeDrafts=true"));
        org.assertj.core.api.Assertions.assertThat(versions(result)).doesNotExist();
    }

    @MavenTest
    @SystemProperty(value = "isms.includeDrafts", content = "true")
    @MavenGoal("package")
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:publish")
    void publishes_drafts_when_publish_includes_them_too(MavenExecutionResult result) {
        assertThat(result).isSuccessful();
        org.assertj.core.api.Assertions.assertThat(versions(result).resolve("1.0/policies/remote-work.html")).exists();
    }
}
