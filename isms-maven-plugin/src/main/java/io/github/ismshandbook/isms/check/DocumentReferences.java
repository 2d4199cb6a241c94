package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.DidYouMean;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code unknown-document}: every id in {@code related} and {@code supersedes} must be the id of a document. The id
 * written in a file that could not be loaded, or in a document whose id is invalid, counts: that file has its finding.
 */
public final class DocumentReferences implements Check {

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        List<String> ids = knownIds(handbook);
        List<Finding> findings = new ArrayList<>();
        for (Document d : handbook.documents()) {
            check(handbook, ids, d, "related", d.frontMatter().related(), findings);
            check(handbook, ids, d, "supersedes", d.frontMatter().supersedes(), findings);
        }
        return findings;
    }

    private static void check(Handbook handbook, List<String> ids, Document d, String key,
                              List<Located<String>> refs, List<Finding> findings) {
        for (Located<String> ref : refs) {
            if (ref.value() == null || handbook.byId(ref.value().trim()).isPresent()
                    || handbook.takenBy(ref.value().trim()).isPresent()) {
                continue; // the id of a document, or of a file that has its own finding about it
            }
            String value = ref.value().trim();
            String hint = handbook.byPath(value).or(() -> handbook.byPath(value + ".md"))
                    .filter(named -> named.id() != null)
                    .map(named -> "'" + value + "' is a path: use the document's id, " + named.id() + ".")
                    .orElseGet(() -> hint(value, ids));
            findings.add(Findings.at(Rule.UNKNOWN_DOCUMENT, d, ref.position(),
                    "No document has the id '" + value + "' named in " + key, hint));
        }
    }

    /** The ids of the documents, then those taken by files that have their own finding: what a reference may name. */
    static List<String> knownIds(Handbook handbook) {
        return Stream.concat(handbook.documents().stream().map(Document::id).filter(Objects::nonNull),
                handbook.takenIds().keySet().stream()).distinct().toList();
    }

    /** "Did you mean" the closest document ids, or what ids look like. */
    static String hint(String id, List<String> ids) {
        List<String> close = DidYouMean.closest(id, ids, 3);
        return close.isEmpty() ? "Use the id of an existing document (its front-matter 'id')."
                : "Did you mean " + String.join(", ", close) + "?";
    }
}
