package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.GitFacts;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.LastChange;
import io.github.ismshandbook.isms.model.Rule;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.ismshandbook.isms.check.TestHandbook.TODAY;
import static io.github.ismshandbook.isms.check.TestHandbook.config;
import static io.github.ismshandbook.isms.check.TestHandbook.doc;
import static org.assertj.core.api.Assertions.assertThat;

class HandbookCheckerTest {

    /**
     * Rules reported while loading, and {@code version-unchanged}, which the pipeline checks against the published
     * version; every other rule belongs to a check.
     */
    private static final Set<Rule> LOADER_RULES = EnumSet.of(Rule.FRONT_MATTER_MISSING, Rule.YAML_SYNTAX,
            Rule.REQUIRED_FIELD, Rule.INVALID_VALUE, Rule.UNKNOWN_FIELD, Rule.VERSION_UNCHANGED);

    @Test
    void registersEachCheckOnce() {
        assertThat(HandbookChecker.CHECKS).extracting(c -> c.getClass().getSimpleName()).containsExactly(
                "DuplicateIds", "ReviewChecks", "ControlReferences", "DocumentReferences", "LinkChecks",
                "UnmappedDocuments", "StatementOfApplicability", "MandatoryDocumentation", "ContentSafety",
                "OutputCollisions", "ApprovalChecks", "RevisionHistory", "ShallowHistory");
    }

    @Test
    void aHandbookWithEveryProblemGetsEveryCheckRule() {
        Handbook handbook = TestHandbook.with(
                doc("policies/a.md").id("DUP").reviewDate(TODAY.minusDays(1))
                        .controls("A.5.99", "A.9.2.1").clauses("11.1").related("NOPE", "OLD", "DRAFT")
                        .link("missing.md", 30).link("b.md#nowhere", 31).html("<script>x()</script>", 32).build(),
                doc("policies/b.md").id("DUP").reviewDate(TODAY.plusDays(3)).build(),
                doc("policies/old.md").id("OLD").status(DocumentStatus.RETIRED).build(),
                doc("policies/draft.md").id("DRAFT").status(DocumentStatus.DRAFT).build(),
                doc("soa.md").id("SOA").type(DocumentType.SOA).exclusion("A.5.99", null).exclusion("A.7.4", "n/a").build(),
                doc("policies/c.md").controls("A.7.4").approved("CISO", TODAY.minusDays(9))
                        .history("0.9", TODAY.plusDays(1)).build())
                .git(new GitFacts(Map.of("policies/c.md", LastChange.uncommitted(TODAY)), true))
                .build();

        List<Finding> findings = new HandbookChecker(config()).check(handbook);

        Set<Rule> reported = findings.stream().map(Finding::rule).collect(Collectors.toSet());
        assertThat(reported).isEqualTo(EnumSet.complementOf(EnumSet.copyOf(LOADER_RULES)));
    }

    @Test
    void aCleanHandbookHasNoFindings() {
        Handbook handbook = TestHandbook.with(
                        doc("policies/a.md").id("POL-A").approved("CISO", TODAY).history("1.0", TODAY).controls("A.5.15").clauses("5.2").related("PRO-B")
                                .heading("Scope", 20).link("../procedures/b.md#purpose", 21).wiki("A.5.15", 22)
                                .html("<details><summary>More</summary>", 23).build(),
                        doc("procedures/b.md").id("PRO-B").type(DocumentType.PROCEDURE).approved("CISO", TODAY)
                                .controls("5.15")
                                .heading("Purpose", 20).link("../policies/a.md#scope", 21).build())
                .catalog(TestHandbook.catalogOf("5.15"))
                .git(new GitFacts(Map.of("policies/a.md", LastChange.uncommitted(TODAY)), false))
                .build();

        assertThat(new HandbookChecker(config()).check(handbook)).isEmpty();
    }
}
