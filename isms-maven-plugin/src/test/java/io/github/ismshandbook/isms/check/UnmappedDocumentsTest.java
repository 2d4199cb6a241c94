package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
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

class UnmappedDocumentsTest {

    private static List<Finding> check(Handbook handbook) {
        return new UnmappedDocuments().check(handbook, config());
    }

    @Test
    void approvedPoliciesStandardsAndProceduresWithoutControlsAreReportedOnLineOne() {
        List<Finding> findings = check(TestHandbook.of(
                doc("policy.md").id("POL").build(),
                doc("standard.md").type(DocumentType.STANDARD).build(),
                doc("procedure.md").type(DocumentType.PROCEDURE).build()));

        assertFindings(findings, at(Rule.UNMAPPED_DOCUMENT, "policy.md", 1), at(Rule.UNMAPPED_DOCUMENT, "standard.md", 1),
                at(Rule.UNMAPPED_DOCUMENT, "procedure.md", 1));
        assertThat(findings.get(0).message()).isEqualTo("Approved policy lists no controls");
        assertThat(findings.get(0).document()).isEqualTo("POL");
    }

    @Test
    void mappedDocumentsOtherTypesAndUnapprovedDocumentsAreFine() {
        assertNone(check(TestHandbook.of(
                doc("mapped.md").controls("A.5.15").build(),
                // written with a value that binds to no control (an invalid one): its invalid-value is the one
                // problem; the loader leaves a key written empty out of keyPositions (see FrontMatterBinderTest)
                doc("written-invalid.md").controls().build(),
                doc("guideline.md").type(DocumentType.GUIDELINE).build(),
                doc("register.md").type(DocumentType.REGISTER).build(),
                doc("soa.md").type(DocumentType.SOA).build(),
                doc("draft.md").status(DocumentStatus.DRAFT).build(),
                doc("review.md").status(DocumentStatus.IN_REVIEW).build(),
                doc("retired.md").status(DocumentStatus.RETIRED).build())));
    }
}
