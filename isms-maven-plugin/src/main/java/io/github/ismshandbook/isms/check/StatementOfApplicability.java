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
import io.github.ismshandbook.isms.model.Inclusion;
import io.github.ismshandbook.isms.model.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Statement of Applicability against the documents (ISO/IEC 27001 clause 6.1.3 d):
 * <ul>
 *   <li>{@code soa-missing-justification}: an exclusion without a reason, at the exclusion;</li>
 *   <li>{@code soa-conflict}: an excluded control that an approved document lists in {@code controls}, reported on
 *       the SoA at the exclusion and naming the referencing documents; and a control both included and excluded,
 *       reported at the inclusion;</li>
 *   <li>{@code control-uncovered}: an applicable control that no approved document lists.</li>
 * </ul>
 * Only SoA documents that are not retired count, as in {@link ControlCoverage}.
 * <p>
 * A {@code control-uncovered} finding is about the handbook as a whole: it goes on the SoA document, where the
 * decision to apply a control is recorded, or has no file when there is none ({@link Findings#onHandbook}). A
 * handbook without documents gets none, since there is nothing yet to map.
 */
public final class StatementOfApplicability implements Check {

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        ControlCoverage coverage = ControlCoverage.of(handbook);
        List<Document> soas = documents(handbook);
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
            for (Inclusion i : soa.frontMatter().inclusions()) {
                String id = ControlRef.parse(i.control()).id();
                coverage.excludedBy(id).ifPresent(excluding -> findings.add(Findings.at(Rule.SOA_CONFLICT, soa,
                        i.position(), "Control " + label(handbook.catalog(), i.control()) + " is both included and "
                                + "excluded (line " + coverage.exclusion(id).orElseThrow().position().line()
                                + (excluding == soa ? "" : " of " + excluding.path()) + ")",
                        "Keep the control under either 'inclusions' or 'exclusions', not both.")));
            }
        }
        if (!handbook.documents().isEmpty()) {
            uncovered(handbook, coverage, findings);
        }
        return findings;
    }

    /** The Statement of Applicability documents that count (not retired), by path. */
    static List<Document> documents(Handbook handbook) {
        return handbook.documents().stream()
                .filter(d -> d.frontMatter().type() == DocumentType.SOA && d.frontMatter().status() != DocumentStatus.RETIRED)
                .toList();
    }

    private static void uncovered(Handbook handbook, ControlCoverage coverage, List<Finding> findings) {
        for (Control c : handbook.catalog().controls()) {
            if (coverage.isApplicable(c.id()) && !coverage.isCovered(c.id())) {
                findings.add(Findings.onHandbook(Rule.CONTROL_UNCOVERED, handbook,
                        "Applicable control " + ReferenceHints.describe(c) + " is not listed by any approved document",
                        "Add " + c.label() + " to 'controls' of the document that implements it, "
                                + "or exclude it in the Statement of Applicability with a justification."));
            }
        }
    }

    private static String label(Catalog catalog, String ref) {
        return catalog.control(ref).map(ReferenceHints::describe).orElse(ref.trim());
    }
}
