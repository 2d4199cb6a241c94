package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Exclusion;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Inclusion;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code unknown-control}, {@code legacy-control} and {@code unknown-clause}: every item of {@code controls}
 * and {@code clauses}, and every control excluded or included in a Statement of Applicability, must name an entry of the
 * catalog. {@code A.5.15} and {@code 5.15} are the same control; {@code A.9.2.1} (ISO/IEC 27001:2013) is
 * answered with its 2022 equivalents.
 */
public final class ControlReferences implements Check {

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        Catalog catalog = handbook.catalog();
        List<Finding> findings = new ArrayList<>();
        for (Document d : handbook.documents()) {
            for (Located<String> ref : d.frontMatter().controls()) {
                control(catalog, d, ref.value(), ref.position()).ifPresent(findings::add);
            }
            for (Located<String> ref : d.frontMatter().clauses()) {
                if (ref.value() != null && catalog.clause(ref.value()).isEmpty()) {
                    findings.add(Findings.at(Rule.UNKNOWN_CLAUSE, d, ref.position(),
                            "Clause '" + ref.value().trim() + "' is not a clause of " + catalog.name(),
                            ReferenceHints.unknownClauseHint(catalog, ref.value())));
                }
            }
            for (Exclusion e : d.frontMatter().exclusions()) {
                control(catalog, d, e.control(), e.position()).ifPresent(findings::add);
            }
            for (Inclusion i : d.frontMatter().inclusions()) {
                control(catalog, d, i.control(), i.position()).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> control(Catalog catalog, Document d, String ref, Position position) {
        if (ref == null || catalog.control(ref).isPresent()) {
            return Optional.empty();
        }
        Optional<String> legacy = ReferenceHints.legacy(catalog, ref);
        if (legacy.isPresent()) {
            return Optional.of(Findings.at(Rule.LEGACY_CONTROL, d, position, ReferenceHints.legacyMessage(ref),
                    legacy.get()));
        }
        return Optional.of(Findings.at(Rule.UNKNOWN_CONTROL, d, position,
                "Control '" + ref.trim() + "' is not a control of " + catalog.name(),
                ReferenceHints.unknownControlHint(catalog, ref)));
    }
}
