package io.github.ismshandbook.isms.report;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Validation;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Which files the reports speak of. */
final class CheckedFiles {

    private CheckedFiles() {
    }

    /**
     * The Markdown files that were checked: the loaded documents and those whose front-matter could not be
     * read. The latter count as documents in the reports too: the author meant them as one, and a summary of
     * "11 documents" for a folder of 12 would read as a file that was skipped.
     */
    static SortedSet<String> documents(Handbook handbook) {
        SortedSet<String> files = new TreeSet<>(handbook.unreadable());
        handbook.documents().stream().map(Document::path).forEach(files::add);
        return Collections.unmodifiableSortedSet(files);
    }

    /** {@link #documents} plus every other file that has a finding, sorted. */
    static SortedSet<String> withFindings(Validation validation) {
        SortedSet<String> files = new TreeSet<>(documents(validation.handbook()));
        validation.findings().stream().filter(f -> !f.isOnHandbook()).map(Finding::file).forEach(files::add);
        return Collections.unmodifiableSortedSet(files);
    }
}
