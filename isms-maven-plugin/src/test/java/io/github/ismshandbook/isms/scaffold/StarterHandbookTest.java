package io.github.ismshandbook.isms.scaffold;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StarterHandbookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final StarterValues VALUES = new StarterValues("Acme Ltd", TODAY);

    private final StarterHandbook starter = new StarterHandbook();

    @Test
    void indexListsTheStarterSet() throws IOException {
        assertThat(starter.files()).containsExactly(
                "policies/information-security.md",
                "policies/access-control.md",
                "policies/acceptable-use.md",
                "policies/asset-management.md",
                "policies/supplier-security.md",
                "policies/secure-development.md",
                "standards/logging-and-monitoring.md",
                "procedures/incident-management.md",
                "procedures/risk-assessment.md",
                "plans/business-continuity.md",
                "soa.md");
    }

    @Test
    void copiesEveryFileIntoAnEmptyFolder(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("src/handbook");

        InitResult result = starter.copyTo(source, VALUES);

        assertThat(result.created()).isEqualTo(starter.files());
        assertThat(result.skipped()).isEmpty();
        for (String file : starter.files()) {
            String text = Files.readString(source.resolve(file));
            assertThat(text).startsWith("---\n").doesNotContain("{{").contains("Acme Ltd")
                    .contains("review_date: 2027-03-01\n").contains("date: 2026-03-01\n");
        }
    }

    @Test
    void neverOverwritesAndReportsWhatItSkipped(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("policies/access-control.md");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "my own policy");

        InitResult result = starter.copyTo(dir, VALUES);

        assertThat(Files.readString(mine)).isEqualTo("my own policy");
        assertThat(result.skipped()).containsExactly("policies/access-control.md");
        assertThat(result.created()).hasSize(starter.files().size() - 1).doesNotContain("policies/access-control.md");

        InitResult again = starter.copyTo(dir, new StarterValues("Other Org", TODAY.plusDays(5)));
        assertThat(again.created()).isEmpty();
        assertThat(again.skipped()).isEqualTo(starter.files());
        assertThat(Files.readString(dir.resolve("soa.md"))).contains("Acme Ltd").doesNotContain("Other Org");
    }

    @Test
    void aBrokenSymbolicLinkIsNotFollowed(@TempDir Path dir) throws IOException {
        Path outside = dir.resolve("outside.md");
        Path source = dir.resolve("src");
        Files.createDirectories(source);
        Files.createSymbolicLink(source.resolve("soa.md"), outside);

        InitResult result = starter.copyTo(source, VALUES);

        assertThat(result.skipped()).containsExactly("soa.md");
        assertThat(outside).doesNotExist();
    }

    @Test
    void aFileWhereAFolderShouldBeFailsWithTheReason(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("policies"), "not a folder");

        assertThatThrownBy(() -> starter.copyTo(dir, VALUES)).isInstanceOf(IOException.class);
    }

    @Test
    void fillsThePlaceholders() {
        assertThat(VALUES.fill("{{organization}} on {{today}}, next review {{review_date}}"))
                .isEqualTo("Acme Ltd on 2026-03-01, next review 2027-03-01");
        assertThat(new StarterValues(null, TODAY).fill("at {{organization}}")).isEqualTo("at \\[Your organisation\\]");
        assertThat(new StarterValues("  ", TODAY).fill("{{organization}}")).isEqualTo("\\[Your organisation\\]");
        assertThat(new StarterValues("Leap", LocalDate.of(2028, 2, 29)).reviewDate()).isEqualTo("2029-02-28");
    }

    @Test
    void escapesAnOrganisationNameThatLooksLikeMarkdown() {
        assertThat(new StarterValues("A*B_C [x] <b>|`y`", TODAY).fill("{{organization}}"))
                .isEqualTo("A\\*B\\_C \\[x\\] \\<b\\>\\|\\`y\\`");
        assertThat(new StarterValues("- Dash", TODAY).fill("{{organization}}")).isEqualTo("\\- Dash");
        assertThat(new StarterValues("3. Corp", TODAY).fill("{{organization}}")).isEqualTo("3\\. Corp");
        assertThat(new StarterValues("#1\nCorp", TODAY).fill("{{organization}}")).isEqualTo("\\#1 Corp");
        assertThat(new StarterValues("Smith & Co. $1", TODAY).fill("{{organization}}")).isEqualTo("Smith & Co. $1");
    }

    @Test
    void anUnknownPlaceholderIsAnError() {
        assertThatThrownBy(() -> VALUES.fill("{{owner}}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{owner}}");
    }

    @Test
    void filesAreReadAsUtf8WithUnixLineEnds() throws IOException {
        ClassLoader crlf = new ClassLoader(null) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                String text = name.endsWith("index.txt") ? "# comment\r\n\r\na.md\r\n" : "Gr\u00fc\u00dfe\r\n{{today}}\r\n";
                return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
        StarterHandbook custom = new StarterHandbook(crlf);

        assertThat(custom.files()).containsExactly("a.md");
        assertThat(custom.text("a.md", VALUES)).isEqualTo("Gr\u00fc\u00dfe\n2026-03-01\n");
    }

    @Test
    void anIndexEntryThatLeavesTheFolderIsRefused() {
        ClassLoader evil = new ClassLoader(null) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                return new java.io.ByteArrayInputStream("../escape.md\n".getBytes(StandardCharsets.UTF_8));
            }
        };
        assertThatThrownBy(() -> new StarterHandbook(evil).files()).isInstanceOf(IOException.class)
                .hasMessageContaining("../escape.md");
    }

    @Test
    void aMissingSiteContentJarIsNamed() {
        StarterHandbook none = new StarterHandbook(new ClassLoader(null) { });
        assertThatThrownBy(none::files).isInstanceOf(IOException.class).hasMessageContaining("isms-site-content");
    }
}
