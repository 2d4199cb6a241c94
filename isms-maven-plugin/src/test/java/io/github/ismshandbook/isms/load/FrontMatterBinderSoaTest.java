package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Exclusion;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.ImplementationStatus;
import io.github.ismshandbook.isms.model.Inclusion;
import io.github.ismshandbook.isms.model.Position;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binding the Statement of Applicability's keys, {@code exclusions} and {@code inclusions} (README, "Statement of
 * Applicability and mandatory documents"): each finding for the case it must catch and the near miss it must not.
 */
class FrontMatterBinderSoaTest extends FrontMatterBinding {

    // --- exclusions

    @Test
    void exclusionsBindInTheSoaWithPositionsAndEmptyJustifications() {
        FrontMatter fm = bind(REQUIRED + "type: soa\nexclusions:\n  A.7.4: No premises of our own\n  A.8.30:\n"
                + "  '7.5': ''\n");

        assertThat(folder.findings()).isEmpty();
        assertThat(fm.exclusions()).containsExactly(
                new Exclusion("A.7.4", "No premises of our own", new Position(9, 3)),
                new Exclusion("A.8.30", null, new Position(10, 3)),
                new Exclusion("7.5", null, new Position(11, 3)));
    }

    @Test
    void exclusionsOutsideTheSoaAreInvalidAtTheKey() {
        FrontMatter fm = bind(REQUIRED + "exclusions:\n  A.7.4: n/a\n");

        assertThat(folder.findings()).containsExactly("invalid-value a.md:7:1 exclusions are only allowed in the "
                + "Statement of Applicability (type: soa), not in a policy");
        assertThat(fm.exclusions()).isEmpty();
    }

    @Test
    void exclusionsThatAreNotAMappingAreInvalid() {
        assertThat(findingsFor(REQUIRED + "type: soa\nexclusions: [A.7.4]\nsupersedes: []\n")).containsExactly(
                "invalid-value a.md:8:13 exclusions must map each excluded control to its justification, not a list");
    }

    @Test
    void listJustificationIsInvalidAndTheEntryDropped() {
        FrontMatter fm = bind(REQUIRED + "type: soa\nexclusions:\n  A.7.4: [a, b]\n  A.7.5: fine\n");

        assertThat(folder.findings()).containsExactly(
                "invalid-value a.md:9:10 the justification of A.7.4 must be a single value, not a list");
        assertThat(fm.exclusions()).extracting(Exclusion::control).containsExactly("A.7.5");
    }

    // --- inclusions

    @Test
    void inclusionsBindInTheSoaAsAJustificationOrWithAStatus() {
        FrontMatter fm = bind(REQUIRED + "type: soa\ninclusions:\n  A.5.15: Required by customer contracts\n"
                + "  A.8.5: {justification: MFA everywhere, status: partial}\n  '8.7':\n    status: not-implemented\n"
                + "  A.8.8:\n");

        assertThat(folder.findings()).isEmpty();
        assertThat(fm.inclusions()).containsExactly(
                new Inclusion("A.5.15", "Required by customer contracts", null, new Position(9, 3)),
                new Inclusion("A.8.5", "MFA everywhere", ImplementationStatus.PARTIAL, new Position(10, 3)),
                new Inclusion("8.7", null, ImplementationStatus.NOT_IMPLEMENTED, new Position(11, 3)),
                new Inclusion("A.8.8", null, null, new Position(13, 3)));
    }

    @Test
    void aStatusOutsideItsSetIsInvalidWithADidYouMeanAndReadAsTheStatusItProbablyMeans() {
        FrontMatter fm = bind(REQUIRED + "type: soa\ninclusions:\n  A.5.15: {justification: Contracts, status: implmented}\n"
                + "  A.5.16: {status: done}\n");

        assertThat(folder.findings()).containsExactly(
                "invalid-value a.md:9:46 the status of A.5.15 'implmented' is not one of implemented, partial, planned, "
                        + "not-implemented",
                "invalid-value a.md:10:20 the status of A.5.16 'done' is not one of implemented, partial, planned, "
                        + "not-implemented");
        assertThat(folder.load().findings().get(0).hint())
                .isEqualTo("Did you mean 'implemented'? Until it is corrected, it is read as 'implemented'.");
        assertThat(folder.load().findings().get(1).hint())
                .isEqualTo("Use one of: implemented, partial, planned, not-implemented.");
        assertThat(fm.inclusions()).containsExactly(
                new Inclusion("A.5.15", "Contracts", ImplementationStatus.IMPLEMENTED, new Position(9, 3)),
                new Inclusion("A.5.16", null, null, new Position(10, 3)));
    }

    @Test
    void anUnknownKeyOfAnInclusionIsUnknownWithADidYouMean() {
        FrontMatter fm = bind(REQUIRED + "type: soa\ninclusions:\n  A.5.15:\n    justfication: Contracts\n"
                + "    status: planned\n");

        assertThat(folder.findings()).containsExactly("unknown-field a.md:10:5 unknown key 'justfication'");
        assertThat(folder.load().findings().get(0).hint()).isEqualTo("did you mean 'justification'?");
        assertThat(fm.inclusions()).containsExactly(
                new Inclusion("A.5.15", null, ImplementationStatus.PLANNED, new Position(9, 3)));
    }

    @Test
    void inclusionsOutsideTheSoaAreInvalidAtTheKey() {
        FrontMatter fm = bind(REQUIRED + "type: procedure\ninclusions:\n  A.5.15: Contracts\n");

        assertThat(folder.findings()).containsExactly("invalid-value a.md:8:1 inclusions are only allowed in the "
                + "Statement of Applicability (type: soa), not in a procedure");
        assertThat(fm.inclusions()).isEmpty();
    }

    @Test
    void inclusionsThatAreNotAMappingOrAListEntryAreInvalid() {
        assertThat(findingsFor(REQUIRED + "type: soa\ninclusions: [A.5.15]\n")).containsExactly(
                "invalid-value a.md:8:13 inclusions must map each included control to its justification and "
                        + "implementation status, not a list");
        FrontMatter fm = bind(REQUIRED + "type: soa\ninclusions:\n  A.5.15: [a, b]\n  A.5.16: fine\n");
        assertThat(folder.findings()).containsExactly("invalid-value a.md:9:11 the inclusion of A.5.15 must be a "
                + "justification or a mapping with justification and status, not a list");
        assertThat(fm.inclusions()).extracting(Inclusion::control).containsExactly("A.5.16");
    }
}
