package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.ImplementationStatus;
import io.github.ismshandbook.isms.model.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.ismshandbook.isms.check.FindingAssert.assertFindings;
import static io.github.ismshandbook.isms.check.FindingAssert.assertNone;
import static io.github.ismshandbook.isms.check.FindingAssert.at;
import static io.github.ismshandbook.isms.check.FindingAssert.single;
import static io.github.ismshandbook.isms.check.TestHandbook.config;
import static io.github.ismshandbook.isms.check.TestHandbook.doc;
import static org.assertj.core.api.Assertions.assertThat;

class ControlReferencesTest {

    private static List<Finding> check(Handbook handbook) {
        return new ControlReferences().check(handbook, config());
    }

    @Test
    void prefixedAndBareControlRefsAreBothValid() {
        assertNone(check(TestHandbook.of(doc("p.md").controls("A.5.15", "5.15", "8.34", "A.7.4").build())));
    }

    @Test
    void aControlThatDoesNotExistIsUnknownAtTheItemWithTheClosestControlsAsHint() {
        Finding f = single(check(TestHandbook.of(doc("p.md").controls("A.5.15", "5.38").build())));

        assertThat(f).extracting(Finding::rule, Finding::line, Finding::column).containsExactly(Rule.UNKNOWN_CONTROL, 4, 5);
        assertThat(f.message()).isEqualTo("Control '5.38' is not a control of ISO/IEC 27001:2022");
        assertThat(f.hint()).startsWith("Did you mean A.5.37 Documented operating procedures");
    }

    @Test
    void aTranspositionIsSuggested() {
        assertThat(single(check(TestHandbook.of(doc("p.md").controls("A.5.51").build()))).hint())
                .contains("A.5.15 Access control");
    }

    @Test
    void twentyThirteenNumberingIsLegacyWithTheEquivalentsAsHint() {
        Finding f = single(check(TestHandbook.of(doc("p.md").controls("A.9.2.1").build())));

        assertThat(f).extracting(Finding::rule, Finding::line).containsExactly(Rule.LEGACY_CONTROL, 3);
        assertThat(f.message()).isEqualTo("Control 'A.9.2.1' uses ISO/IEC 27001:2013 numbering");
        assertThat(f.hint()).isEqualTo("Its ISO/IEC 27001:2022 equivalent is A.5.16 Identity management.");
    }

    @Test
    void lowerCaseAndBlanksAroundAreTheSameReference() {
        List<Finding> findings = check(TestHandbook.of(doc("p.md").controls("a.5.15", " 5.15 ", "a.9.2.1").build()));

        Finding f = single(findings);
        assertThat(f).extracting(Finding::rule, Finding::line).containsExactly(Rule.LEGACY_CONTROL, 5);
        assertThat(f.hint()).isEqualTo("Its ISO/IEC 27001:2022 equivalent is A.5.16 Identity management.");
    }

    @Test
    void aControlWrittenWithItsTitleIsToldToDropIt() {
        Finding f = single(check(TestHandbook.of(doc("p.md").controls("A.5.15 Access control").build())));

        assertThat(f.rule()).isEqualTo(Rule.UNKNOWN_CONTROL);
        assertThat(f.hint()).isEqualTo("Write the reference alone, 'A.5.15': the title comes from the catalog.");
    }

    @Test
    void aRangeOfControlsIsToldToListThem() {
        List<Finding> findings = check(TestHandbook.of(doc("p.md").controls("A.5.24-26", "5.19 – 5.21", "A.5.36-38")
                .build()));

        assertThat(findings).extracting(Finding::hint).containsExactly(
                "List each control of the range: A.5.24, A.5.25, A.5.26.",
                "List each control of the range: A.5.19, A.5.20, A.5.21.",
                "Use a control of ISO/IEC 27001:2022, such as A.5.15.");
    }

    @Test
    void anExclusionKeyInAnyCaseNamesItsControl() {
        assertNone(check(TestHandbook.of(doc("soa.md").type(DocumentType.SOA).exclusion("a.7.4", "No premises")
                .exclusion(" 7.5 ", "No premises").build())));
        assertThat(single(check(TestHandbook.of(doc("soa.md").type(DocumentType.SOA)
                .exclusion("a.11.1.1", "old").build()))).rule()).isEqualTo(Rule.LEGACY_CONTROL);
    }

    @Test
    void aLegacyControlWithSeveralEquivalentsListsThemAll() {
        Finding f = single(check(TestHandbook.of(doc("p.md").controls("A.18.2.3").build())));

        assertThat(f.hint()).contains("A.5.36 Compliance with policies, rules and standards for information security")
                .contains("A.8.8 Management of technical vulnerabilities");
    }

    @Test
    void legacyNumberingWithoutPrefixIsRecognisedAndAClauseLookAlikeIsPointedOut() {
        Finding f = single(check(TestHandbook.of(doc("p.md").controls("6.1.2").build())));

        assertThat(f.rule()).isEqualTo(Rule.LEGACY_CONTROL);
        assertThat(f.hint()).contains("A.5.3 Segregation of duties")
                .contains("clause 6.1.2 Information security risk assessment");
    }

    @Test
    void clausesMustBeInTheCatalog() {
        List<Finding> findings = check(TestHandbook.of(doc("p.md").clauses("4", "6.1.2", "10.2", "6.1.4", "11").build()));

        assertFindings(findings, at(Rule.UNKNOWN_CLAUSE, "p.md", 6), at(Rule.UNKNOWN_CLAUSE, "p.md", 7));
        assertThat(findings.get(0).message()).isEqualTo("Clause '6.1.4' is not a clause of ISO/IEC 27001:2022");
        assertThat(findings.get(0).hint()).contains("6.1.3 Information security risk treatment");
    }

    @Test
    void anAnnexAControlUnderClausesIsUnknownWithAHintToMoveIt() {
        Finding f = single(check(TestHandbook.of(doc("p.md").clauses("A.5.15").build())));

        assertThat(f.rule()).isEqualTo(Rule.UNKNOWN_CLAUSE);
        assertThat(f.hint()).contains("list it under 'controls'");
    }

    @Test
    void excludedControlsOfTheSoaAreCheckedAtTheExclusion() {
        Handbook handbook = TestHandbook.of(doc("soa.md").type(DocumentType.SOA)
                .exclusion("A.7.4", "No premises of our own.")
                .exclusion("A.11.1.1", "Legacy numbering.")
                .exclusion("A.7.15", "Does not exist.")
                .build());

        assertFindings(check(handbook), at(Rule.LEGACY_CONTROL, "soa.md", 5), at(Rule.UNKNOWN_CONTROL, "soa.md", 6));
    }

    @Test
    void includedControlsOfTheSoaAreCheckedAtTheInclusion() {
        Handbook handbook = TestHandbook.of(doc("soa.md").type(DocumentType.SOA)
                .inclusion("A.5.15", "Required by customer contracts.", ImplementationStatus.IMPLEMENTED)
                .inclusion("A.9.2.1", "Legacy numbering.", null)
                .inclusion("A.5.38", null, ImplementationStatus.PLANNED)
                .inclusion("8.34", null, null)
                .build());

        List<Finding> findings = check(handbook);

        assertFindings(findings, at(Rule.LEGACY_CONTROL, "soa.md", 5), at(Rule.UNKNOWN_CONTROL, "soa.md", 6));
        assertThat(findings.get(0).hint()).isEqualTo("Its ISO/IEC 27001:2022 equivalent is A.5.16 Identity management.");
        assertThat(findings.get(1).hint()).contains("A.5.37");
    }
}
