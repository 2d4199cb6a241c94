package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.Clause;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.ControlCoverage;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Heading;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.MandatoryCoverage;
import io.github.ismshandbook.isms.model.ReviewSchedule;
import io.github.ismshandbook.isms.model.ReviewState;
import io.github.ismshandbook.isms.render.DocumentView.ClauseRef;
import io.github.ismshandbook.isms.render.DocumentView.ControlRef;
import io.github.ismshandbook.isms.render.DocumentView.DocRef;
import io.github.ismshandbook.isms.render.DocumentView.Review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the pages share, computed once per build: the published documents and their views, page paths,
 * link targets, backlinks, control coverage and review states.
 */
final class SiteModel {

    /** The handbook as a whole, for headers and footers. */
    record SiteInfo(String title, String version, String organization, String today, String timestamp,
                    String catalog, int controlCount) {
    }

    /**
     * Published documents of one type, for the index and the navigation.
     *
     * @param inNavigation whether the navigation lists the documents of the group on its pages: not for a large
     *                     group, whose list would make every page of the group heavy (the index lists them all)
     */
    record TypeGroup(String key, String label, String anchor, List<DocumentView> documents, boolean inNavigation) {
    }

    /** The largest group the navigation lists document by document. */
    static final int NAVIGATION_LIMIT = 40;

    /**
     * The figures on the home page.
     *
     * @param mandatoryAddressed  items of mandatory documented information that approved documents address
     * @param mandatoryApplicable items that apply (all but those of excluded controls)
     */
    record Counts(int documents, int controlsCovered, int controls, int applicable, int overdue, int dueSoon,
                  int mandatoryAddressed, int mandatoryApplicable) {
    }

    static final Comparator<DocumentView> BY_TITLE = Comparator
            .comparing((DocumentView v) -> v.title().toLowerCase(Locale.ROOT)).thenComparing(DocumentView::path);

    final BuildConfig config;
    final Handbook handbook;
    final List<Document> published;
    final SitePages pages;
    final SiteLinks links;
    final ControlCoverage coverage;
    final MandatoryCoverage mandatory;
    final ReviewSchedule schedule;
    final SiteInfo info;
    private final Backlinks backlinks;
    private final Map<String, DocumentView> views = new LinkedHashMap<>();

    SiteModel(BuildConfig config, Handbook handbook) {
        this.config = config;
        this.handbook = handbook;
        this.published = handbook.published(config.includeDrafts());
        this.pages = new SitePages(published, handbook.catalog());
        this.links = new SiteLinks(handbook, pages, config.includeDrafts());
        this.coverage = ControlCoverage.of(handbook);
        this.mandatory = MandatoryCoverage.of(handbook, coverage);
        this.schedule = ReviewSchedule.of(config);
        this.backlinks = new Backlinks(handbook, published);
        Catalog catalog = handbook.catalog();
        this.info = new SiteInfo(config.title(), config.handbookVersion(), config.organization(),
                config.today().toString(), config.outputTimestamp(), catalog.name(), catalog.controls().size());
        for (Document d : published) {
            views.put(d.path(), toView(d));
        }
    }

    DocumentView view(Document document) {
        return views.get(document.path());
    }

    List<DocumentView> views() {
        return List.copyOf(views.values());
    }

    /** Published documents by type (in the order of {@link DocumentType}), each group sorted by title. */
    List<TypeGroup> groups() {
        Map<DocumentType, List<DocumentView>> byType = new EnumMap<>(DocumentType.class);
        for (Document d : published) {
            byType.computeIfAbsent(d.frontMatter().type(), t -> new ArrayList<>()).add(view(d));
        }
        List<TypeGroup> groups = new ArrayList<>();
        byType.forEach((type, docs) -> groups.add(new TypeGroup(type.key(), type.plural(), "type-" + type.key(),
                docs.stream().sorted(BY_TITLE).toList(), docs.size() <= NAVIGATION_LIMIT)));
        return groups;
    }

    Counts counts() {
        List<Control> controls = handbook.catalog().controls();
        int covered = (int) controls.stream().filter(c -> coverage.isCovered(c.id())).count();
        int applicable = (int) controls.stream().filter(c -> coverage.isApplicable(c.id())).count();
        int overdue = 0;
        int dueSoon = 0;
        for (Document d : published) {
            ReviewState s = schedule.state(d);
            overdue += s == ReviewState.OVERDUE ? 1 : 0;
            dueSoon += s == ReviewState.DUE_SOON ? 1 : 0;
        }
        return new Counts(published.size(), covered, controls.size(), applicable, overdue, dueSoon,
                (int) mandatory.addressed(), (int) mandatory.applicable());
    }

    /** The published documents that implement a control (approved, naming it in {@code controls}), by title. */
    List<DocumentView> implementing(Control control) {
        return coverage.implementing(control.id()).stream().filter(d -> d.isPublished(config.includeDrafts()))
                .map(this::view).sorted(BY_TITLE).toList();
    }

    /** The published documents that name or link to a control, whatever their status, by title. */
    List<DocumentView> referencing(Control control) {
        return backlinks.referencingControl(control.id()).stream().map(this::view).sorted(BY_TITLE).toList();
    }

    /** The published documents that name or link to a clause, by title. */
    List<DocumentView> referencing(Clause clause) {
        return backlinks.referencingClause(clause.id()).stream().map(this::view).sorted(BY_TITLE).toList();
    }

    /** Each published document's page, by source path: when it changes, every listing and link may change. */
    Map<String, String> pagesOf() {
        Map<String, String> map = new LinkedHashMap<>();
        published.forEach(d -> map.put(d.path(), pages.documentPage(d)));
        return map;
    }

    /** What the navigation of every page shows of the document at {@code path}. */
    List<String> navigationEntry(String path) {
        return handbook.byPath(path).map(this::view).map(v -> List.of(String.valueOf(v.id()), String.valueOf(v.title()),
                v.type(), v.status(), v.url())).orElse(List.of());
    }

    /**
     * What pages other than its own show of the document at {@code path}: its metadata (as its view; an
     * unpublished document has none, but other pages name it by title and status), the exclusions and inclusions of
     * a Statement of Applicability, where its links go and the anchors of its headings. Positions are left out, so
     * an edit above a link changes nothing.
     */
    List<Object> listingKey(String path) {
        return handbook.byPath(path).map(d -> Arrays.<Object>asList(view(d), titleOf(d), d.id(),
                d.frontMatter().status(),
                d.frontMatter().exclusions().stream().map(e -> Arrays.asList(e.control(), e.justification())).toList(),
                d.frontMatter().inclusions().stream()
                        .map(i -> Arrays.<Object>asList(i.control(), i.justification(), i.status())).toList(),
                d.links().stream().map(l -> Arrays.asList(l.kind(), l.target(), l.label())).toList(),
                d.headings().stream().map(Heading::anchor).toList())).orElse(List.of());
    }

    /**
     * The published documents whose pages show something of the document at {@code path}: those that link to it, relate to
     * it or supersede it, even when it is not published (they show its title and status), and those it does that to
     * ("Referenced by" on their pages).
     */
    Set<String> neighbours(String path) {
        Set<String> paths = new TreeSet<>();
        handbook.byPath(path).ifPresent(d -> {
            backlinks.namedBy(d).forEach(n -> paths.add(n.path()));
            backlinks.references(d).forEach(n -> paths.add(n.path()));
        });
        return paths;
    }

    private DocumentView toView(Document d) {
        FrontMatter fm = d.frontMatter();
        return new DocumentView(d.path(), fm, titleOf(d), SitePaths.encodePath(pages.documentPage(d)), review(d),
                controlRefs(fm), clauseRefs(fm), docRefs(fm.related()), docRefs(fm.supersedes()),
                refs(backlinks.supersededBy(d)), refs(backlinks.referencedBy(d)), handbook.lastChange(d).orElse(null));
    }

    private Review review(Document d) {
        Optional<java.time.LocalDate> due = schedule.dueDate(d.frontMatter());
        ReviewState state = schedule.state(d);
        String label = switch (state) {
            case OVERDUE -> "Overdue";
            case DUE_SOON -> "Due soon";
            case CURRENT -> "Up to date";
            case NOT_ENFORCED -> "Not enforced";
            case UNKNOWN -> "No review date";
        };
        return new Review(state.name().toLowerCase(Locale.ROOT).replace('_', '-'), label, due.orElse(null));
    }

    private List<ControlRef> controlRefs(FrontMatter fm) {
        Catalog catalog = handbook.catalog();
        List<ControlRef> refs = new ArrayList<>();
        for (Located<String> ref : fm.controls()) {
            refs.add(catalog.control(ref.value())
                    .map(c -> new ControlRef(c.label(), c.title(), SitePaths.encodePath(SitePaths.controlPage(c))))
                    .orElseGet(() -> new ControlRef(ref.value(), "not in the catalog", null)));
        }
        return refs;
    }

    private List<ClauseRef> clauseRefs(FrontMatter fm) {
        List<ClauseRef> refs = new ArrayList<>();
        for (Located<String> ref : fm.clauses()) {
            Optional<Clause> clause = handbook.catalog().clause(ref.value());
            refs.add(clause.map(c -> new ClauseRef(c.id(), c.title(),
                            SitePaths.CLAUSES_INDEX + "#" + SitePaths.clauseAnchor(c)))
                    .orElseGet(() -> new ClauseRef(ref.value(), "not in the catalog", null)));
        }
        return refs;
    }

    private List<DocRef> docRefs(List<Located<String>> ids) {
        List<DocRef> refs = new ArrayList<>();
        for (Located<String> id : ids) {
            Optional<Document> target = handbook.byId(id.value())
                    .or(() -> handbook.takenBy(id.value()).flatMap(handbook::byPath));
            if (target.isEmpty()) {
                boolean unreadable = handbook.takenBy(id.value()).isPresent();
                refs.add(new DocRef(id.value(), id.value(), null, unreadable ? "could not be read, not published"
                        : "unknown document"));
            } else if (!target.get().isPublished(config.includeDrafts())) {
                Document t = target.get();
                refs.add(new DocRef(t.id(), titleOf(t), null, "draft, not published"));
            } else {
                refs.add(docRef(target.get()));
            }
        }
        return refs;
    }

    private DocRef docRef(Document d) {
        return new DocRef(d.id(), titleOf(d), SitePaths.encodePath(pages.documentPage(d)), null);
    }

    private List<DocRef> refs(List<Document> docs) {
        return docs.stream().map(this::docRef)
                .sorted(Comparator.comparing((DocRef r) -> r.title().toLowerCase(Locale.ROOT)).thenComparing(DocRef::url))
                .toList();
    }

    /** The classification of pages that show no single document: the configured default. */
    String defaultClassification() {
        return config.defaultClassification();
    }

    /**
     * The highest classification among the published documents, in the order of the configured labels (a document
     * that names none has the default); the default when no document is published. The print version and the PDF
     * carry it: the whole is as sensitive as its most sensitive part.
     */
    String highestClassification() {
        List<String> order = config.classifications();
        String highest = null;
        for (Document d : published) {
            String c = d.frontMatter().classification() != null ? d.frontMatter().classification()
                    : config.defaultClassification();
            if (highest == null || order.indexOf(c) > order.indexOf(highest)) {
                highest = c;
            }
        }
        return highest != null ? highest : config.defaultClassification();
    }

    /** The title; the id or the path when the front-matter has none (the loader has reported it). */
    static String titleOf(Document d) {
        String title = d.frontMatter().title();
        if (title != null && !title.isBlank()) {
            return title;
        }
        return d.id() != null ? d.id() : d.path();
    }

    static String typeLabel(DocumentType type) {
        return type == DocumentType.SOA ? "Statement of Applicability" : capitalize(type.key());
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
