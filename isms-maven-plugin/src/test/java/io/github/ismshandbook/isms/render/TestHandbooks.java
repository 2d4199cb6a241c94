package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.load.MarkdownBody;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Clause;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Exclusion;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.FrontMatterSample;
import io.github.ismshandbook.isms.model.ImplementationStatus;
import io.github.ismshandbook.isms.model.Inclusion;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.MandatoryItem;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.RevisionEntry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.ismshandbook.isms.model.FrontMatterKeys.*;

/**
 * Builds handbooks in memory for the render tests: the built-in ISO/IEC 27001:2022 catalog from the reference
 * tables (with the mandatory documented information), and documents whose headings and links are read from the body the way the loader reads them.
 */
final class TestHandbooks {

    private TestHandbooks() {
    }

    static Catalog catalog() {
        List<Control> controls = new ArrayList<>();
        for (String[] row : tsv("iso27001-2022-annexA.tsv")) {
            controls.add(new Control(row[0], row[1], row[2], "ISO/IEC 27001:2022"));
        }
        List<Clause> clauses = new ArrayList<>();
        for (String[] row : tsv("iso27001-2022-clauses.tsv")) {
            clauses.add(new Clause(row[0], row[1]));
        }
        List<MandatoryItem> mandatory = new ArrayList<>();
        for (String[] row : tsv("/reference/iso27001-2022-mandatory.tsv")) {
            mandatory.add(new MandatoryItem(row[0], MandatoryItem.Kind.fromKey(row[1]).orElseThrow(), row[2],
                    List.of(row[3].split(" ")), "ISO/IEC 27001:2022"));
        }
        return new Catalog("ISO/IEC 27001:2022", controls, clauses, Map.of("A.9.2.1", List.of("5.16", "5.18")),
                mandatory);
    }

    /** A table next to this class, or at an absolute resource path. */
    private static List<String[]> tsv(String name) {
        try (InputStream in = TestHandbooks.class.getResourceAsStream(name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocBuilder doc(String path, String id) {
        return new DocBuilder(path, id);
    }

    /** A document with sensible defaults; change what the test is about. */
    static final class DocBuilder {
        private final String path;
        private final String id;
        private String title;
        private String owner = "CISO";
        private String version = "1.0";
        private LocalDate reviewDate = LocalDate.of(2026, 12, 31);
        private LocalDate lastReviewed;
        private DocumentType type = DocumentType.POLICY;
        private DocumentStatus status = DocumentStatus.APPROVED;
        private String approvedBy;
        private LocalDate approvedOn;
        private LocalDate effective;
        private String classification = "internal";
        private List<String> controls = List.of();
        private List<String> clauses = List.of();
        private List<String> related = List.of();
        private String summary;
        private List<RevisionEntry> history = List.of();
        private List<Exclusion> exclusions = List.of();
        private final List<Inclusion> inclusions = new ArrayList<>();
        private String body = "";

        private DocBuilder(String path, String id) {
            this.path = path;
            this.id = id;
            this.title = id + " title";
        }

        DocBuilder title(String v) { title = v; return this; }
        DocBuilder owner(String v) { owner = v; return this; }
        DocBuilder version(String v) { version = v; return this; }
        DocBuilder reviewDate(LocalDate v) { reviewDate = v; return this; }
        DocBuilder lastReviewed(LocalDate v) { lastReviewed = v; return this; }
        DocBuilder type(DocumentType v) { type = v; return this; }
        DocBuilder status(DocumentStatus v) { status = v; return this; }
        DocBuilder approved(String by, LocalDate on) { approvedBy = by; approvedOn = on; return this; }
        DocBuilder effective(LocalDate v) { effective = v; return this; }
        DocBuilder classification(String v) { classification = v; return this; }
        DocBuilder controls(String... v) { controls = List.of(v); return this; }
        DocBuilder clauses(String... v) { clauses = List.of(v); return this; }
        DocBuilder related(String... v) { related = List.of(v); return this; }
        DocBuilder summary(String v) { summary = v; return this; }
        DocBuilder history(RevisionEntry... v) { history = List.of(v); return this; }
        DocBuilder exclude(String control, String justification) {
            List<Exclusion> all = new ArrayList<>(exclusions);
            all.add(new Exclusion(control, justification, Position.START));
            exclusions = all;
            return this;
        }
        DocBuilder include(String control, String justification, ImplementationStatus status) {
            inclusions.add(new Inclusion(control, justification, status, Position.START));
            return this;
        }
        DocBuilder body(String v) { body = v; return this; }

        Document build() {
            FrontMatter fm = FrontMatterSample.of(Map.of(), ID, id, TITLE, title, OWNER, owner, VERSION, version,
                    REVIEW_DATE, reviewDate, LAST_REVIEWED, lastReviewed, TYPE, type, STATUS, status,
                    APPROVED_BY, approvedBy, APPROVED_ON, approvedOn, EFFECTIVE, effective,
                    CLASSIFICATION, classification, CONTROLS, located(controls), CLAUSES, located(clauses),
                    RELATED, located(related), SUMMARY, summary, HISTORY, history, EXCLUSIONS, exclusions,
                    INCLUSIONS, inclusions);
            return MarkdownBody.document(path, fm, body, 10);
        }

        private static List<Located<String>> located(List<String> values) {
            return values.stream().map(v -> new Located<>(v, Position.START)).toList();
        }
    }
}
