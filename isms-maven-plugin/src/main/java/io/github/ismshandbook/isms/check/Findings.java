package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Rule;

/** Findings about a place in a document, or about the handbook as a whole, with the rule's default severity. */
final class Findings {

    private Findings() {
    }

    static Finding at(Rule rule, Document document, Position position, String message, String hint) {
        return Finding.of(rule, document.path(), position.line(), position.column(), document.id(), message, hint);
    }

    /**
     * A finding about the handbook as a whole (a control no document covers, documented information no document
     * addresses). It goes where such decisions are recorded: on the Statement of Applicability, at its
     * {@code exclusions} key (or line 1), when the handbook has one; otherwise it has no file.
     */
    static Finding onHandbook(Rule rule, Handbook handbook, String message, String hint) {
        return StatementOfApplicability.documents(handbook).stream().findFirst()
                .map(soa -> at(rule, soa, soa.frontMatter().positionOf("exclusions"), message, hint))
                .orElseGet(() -> Finding.onHandbook(rule, message, hint));
    }
}
