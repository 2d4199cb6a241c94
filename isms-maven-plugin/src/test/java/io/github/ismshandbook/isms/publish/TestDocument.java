package io.github.ismshandbook.isms.publish;

import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.FrontMatterSample;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.PreparedBody;
import io.github.ismshandbook.isms.model.RevisionEntry;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.ismshandbook.isms.model.FrontMatterKeys.*;

/** Builds in-memory documents for tests: {@code TestDocument.of("policies/a.md", "POL-1").owner("CISO").build()}. */
final class TestDocument {

    private final String path;
    private String id;
    private String title;
    private String owner = "CISO";
    private String version = "1.0";
    private LocalDate reviewDate = LocalDate.of(2027, 1, 1);
    private Period reviewCycle;
    private DocumentStatus status = DocumentStatus.APPROVED;
    private String classification = "internal";
    private List<String> controls = List.of();
    private List<RevisionEntry> history = List.of();
    private String body = "";

    private TestDocument(String path, String id) {
        this.path = path;
        this.id = id;
        this.title = "Title of " + id;
    }

    static TestDocument of(String path, String id) {
        return new TestDocument(path, id);
    }

    TestDocument id(String v) {
        id = v;
        return this;
    }

    TestDocument title(String v) {
        title = v;
        return this;
    }

    TestDocument owner(String v) {
        owner = v;
        return this;
    }

    TestDocument version(String v) {
        version = v;
        return this;
    }

    TestDocument reviewDate(LocalDate v) {
        reviewDate = v;
        return this;
    }

    TestDocument reviewCycle(Period v) {
        reviewCycle = v;
        return this;
    }

    TestDocument status(DocumentStatus v) {
        status = v;
        return this;
    }

    TestDocument classification(String v) {
        classification = v;
        return this;
    }

    TestDocument controls(String... refs) {
        controls = Arrays.asList(refs);
        return this;
    }

    TestDocument history(RevisionEntry... entries) {
        history = Arrays.asList(entries);
        return this;
    }

    TestDocument body(String v) {
        body = v;
        return this;
    }

    Document build() {
        List<Located<String>> located = controls.stream().map(c -> new Located<>(c, new Position(5, 11))).toList();
        FrontMatter fm = FrontMatterSample.of(Map.of(), ID, id, TITLE, title, OWNER, owner, VERSION, version,
                REVIEW_DATE, reviewDate, REVIEW_CYCLE, reviewCycle, TYPE, DocumentType.POLICY, STATUS, status,
                CLASSIFICATION, classification, CONTROLS, located, HISTORY, history);
        return new Document(path, fm, body, 10, List.of(), List.of(), List.of(), PreparedBody.EMPTY);
    }

    static Handbook handbook(TestDocument... documents) {
        return new Handbook(Arrays.stream(documents).map(TestDocument::build).toList(), Set.of(), Set.of(),
                new Catalog("test", List.of(), List.of(), Map.of()));
    }

    static RevisionEntry revision(String version, String date, String summary) {
        return new RevisionEntry(version, LocalDate.parse(date), "Jane Doe", summary);
    }
}
