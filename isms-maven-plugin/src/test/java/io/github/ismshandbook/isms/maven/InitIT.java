package io.github.ismshandbook.isms.maven;

import com.soebes.itf.jupiter.extension.MavenGoal;
import com.soebes.itf.jupiter.extension.MavenJupiterExtension;
import com.soebes.itf.jupiter.extension.MavenRepository;
import com.soebes.itf.jupiter.extension.MavenTest;
import com.soebes.itf.jupiter.maven.MavenExecutionResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.soebes.itf.extension.assertj.MavenITAssertions.assertThat;

/** {@code isms:init} run by real Maven: a fresh scaffold passes {@code check}, and nothing is overwritten. */
@MavenJupiterExtension
@MavenRepository
class InitIT {

    @MavenTest
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:init")
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:check")
    void init_then_check_passes(MavenExecutionResult result) throws IOException {
        assertThat(result).isSuccessful();
        Path project = result.getMavenProjectResult().getTargetProjectDirectory();
        assertThat(result).out().info()
                .anyMatch(l -> l.equals("Created src/handbook/policies/information-security.md"))
                .anyMatch(l -> l.equals("Created src/handbook/soa.md"))
                .anyMatch(l -> l.equals("11 starter documents created, 0 skipped."))
                .anyMatch(l -> l.contains("mvn isms:serve"))
                .anyMatch(l -> l.contains("11 documents, 0 errors, 0 warnings"));
        org.assertj.core.api.Assertions.assertThat(Files.readString(project.resolve("src/handbook/soa.md")))
                .contains("review_date: 2027-03-01").contains("Example Org");
        org.assertj.core.api.Assertions.assertThat(Files.readString(project.resolve("target/isms/findings.json")))
                .contains("\"documents\": 11");
    }

    @MavenTest
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:init")
    void init_never_overwrites(MavenExecutionResult result) throws IOException {
        assertThat(result).isSuccessful();
        Path project = result.getMavenProjectResult().getTargetProjectDirectory();
        assertThat(result).out().info()
                .anyMatch(l -> l.equals("Skipped src/handbook/soa.md (already exists, left unchanged)"))
                .anyMatch(l -> l.equals("10 starter documents created, 1 skipped."));
        org.assertj.core.api.Assertions.assertThat(Files.readString(project.resolve("src/handbook/soa.md")))
                .contains("Written by hand: init must leave it alone.");
        org.assertj.core.api.Assertions.assertThat(project.resolve("src/handbook/policies/access-control.md")).exists();
    }
}
