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

class OutputCollisionsTest {

    private static List<Finding> check(Handbook handbook) {
        return new OutputCollisions().check(handbook, config());
    }

    @Test
    void namesThatDifferOnlyInCaseCollideOnEachFile() {
        List<Finding> findings = check(TestHandbook.of(
                doc("policies/Access.md").id("A-1").build(), doc("policies/access.md").id("A-2").build()));

        assertFindings(findings, at(Rule.INVALID_VALUE, "policies/Access.md", 1),
                at(Rule.INVALID_VALUE, "policies/access.md", 1));
        assertThat(findings.get(0).message()).contains("policies/access.md");
        assertThat(findings.get(1).message()).contains("policies/Access.md");
    }

    @Test
    void aPageAndAnAssetOfTheSameNameCollide() {
        List<Finding> findings = check(TestHandbook.with(doc("a.md").id("A-1").build()).assets("A.html").build());

        assertFindings(findings, at(Rule.INVALID_VALUE, "A.html", 1), at(Rule.INVALID_VALUE, "a.md", 1));
    }

    @Test
    void sameNamesInDifferentFoldersAndOtherExtensionsAreFine() {
        assertNone(check(TestHandbook.with(
                        doc("policies/access.md").id("A-1").build(), doc("standards/access.md").id("A-2").build())
                .assets("policies/access.pdf", "policies/access.md.html.txt").build()));
    }
}
