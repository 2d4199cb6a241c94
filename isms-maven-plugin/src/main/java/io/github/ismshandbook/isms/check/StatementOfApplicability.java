package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.ControlCoverage;
import io.github.ismshandbook.isms.model.ControlRef;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Exclusion;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Statement of Applicability against the documents (ISO/IEC 27001 clause 6.1.3 d):
 * <ul>
 *   <li>{@code soa-missing-justification}: an exclusion without a reason, at the exclusion;</li>
 *   <li>{@code soa-conflict}: an excluded control that an approved document lists in {@code controls}, reported on
 *       the SoA at the exclusion and naming the referencing documents;</li>
 *   <li>{@code control-uncovered}: an applicable control that no approved document lists.</li>
 * </ul>
 * Only SoA documents that are not retired count, as in {@link ControlCoverage}.
 * <p>
 * A {@code control-uncovered} finding is about the handbook as a whole, but a finding needs a file. It goes on
 * the SoA document (the first by path, at its {@code exclusions} key, or line 1), where the decision to apply a
 * control is recorded; without an SoA it goes on line 1 of the first document by path; a handbook without
 * documents gets none, since there is nothing yet to map.
 */
public final class StatementOfApplicability implements Check {

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        ControlCoverage coverage = ControlCoverage.of(handbook);
        List<Document> soas = handbook.documents().stream()
                .filter(d -> d.frontMatter().type() == DocumentType.SOA && d.frontMatter().status() != DocumentStatus.RETIRED)
                .toList();
        List<Finding> findings = new ArrayList<>();
        for (Document soa : soas) {
            for (Exclusion e : soa.frontMatter().exclusions()) {
                if (e.justification() == null || e.justification().isBlank()) {
                    findings.add(Findings.at(Rule.SOA_MISSING_JUSTIFICATION, soa, e.position(),
                            "Control " + label(handbook.catalog(), e.control()) + " is excluded without a justification",
                            "Give the reason it does not apply: " + e.control().trim()
                                    + ": \"<why the control is not needed>\" (ISO/IEC 27001 clause 6.1.3 d)."));
                }
                List<Document> referencing = coverage.implementing(ControlRef.parse(e.control()).id());
                if (!referencing.isEmpty()) {
                    findings.add(Findings.at(Rule.SOA_CONFLICT, soa, e.position(),
                            "Control " + label(handbook.catalog(), e.control()) + " is excluded but listed in 'controls' of "
                                    + referencing.stream().map(Document::path).collect(Collectors.joining(", ")),
                            "Either make the control applicable or remove it from those documents."));
                }
            }
        }
        host(handbook, soas).ifPresent(host -> uncovered(handbook, coverage, host, findings));
        return findings;
    }

    private static void uncovered(Handbook handbook, ControlCoverage coverage, Document host, List<Finding> findings) {
        Position at = host.frontMatter().type() == DocumentType.SOA
                ? host.frontMatter().positionOf("exclusions") : Position.START;
        for (Control c : handbook.catalog().controls()) {
            if (coverage.isApplicable(c.id()) && !coverage.isCovered(c.id())) {
                findings.add(Findings.at(Rule.CONTROL_UNCOVERED, host, at,
                        "Applicable control " + ReferenceHints.describe(c) + " is not listed by any approved document",
                        "Add " + c.label() + " to 'controls' of the document that implements it, "
                                + "or exclude it in the Statement of Applicability with a justification."));
            }
        }
    }

    private static Optional<Document> host(Handbook handbook, List<Document> soas) {
        return soas.stream().findFirst().or(() -> handbook.documents().stream().findFirst());
    }

    private static String label(Catalog catalog, String ref) {
        return catalog.control(ref).map(ReferenceHints::describe).orElse(ref.trim());
    }
}
