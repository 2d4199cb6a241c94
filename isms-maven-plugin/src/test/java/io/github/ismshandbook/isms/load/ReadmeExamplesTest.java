package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Catalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README promises about the built-in catalog is what the catalog answers. */
class ReadmeExamplesTest {

    /** {@code `A.9.2.1` is answered with `5.16`} and {@code `A.18.2.3` with `5.36, 8.8`}. */
    private static final Pattern LEGACY_EXAMPLE = Pattern.compile(
            "`(A\\.\\d+\\.\\d+\\.\\d+)`\\s+(?:is\\s+answered\\s+)?with\\s+`([^`]+)`");

    @Test
    void theLegacyNumbersOfTheReadmeAreAnsweredAsItSays() throws IOException {
        // the tests run in the module's folder; the README is the repository's
        String readme = Files.readString(Path.of("..", "README.md"));
        Catalog catalog = CatalogLoader.builtIn();

        Matcher m = LEGACY_EXAMPLE.matcher(readme);
        int examples = 0;
        while (m.find()) {
            List<String> promised = Arrays.stream(m.group(2).split(",")).map(String::strip).toList();
            assertThat(catalog.legacyEquivalents(m.group(1))).as("README: %s", m.group()).contains(promised);
            examples++;
        }
        assertThat(examples).as("examples of 2013 numbering in the README").isGreaterThanOrEqualTo(1);
    }
}
