package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.github.ismshandbook.isms.check.FindingAssert.assertFindings;
import static io.github.ismshandbook.isms.check.FindingAssert.assertNone;
import static io.github.ismshandbook.isms.check.FindingAssert.at;
import static io.github.ismshandbook.isms.check.FindingAssert.single;
import static io.github.ismshandbook.isms.check.TestHandbook.config;
import static io.github.ismshandbook.isms.check.TestHandbook.doc;
import static io.github.ismshandbook.isms.model.ImplementationStatus.IMPLEMENTED;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mandatory-missing} against the built-in list of mandatory documented information (25 items). */
class MandatoryDocumentationTest {

    /** Clause refs that address every clause item but 6.1.3 d (the SoA) between them. */
    private static final String[] CLAUSES = {"4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "8.1", "8.2", "8.3", "9.1",
            "9.2", "9.3", "10.2"};
    /** Control refs that address every Annex A item. */
    private static final String[] CONTROLS = {"A.5.2", "A.5.9", "A.5.10", "A.5.26", "A.5.31", "A.5.37", "A.6.6", "A.8.9",
            "A.8.15", "A.8.27"};

    private static List<Finding> check(Document... documents) {
        return new MandatoryDocumentation().check(TestHandbook.of(documents), config());
    }

    private static TestHandbook.DocumentBuilder soa() {
        return doc("soa.md").id("SOA").type(DocumentType.SOA);
    }

    /** An approved policy with the given clauses and controls. */
    private static Document policy(String path, String[] clauses, String... controls) {
        return doc(path).clauses(clauses).controls(controls).build();
    }

    private static String[] without(String[] refs, String... left) {
        List<String> list = new ArrayList<>(Arrays.asList(refs));
        list.removeAll(List.of(left));
        return list.toArray(String[]::new);
    }

    @Test
    void aHandbookThatAddressesEveryItemHasNoFinding() {
        assertNone(check(soa().build(), policy("policies/isms.md", CLAUSES, CONTROLS)));
    }

    @Test
    void anItemNoApprovedDocumentAddressesIsAWarningOnLineOneOfTheSoa() {
        Finding f = single(check(soa().build(), policy("policies/isms.md", without(CLAUSES, "4.3"), CONTROLS)));

        assertThat(f).extracting(Finding::rule, Finding::severity, Finding::file, Finding::line, Finding::document)
                .containsExactly(Rule.MANDATORY_MISSING, Severity.WARNING, "soa.md", 1, "SOA");
        assertThat(f.message()).isEqualTo(
                "Mandatory document 4.3 Scope of the information security management system is not addressed by any approved document");
        assertThat(f.hint()).isEqualTo("In the approved document that holds it, list 4.3 under 'clauses'. If it is kept "
                + "outside the handbook, set the rule mandatory-missing to info or off in 'rules'.");
    }

    @Test
    void aDraftOrRetiredDocumentDoesNotAddressAnItem() {
        Finding f = single(check(soa().build(), policy("policies/isms.md", without(CLAUSES, "10.2"), CONTROLS),
                doc("procedures/draft.md").clauses("10.2").status(DocumentStatus.DRAFT).build(),
                doc("procedures/old.md").clauses("10.2").status(DocumentStatus.RETIRED).build()));

        assertThat(f.message()).startsWith("Mandatory record 10.2 Nonconformities and the results of corrective actions");
        assertThat(f.hint()).startsWith("In the approved document that says how the records are kept, list 10.2 under 'clauses'.");
    }

    @Test
    void anyOfAnItemsReferencesAddressesIt() {
        // 9.2.2 by 9.2.1, 9.3.3 by 9.3.2, A.5.26 by A.5.24 written without its prefix
        assertNone(check(soa().build(), policy("policies/isms.md", without(CLAUSES, "9.2", "9.3"), without(CONTROLS, "A.5.26")),
                doc("procedures/audit.md").clauses("9.2.1", "9.3.2").controls("5.24").build()));
        Finding f = single(check(soa().build(), policy("policies/isms.md", without(CLAUSES, "9.2"), CONTROLS)));
        assertThat(f.hint()).startsWith("In the approved document that says how the records are kept, list 9.2, 9.2.1 or "
                + "9.2.2 under 'clauses'.");
    }

    @Test
    void aClauseAddressesOnlyClauseItemsAndAControlOnlyControlItems() {
        String[] clauses = without(CLAUSES, "5.2");
        String[] controls = without(CONTROLS, "A.5.2");
        assertNone(check(soa().build(), policy("policies/isms.md", clauses, controls),
                doc("policies/policy.md").clauses("5.2").build(),
                doc("policies/roles.md").controls("5.2").build())); // control A.5.2, written without its prefix

        List<Finding> findings = check(soa().build(), policy("policies/isms.md", clauses, controls),
                doc("policies/mixed.md").clauses("A.5.2").build()); // a control under clauses: neither

        assertThat(findings).extracting(Finding::message).containsExactly(
                "Mandatory document 5.2 Information security policy is not addressed by any approved document",
                "Mandatory document A.5.2 Information security roles and responsibilities is not addressed by any approved document");
    }

    @Test
    void theSoaItselfIsAddressedOnlyByAnApprovedSoa() {
        Finding f = single(check(soa().status(DocumentStatus.DRAFT).build(), policy("policies/isms.md", CLAUSES, CONTROLS)));

        assertThat(f).extracting(Finding::file, Finding::line).containsExactly("soa.md", 1);
        assertThat(f.message()).startsWith("Mandatory document 6.1.3 d Statement of Applicability");
        assertThat(f.hint()).startsWith("In the approved document that holds it, set 'type: soa'.");
    }

    @Test
    void withoutAnSoaTheFindingsHaveNoFile() {
        List<Finding> findings = check(policy("policies/isms.md", without(CLAUSES, "4.3"), CONTROLS));

        assertThat(findings).extracting(Finding::message).containsExactly(
                "Mandatory document 4.3 Scope of the information security management system is not addressed by any approved document",
                "Mandatory document 6.1.3 d Statement of Applicability is not addressed by any approved document");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.isOnHandbook()).isTrue();
            assertThat(f.file()).isNull();
            assertThat(f.document()).isNull();
        });
    }

    @Test
    void anItemOfAnExcludedControlDoesNotApply() {
        assertNone(check(soa().exclusion("A.8.9", "No systems of our own to configure.").build(),
                policy("policies/isms.md", CLAUSES, without(CONTROLS, "A.8.9"))));
    }

    @Test
    void aRetiredSoaExcludesNothingSoTheItemStillApplies() {
        Finding f = single(check(soa().build(),
                doc("old-soa.md").type(DocumentType.SOA).status(DocumentStatus.RETIRED).exclusion("A.8.9", "Old.").build(),
                policy("policies/isms.md", CLAUSES, without(CONTROLS, "A.8.9"))));

        assertThat(f).extracting(Finding::file, Finding::line).containsExactly("soa.md", 1);
        assertThat(f.message()).startsWith("Mandatory document A.8.9 Security configurations");
        assertThat(f.hint()).startsWith("In the approved document that holds it, list A.8.9 under 'controls'.");
    }

    @Test
    void anItemOfAnIncludedControlIsReportedAtTheInclusion() {
        List<Finding> findings = check(soa().inclusion("A.5.15", "Contracts.", IMPLEMENTED)
                        .inclusion("A.8.9", "Hardened images.", IMPLEMENTED).build(),
                policy("policies/isms.md", CLAUSES, without(CONTROLS, "A.8.9")));

        assertFindings(findings, at(Rule.MANDATORY_MISSING, "soa.md", 6));
        assertThat(findings.get(0).column()).isEqualTo(3);
    }

    @Test
    void aHandbookWithoutDocumentsHasNoFinding() {
        assertNone(check());
    }
}
