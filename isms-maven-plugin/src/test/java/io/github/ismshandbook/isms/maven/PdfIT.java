package io.github.ismshandbook.isms.maven;

import com.soebes.itf.jupiter.extension.MavenGoal;
import com.soebes.itf.jupiter.extension.MavenJupiterExtension;
import com.soebes.itf.jupiter.extension.MavenRepository;
import com.soebes.itf.jupiter.extension.MavenTest;
import com.soebes.itf.jupiter.extension.SystemProperty;
import com.soebes.itf.jupiter.maven.MavenExecutionResult;

import java.nio.file.Path;
import java.util.Locale;

import static com.soebes.itf.extension.assertj.MavenITAssertions.assertThat;

/** {@code isms:build} with {@code isms.pdf} run by real Maven: the console says where the PDF is, and nothing else. */
@MavenJupiterExtension
@MavenRepository
class PdfIT {

    @MavenTest
    @SystemProperty(value = "isms.pdf", content = "true")
    @MavenGoal("${project.groupId}:${project.artifactId}:${project.version}:build")
    void pdf_build_says_where_the_pdf_is(MavenExecutionResult result) {
        assertThat(result).isSuccessful();
        Path pdf = result.getMavenProjectResult().getTargetProjectDirectory().resolve("target/handbook/handbook.pdf");
        org.assertj.core.api.Assertions.assertThat(pdf).isNotEmptyFile();
        assertThat(result).out().info().anyMatch(l -> l.startsWith("PDF written to /")
                && l.endsWith("/target/handbook/handbook.pdf"));
        // no font fallback or renderer chatter: the PDF embeds its own fonts
        assertThat(result).out().warn().isEmpty();
        assertThat(result).out().info().noneMatch(l -> l.toLowerCase(Locale.ROOT).contains("font"));
    }
}
