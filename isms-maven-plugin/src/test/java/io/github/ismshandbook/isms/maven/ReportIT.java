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

/** {@code mvn site} with {@code isms:report} in {@code <reporting>}, maven-site-plugin 3.21.0. */
@MavenJupiterExtension
@MavenRepository
class ReportIT {

    @MavenTest
    @MavenGoal("site")
    void site_lists_the_handbook(MavenExecutionResult result) throws IOException {
        assertThat(result).isSuccessful();
        Path site = result.getMavenProjectResult().getTargetProjectDirectory().resolve("target/site");
        org.assertj.core.api.Assertions.assertThat(site.resolve("handbook/index.html")).isRegularFile();
        org.assertj.core.api.Assertions.assertThat(site.resolve("handbook/policies/access-control.html")).isRegularFile();
        org.assertj.core.api.Assertions.assertThat(Files.readString(site.resolve("project-reports.html")))
                .contains("href=\"handbook/index.html\"").contains("ISMS Handbook");
        assertThat(result).out().info().anyMatch(l -> l.startsWith("Handbook report written to ")
                && l.contains("2 documents, 0 errors"));
    }

    @MavenTest
    @SystemProperty(value = "isms.skip", content = "true")
    @MavenGoal("site")
    void skip_leaves_it_out(MavenExecutionResult result) {
        assertThat(result).isSuccessful();
        Path site = result.getMavenProjectResult().getTargetProjectDirectory().resolve("target/site");
        org.assertj.core.api.Assertions.assertThat(site.resolve("handbook")).doesNotExist();
        assertThat(result).out().info().anyMatch(l -> l.contains("Skipping ISMS handbook"));
    }
}
