package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.load.CatalogLoader;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Exclusion;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.FrontMatterSample;
import io.github.ismshandbook.isms.model.GitFacts;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Heading;
import io.github.ismshandbook.isms.model.ImplementationStatus;
import io.github.ismshandbook.isms.model.Inclusion;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.PreparedBody;
import io.github.ismshandbook.isms.model.RawHtml;
import io.github.ismshandbook.isms.model.RevisionEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.github.ismshandbook.isms.model.FrontMatterKeys.*;

/**
 * Handbooks built in memory for check tests: documents with sensible defaults (an approved policy whose
 * review is due in a year) and the ISO/IEC 27001:2022 catalog.
 * <p>
 * Positions follow the order in which the builder is called, as if the front-matter were written in that
 * order: line 1 is the opening {@code ---}, each key takes the next line (column 1), and each list item or
 * exclusion takes a line of its own below its key ({@code   - A.5.15}, value at column 5; {@code   A.7.4: …},
 * key at column 3). Defaults are not written, so they have no position. Body elements take the line given.
 */
final class TestHandbook {

    /** The {@code today} of every test. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    /** The ISO/IEC 27001:2022 catalog: 93 controls, clauses 4–10, the 2013 correspondence. */
    static final Catalog ISO27001 = builtInCatalog();

    private final List<Document> documents = new ArrayList<>();
    private final Set<String> assets = new TreeSet<>();
    private final Set<String> unreadable = new TreeSet<>();
    private final Map<String, String> takenIds = new HashMap<>();
    private Catalog catalog = ISO27001;
    private GitFacts git;

    private TestHandbook() {
    }

    static TestHandbook with(Document... documents) {
        TestHandbook h = new TestHandbook();
        h.documents.addAll(Arrays.asList(documents));
        return h;
    }

    static Handbook of(Document... documents) {
        return with(documents).build();
    }

    TestHandbook assets(String... paths) {
        assets.addAll(Arrays.asList(paths));
        return this;
    }

    TestHandbook unreadable(String... paths) {
        unreadable.addAll(Arrays.asList(paths));
        return this;
    }

    /** A file that could not be loaded (unless a document of the handbook has its path) but writes {@code id}. */
    TestHandbook taken(String id, String path) {
        takenIds.put(id, path);
        if (documents.stream().noneMatch(d -> d.path().equals(path))) {
            unreadable.add(path);
        }
        return this;
    }

    TestHandbook catalog(Catalog c) {
        catalog = c;
        return this;
    }

    TestHandbook git(GitFacts facts) {
        git = facts;
        return this;
    }

    Handbook build() {
        return new Handbook(documents, assets, unreadable, takenIds, catalog, git);
    }

    /** The ISO catalog cut down to the given controls (ids without {@code A.}), with all clauses and legacy entries. */
    static Catalog catalogOf(String... controlIds) {
        List<Control> controls = Arrays.stream(controlIds).map(id -> ISO27001.control(id).orElseThrow()).toList();
        return new Catalog(ISO27001.name(), controls, ISO27001.clauses(), ISO27001.legacy());
    }

    /** The default configuration with {@link #TODAY}. */
    static BuildConfig config() {
        return BuildConfig.builder(Path.of("project"), TODAY).build();
    }

    static DocumentBuilder doc(String path) {
        return new DocumentBuilder(path);
    }

    /** Git forge style anchor of a heading (enough for the ASCII headings of tests). */
    static String anchorOf(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").trim().replace(' ', '-');
    }

    /** A document with defaults, positions assigned in call order. */
    static final class DocumentBuilder {
        private final String path;
        private final Map<String, Position> keys = new HashMap<>();
        private int line = 1;
        private String id;
        private String title = "Test document";
        private String owner = "CISO";
        private String version = "1.0";
        private LocalDate reviewDate = TODAY.plusYears(1);
        private LocalDate lastReviewed;
        private Period reviewCycle;
        private DocumentType type = DocumentType.POLICY;
        private DocumentStatus status = DocumentStatus.APPROVED;
        private String approvedBy;
        private LocalDate approvedOn;
        private final List<RevisionEntry> history = new ArrayList<>();
        private final Map<String, List<Located<String>>> lists = new LinkedHashMap<>();
        private final List<Exclusion> exclusions = new ArrayList<>();
        private final List<Inclusion> inclusions = new ArrayList<>();
        private final List<Heading> headings = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<RawHtml> rawHtml = new ArrayList<>();

        private DocumentBuilder(String path) {
            this.path = path;
            String name = path.substring(path.lastIndexOf('/') + 1);
            this.id = name.substring(0, name.length() - ".md".length());
        }

        private void key(String key) {
            keys.put(key, new Position(++line, 1));
        }

        DocumentBuilder id(String value) {
            key("id");
            id = value;
            return this;
        }

        DocumentBuilder title(String value) {
            key("title");
            title = value;
            return this;
        }

        /** {@code review_date}; {@code null} for "not written" (then {@code last_reviewed} gives the due date). */
        DocumentBuilder reviewDate(LocalDate value) {
            if (value != null) {
                key("review_date");
            }
            reviewDate = value;
            return this;
        }

        DocumentBuilder lastReviewed(LocalDate value) {
            key("last_reviewed");
            lastReviewed = value;
            return this;
        }

        DocumentBuilder reviewCycle(Period value) {
            key("review_cycle");
            reviewCycle = value;
            return this;
        }

        DocumentBuilder type(DocumentType value) {
            key("type");
            type = value;
            return this;
        }

        DocumentBuilder status(DocumentStatus value) {
            key("status");
            status = value;
            return this;
        }

        /** {@code approved_by} and {@code approved_on}, each on a line of its own; {@code null} is not written. */
        DocumentBuilder approved(String by, LocalDate on) {
            if (by != null) {
                key("approved_by");
            }
            approvedBy = by;
            if (on != null) {
                key("approved_on");
            }
            approvedOn = on;
            return this;
        }

        /** An entry of {@code history}: the key line before the first entry, then one line per entry key. */
        DocumentBuilder history(String version, LocalDate date) {
            if (!keys.containsKey("history")) {
                key("history");
            }
            String at = "history[" + history.size() + "]";
            keys.put(at, new Position(line + 1, 5));
            key(at + ".version");
            key(at + ".date");
            history.add(new RevisionEntry(version, date, "J. Doe", "Changes"));
            return this;
        }

        DocumentBuilder controls(String... refs) {
            return list("controls", refs);
        }

        DocumentBuilder clauses(String... refs) {
            return list("clauses", refs);
        }

        DocumentBuilder related(String... ids) {
            return list("related", ids);
        }

        DocumentBuilder supersedes(String... ids) {
            return list("supersedes", ids);
        }

        private DocumentBuilder list(String key, String... values) {
            key(key);
            List<Located<String>> items = new ArrayList<>();
            for (String v : values) {
                items.add(new Located<>(v, new Position(++line, 5)));
            }
            lists.put(key, items);
            return this;
        }

        /** An entry of {@code exclusions}; the key line is written before the first entry. */
        DocumentBuilder exclusion(String control, String justification) {
            if (!keys.containsKey("exclusions")) {
                key("exclusions");
            }
            exclusions.add(new Exclusion(control, justification, new Position(++line, 3)));
            return this;
        }

        /** An entry of {@code inclusions}; the key line is written before the first entry. */
        DocumentBuilder inclusion(String control, String justification, ImplementationStatus status) {
            if (!keys.containsKey("inclusions")) {
                key("inclusions");
            }
            inclusions.add(new Inclusion(control, justification, status, new Position(++line, 3)));
            return this;
        }

        DocumentBuilder heading(String text, int atLine) {
            headings.add(new Heading(2, text, anchorOf(text), atLine));
            return this;
        }

        /** {@code [text](target)} at column 1 of {@code atLine}. */
        DocumentBuilder link(String target, int atLine) {
            return link(LinkKind.LINK, target, atLine);
        }

        /** {@code [[target]]} at column 1 of {@code atLine}. */
        DocumentBuilder wiki(String target, int atLine) {
            return link(LinkKind.WIKI, target, atLine);
        }

        DocumentBuilder link(LinkKind kind, String target, int atLine) {
            links.add(new Link(kind, target, "text", new Position(atLine, 1)));
            return this;
        }

        DocumentBuilder html(String html, int atLine) {
            rawHtml.add(new RawHtml(html, new Position(atLine, 1)));
            return this;
        }

        Document build() {
            FrontMatter fm = FrontMatterSample.of(keys, ID, id, TITLE, title, OWNER, owner, VERSION, version,
                    REVIEW_DATE, reviewDate, LAST_REVIEWED, lastReviewed, REVIEW_CYCLE, reviewCycle, TYPE, type,
                    STATUS, status, APPROVED_BY, approvedBy, APPROVED_ON, approvedOn, CLASSIFICATION, "internal",
                    CONTROLS, items("controls"), CLAUSES, items("clauses"), RELATED, items("related"),
                    SUPERSEDES, items("supersedes"), HISTORY, history, EXCLUSIONS, exclusions,
                    INCLUSIONS, inclusions);
            return new Document(path, fm, "", line + 2, headings, links, rawHtml, PreparedBody.EMPTY);
        }

        private List<Located<String>> items(String key) {
            return lists.getOrDefault(key, List.of());
        }
    }

    private static Catalog builtInCatalog() {
        try {
            return CatalogLoader.builtIn(); // equal to the reference tables: see CatalogLoaderTest
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
