package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.DocumentStatus;
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

class DocumentReferencesTest {

    private static List<Finding> check(Handbook handbook) {
        return new DocumentReferences().check(handbook, config());
    }

    @Test
    void unknownIdsInRelatedAndSupersedesAreReportedAtTheItem() {
        List<Finding> findings = check(TestHandbook.of(
                doc("policies/access.md").id("POL-ACCESS").related("POL-CRYPTO", "POL-ACCES").supersedes("POL-OLD").build(),
                doc("policies/crypto.md").id("POL-CRYPTO").build()));

        assertFindings(findings, at(Rule.UNKNOWN_DOCUMENT, "policies/access.md", 5),
                at(Rule.UNKNOWN_DOCUMENT, "policies/access.md", 7));
        Finding typo = findings.stream().filter(f -> f.line() == 5).findFirst().orElseThrow();
        assertThat(typo.message()).isEqualTo("No document has the id 'POL-ACCES' named in related");
        assertThat(typo.hint()).isEqualTo("Did you mean POL-ACCESS?");
        assertThat(typo.column()).isEqualTo(5);
    }

    @Test
    void existingIdsAreFineWhateverTheirStatus() {
        assertNone(check(TestHandbook.of(
                doc("new.md").id("NEW").related("DRAFT").supersedes("OLD").build(),
                doc("old.md").id("OLD").status(DocumentStatus.RETIRED).build(),
                doc("draft.md").id("DRAFT").status(DocumentStatus.DRAFT).build())));
    }

    @Test
    void theIdOfAFileThatCouldNotBeLoadedOrOfAnInvalidIdIsTakenAndNotReportedAgain() {
        Handbook handbook = TestHandbook.with(
                        doc("policies/access.md").id("POL-ACCESS").related("POL-BROKEN", "POL 1", "POL-BROKE").build(),
                        doc("policies/one.md").build())
                .taken("POL-BROKEN", "policies/broken.md").taken("POL 1", "policies/one.md").build();

        List<Finding> findings = check(handbook);

        assertFindings(findings, at(Rule.UNKNOWN_DOCUMENT, "policies/access.md", 6));
        assertThat(findings.get(0).hint()).isEqualTo("Did you mean POL-BROKEN?");
    }

    @Test
    void aPathWhereAnIdBelongsIsAnsweredWithTheId() {
        List<Finding> findings = check(TestHandbook.of(
                doc("policies/access.md").related("policies/crypto.md", "policies/crypto").build(),
                doc("policies/crypto.md").id("POL-CRYPTO").build()));

        assertFindings(findings, at(Rule.UNKNOWN_DOCUMENT, "policies/access.md", 3),
                at(Rule.UNKNOWN_DOCUMENT, "policies/access.md", 4));
        assertThat(findings.get(0).hint()).isEqualTo("'policies/crypto.md' is a path: use the document's id, POL-CRYPTO.");
        assertThat(findings.get(1).hint()).isEqualTo("'policies/crypto' is a path: use the document's id, POL-CRYPTO.");
    }
}
