package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.ismshandbook.isms.check.FindingAssert.assertFindings;
import static io.github.ismshandbook.isms.check.FindingAssert.assertNone;
import static io.github.ismshandbook.isms.check.FindingAssert.at;
import static io.github.ismshandbook.isms.check.TestHandbook.config;
import static io.github.ismshandbook.isms.check.TestHandbook.doc;
import static org.assertj.core.api.Assertions.assertThat;

class DuplicateIdsTest {

    private static List<Finding> check(Handbook handbook) {
        return new DuplicateIds().check(handbook, config());
    }

    @Test
    void reportsEachFileSharingAnIdAtItsIdKeyNamingTheOther() {
        List<Finding> findings = check(TestHandbook.of(
                doc("policies/a.md").title("A").id("POL-1").build(),
                doc("policies/b.md").id("POL-1").build()));

        assertFindings(findings, at(Rule.DUPLICATE_ID, "policies/a.md", 3), at(Rule.DUPLICATE_ID, "policies/b.md", 2));
        Finding onA = findings.stream().filter(f -> f.file().equals("policies/a.md")).findFirst().orElseThrow();
        assertThat(onA.message()).contains("POL-1").contains("policies/b.md").doesNotContain("policies/a.md");
        assertThat(onA.column()).isEqualTo(1);
        assertThat(onA.document()).isEqualTo("POL-1");
    }

    @Test
    void namesEveryOtherFileWhenThreeShareAnId() {
        List<Finding> findings = check(TestHandbook.of(
                doc("a.md").id("X").build(), doc("b.md").id("X").build(), doc("c.md").id("X").build()));

        assertThat(findings).hasSize(3);
        assertThat(findings.stream().filter(f -> f.file().equals("b.md")).findFirst().orElseThrow().message())
                .contains("a.md, c.md");
    }

    @Test
    void distinctIdsAndMissingIdsAreFine() {
        assertNone(check(TestHandbook.of(
                doc("a.md").id("POL-1").build(),
                doc("b.md").id("pol-1").build(), // ids are case-sensitive, as links by id are
                doc("c.md").id(null).build(),
                doc("d.md").id(null).build())));
    }
}
