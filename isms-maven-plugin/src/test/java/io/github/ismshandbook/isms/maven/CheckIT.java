package io.github.ismshandbook.isms.maven;

import com.soebes.itf.jupiter.extension.MavenGoal;
import com.soebes.itf.jupiter.extension.MavenJupiterExtension;
import com.soebes.itf.jupiter.extension.MavenRepository;
import com.soebes.itf.jupiter.extension.MavenTest;
import com.soebes.itf.jupiter.extension.SystemProperty;
import com.soebes.itf.jupiter.maven.MavenExecutionResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.soebes.itf.extension.assertj.MavenITAssertions.assertThat;

/** {@code isms:check} run by real Maven on small projects. */
@MavenJupiterExtension
@MavenRepository
class CheckIT {

    @MavenTest
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:check")
    void clean_project_passes(MavenExecutionResult result) throws IOException {
        assertThat(result).isSuccessful();
        Path isms = result.getMavenProjectResult().getTargetProjectDirectory().resolve("target/isms");
        org.assertj.core.api.Assertions.assertThat(isms.resolve("findings.json")).exists();
        JsonNode report = new ObjectMapper().readTree(isms.resolve("findings.json").toFile());
        org.assertj.core.api.Assertions.assertThat(report.path("documents").asInt()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(report.path("findings").findValuesAsText("severity"))
                .isNotEmpty()
                .containsOnly("info");
        // turned down to info in the pom: reported without a file, since the project has no SoA
        org.assertj.core.api.Assertions.assertThat(report.path("findings")).filteredOn(
                        f -> f.path("rule").asText().equals("mandatory-missing"))
                .hasSize(24).allMatch(f -> f.path("file").isNull());
        assertThat(result).out().info().anyMatch(l -> l.contains("2 documents, 0 errors"));
    }

    @MavenTest
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:check")
    void errors_fail_the_build(MavenExecutionResult result) throws IOException {
        assertThat(result).isFailure();
        Path isms = result.getMavenProjectResult().getTargetProjectDirectory().resolve("target/isms");
        org.assertj.core.api.Assertions.assertThat(isms.resolve("findings.json")).exists();
        org.assertj.core.api.Assertions.assertThat(isms.resolve("findings.sarif")).exists();
        org.assertj.core.api.Assertions.assertThat(isms.resolve("findings-junit.xml")).exists();
        assertThat(result).out().error()
                .anyMatch(l -> l.startsWith("src/handbook/overdue.md:6:") && l.contains("[review-overdue]"))
                .anyMatch(l -> l.startsWith("src/handbook/overdue.md:7:") && l.contains("[legacy-control]"))
                .anyMatch(l -> l.startsWith("src/handbook/overdue.md:7:") && l.contains("[unknown-control]"))
                .anyMatch(l -> l.startsWith("src/handbook/overdue.md:10:") && l.contains("[broken-link]"))
                .anyMatch(l -> l.startsWith("src/handbook/no-front-matter.md:1:1: error [front-matter-missing]"))
                .anyMatch(l -> l.contains("ISMS handbook check failed: 5 errors"));
        assertThat(result).out().plain().noneMatch(l -> l.contains("NullPointerException"));
    }

    /**
     * {@code mvn verify} with {@code check} and {@code build} bound, as the README's quick start binds them: every
     * finding is printed once, the info findings as one line per rule, and both goals still report and summarise.
     */
    @MavenTest
    @MavenGoal("verify")
    void check_and_build_print_each_finding_once(MavenExecutionResult result) throws IOException {
        assertThat(result).isSuccessful();
        List<String> log = Files.readAllLines(result.getMavenLog().getStdout());

        List<String> findings = log.stream().filter(l -> l.contains(" [review-due-soon] ") || l.contains(" [unknown-field] ")
                || l.contains(" [broken-anchor] ") || l.contains("control-uncovered")).toList();
        org.assertj.core.api.Assertions.assertThat(findings).hasSize(4).satisfiesExactlyInAnyOrder(
                l -> org.assertj.core.api.Assertions.assertThat(l)
                        .startsWith("[WARNING] src/handbook/policies/access-control.md:6:1: warning [review-due-soon] "),
                l -> org.assertj.core.api.Assertions.assertThat(l)
                        .startsWith("[WARNING] src/handbook/policies/access-control.md:8:1: warning [unknown-field] "),
                l -> org.assertj.core.api.Assertions.assertThat(l)
                        .startsWith("[WARNING] src/handbook/policies/access-control.md:13:"),
                l -> org.assertj.core.api.Assertions.assertThat(l).isEqualTo("[INFO] 90 × control-uncovered: An applicable"
                        + " control that no approved document references (see target/isms/findings.json)"));
        org.assertj.core.api.Assertions.assertThat(log).filteredOn(l -> l.contains("ISMS handbook: 1 document, 0 errors"))
                .containsExactly("[WARNING] ISMS handbook: 1 document, 0 errors, 28 warnings, 91 info",
                        "[WARNING] ISMS handbook: 1 document, 0 errors, 28 warnings, 91 info (as reported above)");
        // the 25 items of mandatory documented information the one policy does not address, each once
        org.assertj.core.api.Assertions.assertThat(log).filteredOn(l -> l.contains(" [mandatory-missing] ")).hasSize(25)
                .doesNotHaveDuplicates().allMatch(l -> l.startsWith("[WARNING] src/handbook: warning [mandatory-missing] "));
        org.assertj.core.api.Assertions.assertThat(log).anyMatch(l -> l.contains("isms-maven-plugin")
                && l.contains(":check ")).anyMatch(l -> l.contains("isms-maven-plugin") && l.contains(":build "));
        Path target = result.getMavenProjectResult().getTargetProjectDirectory().resolve("target");
        org.assertj.core.api.Assertions.assertThat(target.resolve("isms/findings.json")).exists();
        org.assertj.core.api.Assertions.assertThat(target.resolve("handbook/index.html")).exists();
    }

    @MavenTest
    @SystemProperty(value = "isms.skip", content = "true")
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:check")
    void skip_skips(MavenExecutionResult result) {
        assertThat(result).isSuccessful();
        assertThat(result).out().info().anyMatch(l -> l.contains("Skipping ISMS handbook"));
        org.assertj.core.api.Assertions.assertThat(
                result.getMavenProjectResult().getTargetProjectDirectory().resolve("target/isms")).doesNotExist();
    }
}
