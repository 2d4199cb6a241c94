package io.github.ismshandbook.isms.report;

import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.FrontMatterKeys;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.PreparedBody;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Validation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small validated handbook for the report tests: two documents, one unreadable file, findings of every severity. */
final class ReportFixture {

    /** Markup, quotes, an ampersand, accented letters and a character outside the BMP. */
    static final String TRICKY = "Link to \"<b>Zugriff & Kontrolle</b>\" für Ärzte 🔒 isn't valid";

    static final Finding BROKEN_LINK = Finding.of(Rule.BROKEN_LINK, "policies/access-control.md", 12, 3, "AC-01",
            TRICKY, "Point it at an existing file, e.g. <policies/x.md> & co.");
    static final Finding UNKNOWN_CONTROL = Finding.of(Rule.UNKNOWN_CONTROL, "policies/access-control.md", 5, 5, "AC-01",
            "Control A.5.99 is not in the catalog", "Closest controls: A.5.9, A.5.19");
    static final Finding YAML_SYNTAX = Finding.of(Rule.YAML_SYNTAX, "procedures/broken.md", 3, 7, null,
            "mapping values are not allowed here", null);
    static final Finding UNKNOWN_FIELD = Finding.of(Rule.UNKNOWN_FIELD, "policies/clean.md", 4, 1, "CLEAN",
            "Unknown key 'ownr'", "Did you mean 'owner'?");
    static final Finding UNCOVERED = Finding.of(Rule.CONTROL_UNCOVERED, "soa.md", 1, 1, null,
            "Control A.8.34 is applicable but no approved document references it", null);

    private ReportFixture() {
    }

    /** Findings given out of order, as a check would hand them over. */
    static Validation validation() {
        return validation(List.of(UNCOVERED, BROKEN_LINK, YAML_SYNTAX, UNKNOWN_FIELD, UNKNOWN_CONTROL));
    }

    static Validation validation(List<Finding> findings) {
        Handbook handbook = new Handbook(
                List.of(document("policies/clean.md", "CLEAN"), document("policies/access-control.md", "AC-01")),
                Set.of("images/net.png"), Set.of("procedures/broken.md"),
                new Catalog("ISO/IEC 27001:2022", List.of(), List.of(), Map.of()));
        return new Validation(handbook, findings);
    }

    static Document document(String path, String id) {
        FrontMatter frontMatter = FrontMatterKeys.frontMatter(Map.of(FrontMatterKeys.ID, id,
                FrontMatterKeys.TITLE, "Title of " + id, FrontMatterKeys.OWNER, "CISO", FrontMatterKeys.VERSION, "1.0",
                FrontMatterKeys.TYPE, DocumentType.POLICY, FrontMatterKeys.STATUS, DocumentStatus.APPROVED,
                FrontMatterKeys.CLASSIFICATION, "internal"), Map.of());
        return new Document(path, frontMatter, "", 1, List.of(), List.of(), List.of(), PreparedBody.EMPTY);
    }
}
