package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.ControlCoverage;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Inclusion;
import io.github.ismshandbook.isms.model.MandatoryCoverage;
import io.github.ismshandbook.isms.model.MandatoryItem;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code mandatory-missing}: an item of the catalog's mandatory documented information (ISO/IEC 27001 clause 7.5.1 b
 * and the clauses that ask for documented information) that no approved document addresses; an item of an Annex A
 * control only while the Statement of Applicability leaves the control applicable (see {@link MandatoryCoverage}).
 * <p>
 * The finding is about the handbook as a whole. It goes on the SoA document (the first that is not retired, by path),
 * at the inclusion of the item's control when there is one, else on line 1; without an SoA it is a finding without a
 * file. A handbook without documents gets none: there is nothing yet to check.
 */
public final class MandatoryDocumentation implements Check {

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        if (handbook.documents().isEmpty()) {
            return List.of();
        }
        ControlCoverage controls = ControlCoverage.of(handbook);
        Optional<Document> soa = StatementOfApplicability.documents(handbook).stream().findFirst();
        List<Finding> findings = new ArrayList<>();
        for (MandatoryCoverage.Entry e : MandatoryCoverage.of(handbook, controls).entries()) {
            if (e.state() != MandatoryCoverage.State.MISSING) {
                continue;
            }
            MandatoryItem item = e.item();
            String message = "Mandatory " + item.kind().key() + " " + item.id() + " " + item.title()
                    + " is not addressed by any approved document";
            String hint = hint(handbook.catalog(), item);
            if (soa.isPresent()) {
                Position at = e.control() == null ? Position.START : controls.inclusion(e.control().id())
                        .map(Inclusion::position).orElse(Position.START);
                findings.add(Findings.at(Rule.MANDATORY_MISSING, soa.get(), at, message, hint));
            } else {
                findings.add(Finding.onHandbook(Rule.MANDATORY_MISSING, message, hint));
            }
        }
        return findings;
    }

    /** What would address the item, from its references. */
    private static String hint(Catalog catalog, MandatoryItem item) {
        List<String> clauses = new ArrayList<>();
        List<String> controls = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String ref : item.addressedBy()) {
            if (ref.startsWith(MandatoryItem.TYPE_PREFIX)) {
                types.add("set 'type: " + ref.substring(MandatoryItem.TYPE_PREFIX.length()) + "'");
            } else if (MandatoryCoverage.namesControl(catalog, ref)) {
                controls.add(catalog.control(ref).map(Control::label).orElse(ref));
            } else {
                clauses.add(ref);
            }
        }
        List<String> ways = new ArrayList<>();
        if (!clauses.isEmpty()) {
            ways.add("list " + anyOf(clauses) + " under 'clauses'");
        }
        if (!controls.isEmpty()) {
            ways.add("list " + anyOf(controls) + " under 'controls'");
        }
        ways.addAll(types);
        String holder = item.kind() == MandatoryItem.Kind.DOCUMENT ? "holds it" : "says how the records are kept";
        return "In the approved document that " + holder + ", " + String.join(", or ", ways)
                + ". If it is kept outside the handbook, set the rule " + Rule.MANDATORY_MISSING.id()
                + " to info or off in 'rules'.";
    }

    /** {@code 9.2}, or {@code 9.2, 9.2.1 or 9.2.2}. */
    private static String anyOf(List<String> refs) {
        return refs.size() == 1 ? refs.get(0)
                : String.join(", ", refs.subList(0, refs.size() - 1)) + " or " + refs.get(refs.size() - 1);
    }
}
