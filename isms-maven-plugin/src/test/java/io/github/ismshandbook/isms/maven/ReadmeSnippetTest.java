package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.report.ToolVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's {@code mvn site} snippet is what {@code ReportIT} runs: the IT project's pom holds it line for line,
 * so the snippet works as pasted.
 */
class ReadmeSnippetTest {

    private static final Path README = Path.of("../README.md");
    private static final Path IT_POM = Path.of(
            "src/test/resources-its/io/github/ismshandbook/isms/maven/ReportIT/site_lists_the_handbook/pom.xml");

    @Test
    void the_report_it_runs_the_readmes_reporting_snippet_line_for_line() throws IOException {
        List<String> readme = lines(readmeSnippet());
        String pom = Files.readString(IT_POM);
        String inPom = pom.substring(pom.indexOf("<build>"), pom.indexOf("</reporting>") + "</reporting>".length())
                .replace("@project.version@", ToolVersion.current());

        assertThat(readme).first().isEqualTo("<build>");
        assertThat(readme).contains("<artifactId>maven-site-plugin</artifactId>", "<version>3.21.0</version>",
                "<artifactId>maven-project-info-reports-plugin</artifactId>", "<version>3.9.0</version>");
        assertThat(lines(inPom)).isEqualTo(readme);
    }

    /** The README's XML block that declares the report. */
    private static String readmeSnippet() throws IOException {
        Matcher blocks = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        while (blocks.find()) {
            if (blocks.group(1).contains("<reporting>")) {
                return blocks.group(1);
            }
        }
        throw new AssertionError("README.md has no ```xml block with <reporting>");
    }

    /** The lines without their indentation (the README indents the block inside a list item). */
    private static List<String> lines(String xml) {
        return xml.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
