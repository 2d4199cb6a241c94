package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Rule;

import java.util.List;
import java.util.Set;

/**
 * {@code unmapped-document}: an approved policy, standard or procedure that lists no controls cannot be
 * traced to the Statement of Applicability. Guidelines, plans, records and registers need not name controls.
 * Reported on line 1, the document as a whole. {@code controls} left out, left empty ({@code controls:}) or written
 * as an empty list ({@code controls: []}) all mean no controls; a written but invalid value is not unmapped, as it
 * already has its {@code invalid-value} finding (one problem, one finding).
 */
public final class UnmappedDocuments implements Check {

    static final Set<DocumentType> MAPPED_TYPES = Set.of(DocumentType.POLICY, DocumentType.STANDARD,
            DocumentType.PROCEDURE);

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        return handbook.documents().stream()
                .filter(d -> isUnmapped(d.frontMatter()))
                .map(d -> Findings.at(Rule.UNMAPPED_DOCUMENT, d, Position.START,
                        "Approved " + d.frontMatter().type().key() + " lists no controls",
                        "List the Annex A controls it implements under 'controls', e.g. controls: [A.5.15]."))
                .toList();
    }

    private static boolean isUnmapped(FrontMatter fm) {
        return fm.status() == DocumentStatus.APPROVED && MAPPED_TYPES.contains(fm.type())
                && !fm.keyPositions().containsKey("controls");
    }
}
