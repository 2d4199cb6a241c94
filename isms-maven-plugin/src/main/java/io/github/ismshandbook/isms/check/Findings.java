package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Rule;

/** Findings about a place in a document, with the rule's default severity. */
final class Findings {

    private Findings() {
    }

    static Finding at(Rule rule, Document document, Position position, String message, String hint) {
        return Finding.of(rule, document.path(), position.line(), position.column(), document.id(), message, hint);
    }
}
