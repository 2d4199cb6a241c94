package io.github.ismshandbook.isms;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's quick start gives what the README says it gives: no errors, and the warnings it names. */
class ReadmeQuickStartTest {

    /** The first policy, in the Markdown block after "Write a first policy, `path`:". */
    private static final Pattern FIRST_POLICY = Pattern.compile(
            "Write a first policy, `src/handbook/([^`]+)`:\\s*```markdown\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PROMISED_WARNINGS = Pattern.compile(
            "expect (\\d+) `mandatory-missing` warnings");

    @Test
    void theFirstPolicyBuildsWithoutErrorsAndWithTheMandatoryWarningsTheReadmePromises(@TempDir Path project)
            throws IOException {
        // the tests run in the module's folder; the README is the repository's
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher policy = FIRST_POLICY.matcher(readme);
        Matcher promised = PROMISED_WARNINGS.matcher(readme);
        assertThat(policy.find()).as("the quick start's first policy in the README").isTrue();
        assertThat(promised.find()).as("the quick start's expected warnings in the README").isTrue();

        Path file = project.resolve("src/handbook").resolve(policy.group(1));
        Files.createDirectories(file.getParent());
        Files.writeString(file, policy.group(2));
        // a day before the policy's review date, outside any Git repository
        BuildConfig config = BuildConfig.builder(project, LocalDate.of(2026, 11, 30)).git(false).build();
        Validation validation = new HandbookPipeline(config, project).validate();

        assertThat(validation.errors()).as("errors").isZero();
        assertThat(validation.findings()).filteredOn(f -> f.severity() == Severity.WARNING)
                .extracting(Finding::rule)
                .containsOnly(Rule.MANDATORY_MISSING)
                .hasSize(Integer.parseInt(promised.group(1)));
    }
}
