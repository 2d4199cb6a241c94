package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Clause;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.ControlRef;
import io.github.ismshandbook.isms.model.DidYouMean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Messages and hints about control and clause references, shared by the front-matter checks and the
 * wiki-link checks so that {@code controls: [A.9.2.1]} and {@code [[a.9.2.1]]} are answered alike.
 */
final class ReferenceHints {

    private static final int SUGGESTIONS = 3;
    /** {@code A.5.15 Access control}: a reference written with its title. */
    private static final Pattern WITH_TITLE = Pattern.compile("((?:[Aa]\\.)?\\d+(?:\\.\\d+)+)\\s+\\S.*");
    /** {@code A.5.24-26}, {@code 5.19–5.21}: a range of controls where a list belongs. */
    private static final Pattern RANGE = Pattern.compile(
            "(?:[Aa]\\.)?(\\d+)\\.(\\d+)\\s*[-\u2013]\\s*(?:(?:[Aa]\\.)?\\1\\.)?(\\d+)");
    private static final int MAX_RANGE = 20;

    private ReferenceHints() {
    }

    /** {@code A.5.15 Access control}. */
    static String describe(Control control) {
        return control.label() + " " + control.title();
    }

    /** {@code 6.1.2 Information security risk assessment}. */
    static String describe(Clause clause) {
        return clause.id() + " " + clause.title();
    }

    static String legacyMessage(String ref) {
        return "Control '" + ref.trim() + "' uses ISO/IEC 27001:2013 numbering";
    }

    /** The legacy hint when {@code ref} is 2013 numbering, else empty. */
    static Optional<String> legacy(Catalog catalog, String written) {
        ControlRef ref = ControlRef.parse(written);
        return catalog.legacyEquivalents(ref).map(eq -> legacyHint(catalog, ref, eq));
    }

    /** The 2022 equivalents of a legacy reference, with their titles. */
    private static String legacyHint(Catalog catalog, ControlRef ref, List<String> equivalents) {
        String list = equivalents.stream()
                .map(id -> catalog.control(id).map(ReferenceHints::describe).orElse(ControlRef.parse(id).label()))
                .collect(Collectors.joining(", "));
        String hint = (equivalents.size() == 1 ? "Its ISO/IEC 27001:2022 equivalent is " : "Its ISO/IEC 27001:2022 equivalents are ")
                + list + ".";
        Optional<Clause> clause = catalog.clause(ref.id());
        if (!ref.prefixed() && clause.isPresent()) {
            hint += " If you meant clause " + describe(clause.get()) + ", list it under 'clauses'.";
        }
        return hint;
    }

    static String unknownControlHint(Catalog catalog, String written) {
        Matcher range = RANGE.matcher(written.strip());
        if (range.matches()) {
            int from = Integer.parseInt(range.group(2));
            int to = Integer.parseInt(range.group(3));
            List<String> each = IntStream.rangeClosed(from, Math.min(to, from + MAX_RANGE))
                    .mapToObj(n -> range.group(1) + "." + n).toList();
            if (to > from && each.stream().allMatch(id -> catalog.control(id).isPresent())) {
                return "List each control of the range: " + each.stream().map(id -> ControlRef.parse(id).label())
                        .collect(Collectors.joining(", ")) + ".";
            }
        }
        Matcher titled = WITH_TITLE.matcher(written.strip());
        if (titled.matches() && catalog.control(titled.group(1)).isPresent()) {
            return "Write the reference alone, '" + titled.group(1) + "': the title comes from the catalog.";
        }
        List<Control> controls = catalog.controls();
        List<String> close = DidYouMean.closest(ControlRef.parse(written).id(), controls.stream().map(Control::id).toList(),
                SUGGESTIONS);
        if (close.isEmpty()) {
            return "Use a control of " + catalog.name() + ", such as A.5.15.";
        }
        return "Did you mean " + close.stream()
                .map(id -> describe(catalog.control(id).orElseThrow()))
                .collect(Collectors.joining(", ")) + "?";
    }

    static String unknownClauseHint(Catalog catalog, String written) {
        ControlRef ref = ControlRef.parse(written);
        if (ref.prefixed() && catalog.control(ref).isPresent()) {
            return "'" + written.trim() + "' is an Annex A control: list it under 'controls'.";
        }
        List<String> close = DidYouMean.closest(written, catalog.clauses().stream().map(Clause::id).toList(), SUGGESTIONS);
        if (close.isEmpty()) {
            return "Use a clause number of clauses 4 to 10, such as 6.1.2.";
        }
        return "Did you mean " + close.stream()
                .map(id -> describe(catalog.clause(id).orElseThrow()))
                .collect(Collectors.joining(", ")) + "?";
    }
}
