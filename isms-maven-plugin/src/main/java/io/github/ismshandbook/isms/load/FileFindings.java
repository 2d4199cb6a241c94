package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Rule;

import java.util.ArrayList;
import java.util.List;

/** The findings about one source file; they carry the document's id once it is known. */
final class FileFindings {

    private final String file;
    private final List<Finding> findings = new ArrayList<>();
    private String documentId;

    FileFindings(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void documentId(String id) {
        this.documentId = id;
    }

    void add(Rule rule, Position at, String message, String hint) {
        findings.add(Finding.of(rule, file, at.line(), at.column(), documentId, message, hint));
    }

    List<Finding> list() {
        return List.copyOf(findings);
    }
}
