package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.ImplementationStatus;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.ismshandbook.isms.check.FindingAssert.assertFindings;
import static io.github.ismshandbook.isms.check.FindingAssert.assertNone;
import static io.github.ismshandbook.isms.check.FindingAssert.at;
import static io.github.ismshandbook.isms.check.FindingAssert.single;
import static io.github.ismshandbook.isms.check.TestHandbook.catalogOf;
import static io.github.ismshandbook.isms.check.TestHandbook.config;
import static io.github.ismshandbook.isms.check.TestHandbook.doc;
import static org.assertj.core.api.Assertions.assertThat;

class StatementOfApplicabilityTest {

    /** Three controls: 5.15 covered by the policy below, 7.4 excluded in the SoA, 8.25 up to each test. */
    private static final Catalog SMALL = catalogOf("5.15", "7.4", "8.25");

    private static List<Finding> check(Document... documents) {
        return check(TestHandbook.with(documents).catalog(SMALL).build());
    }

    private static List<Finding> check(Handbook handbook) {
        return new StatementOfApplicability().check(handbook, config());
    }

    private static TestHandbook.DocumentBuilder soa() {
        return doc("soa.md").id("SOA").type(DocumentType.SOA);
    }

    private static TestHandbook.DocumentBuilder policy(String path, String... controls) {
        return doc(path).controls(controls);
    }

    @Test
    void anExclusionWithJustificationAndNoReferencingDocumentIsFine() {
        assertNone(check(soa().exclusion("A.7.4", "No premises of our own.").build(),
                policy("policies/a.md", "A.5.15", "8.25").build()));
    }

    @Test
    void anExclusionWithoutJustificationIsReportedAtTheExclusion() {
        List<Finding> findings = check(soa().exclusion("A.7.4", null).exclusion("A.8.25", "  ").build(),
                policy("policies/a.md", "A.5.15").build());

        assertFindings(findings, at(Rule.SOA_MISSING_JUSTIFICATION, "soa.md", 5),
                at(Rule.SOA_MISSING_JUSTIFICATION, "soa.md", 6));
        assertThat(findings.get(0).message()).isEqualTo("Control A.7.4 Physical security monitoring is excluded without a justification");
        assertThat(findings.get(0).column()).isEqualTo(3);
    }

    @Test
    void anExcludedControlListedByAnApprovedDocumentIsAConflictOnTheSoa() {
        List<Finding> findings = check(soa().exclusion("7.4", "No premises of our own.").build(),
                policy("policies/a.md", "A.5.15", "8.25").build(),
                policy("policies/physical.md", "A.7.4").build(),
                policy("standards/cctv.md", "7.4").build());

        assertFindings(findings, at(Rule.SOA_CONFLICT, "soa.md", 5));
        assertThat(findings.get(0).message())
                .isEqualTo("Control A.7.4 Physical security monitoring is excluded but listed in 'controls' of "
                        + "policies/physical.md, standards/cctv.md");
    }

    @Test
    void draftsDoNotConflictAndRetiredSoasExcludeNothing() {
        assertNone(check(soa().exclusion("A.7.4", "No premises of our own.").build(),
                policy("policies/a.md", "A.5.15", "8.25").build(),
                policy("policies/physical.md", "A.7.4").status(DocumentStatus.DRAFT).build()));

        List<Finding> retired = check(doc("old-soa.md").type(DocumentType.SOA).status(DocumentStatus.RETIRED)
                        .exclusion("A.7.4", null).build(),
                policy("policies/a.md", "A.5.15", "8.25", "7.4").build());
        assertNone(retired);
    }

    @Test
    void anApplicableControlNoApprovedDocumentListsIsUncoveredOnTheSoaAtItsExclusions() {
        Finding f = single(check(soa().exclusion("A.7.4", "No premises of our own.").build(),
                policy("policies/a.md", "A.5.15").build(),
                policy("policies/draft.md", "A.8.25").status(DocumentStatus.DRAFT).build()));

        assertThat(f).extracting(Finding::rule, Finding::severity, Finding::file, Finding::line)
                .containsExactly(Rule.CONTROL_UNCOVERED, Severity.INFO, "soa.md", 4);
        assertThat(f.message()).isEqualTo("Applicable control A.8.25 Secure development life cycle is not listed by any approved document");
        assertThat(f.document()).isEqualTo("SOA");
    }

    @Test
    void withoutAnSoaEveryControlIsApplicableAndUncoveredOnesAreAboutTheHandbookWithNoFile() {
        List<Finding> findings = check(policy("procedures/z.md", "A.5.15").build(),
                policy("policies/a.md").build());

        assertFindings(findings, at(Rule.CONTROL_UNCOVERED, null, 0), at(Rule.CONTROL_UNCOVERED, null, 0));
        assertThat(findings).allMatch(Finding::isOnHandbook).extracting(Finding::document).containsOnlyNulls();
        assertThat(findings).extracting(Finding::message).allMatch(m -> m.contains("A.7.4") || m.contains("A.8.25"));
    }

    @Test
    void aRetiredSoaDoesNotHostUncoveredControls() {
        assertFindings(check(doc("old-soa.md").type(DocumentType.SOA).status(DocumentStatus.RETIRED).build(),
                        policy("policies/a.md", "A.5.15", "A.7.4").build()),
                at(Rule.CONTROL_UNCOVERED, null, 0));
    }

    @Test
    void anSoaWithoutExclusionsHostsUncoveredControlsOnLineOne() {
        assertFindings(check(soa().build(), policy("policies/a.md", "A.5.15", "A.7.4").build()),
                at(Rule.CONTROL_UNCOVERED, "soa.md", 1));
    }

    @Test
    void anEmptyHandbookHasNoFindings() {
        assertNone(check());
    }

    @Test
    void aControlBothIncludedAndExcludedIsAConflictAtTheInclusion() {
        List<Finding> findings = check(soa().exclusion("A.7.4", "No premises of our own.")
                        .inclusion("7.4", "Needed after all.", ImplementationStatus.PLANNED).build(),
                policy("policies/a.md", "A.5.15", "8.25").build());

        Finding f = single(findings);
        assertThat(f).extracting(Finding::rule, Finding::file, Finding::line, Finding::column)
                .containsExactly(Rule.SOA_CONFLICT, "soa.md", 7, 3);
        assertThat(f.message()).isEqualTo("Control A.7.4 Physical security monitoring is both included and excluded (line 5)");
    }

    @Test
    void anIncludedControlThatNoSoaExcludesIsNoConflict() {
        assertNone(check(soa().exclusion("A.7.4", "No premises of our own.")
                        .inclusion("A.8.25", "We develop software.", ImplementationStatus.PARTIAL).build(),
                policy("policies/a.md", "A.5.15", "8.25").build(),
                doc("old-soa.md").type(DocumentType.SOA).status(DocumentStatus.RETIRED).exclusion("A.8.25", "Old.").build()));
    }

    @Test
    void anInclusionConflictsWithTheExclusionOfAnotherSoaNamingItsFile() {
        Finding f = single(check(soa().inclusion("A.7.4", "Needed.", null).build(),
                doc("soa-annex.md").id("SOA-2").type(DocumentType.SOA).exclusion("A.7.4", "Not needed.").build(),
                policy("policies/a.md", "A.5.15", "8.25").build()));

        assertThat(f).extracting(Finding::rule, Finding::file, Finding::line).containsExactly(Rule.SOA_CONFLICT, "soa.md", 5);
        assertThat(f.message()).endsWith("is both included and excluded (line 5 of soa-annex.md)");
    }
}
