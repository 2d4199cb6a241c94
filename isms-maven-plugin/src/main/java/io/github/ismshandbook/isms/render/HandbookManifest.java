package io.github.ismshandbook.isms.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Exclusion;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.ImplementationStatus;
import io.github.ismshandbook.isms.model.Inclusion;
import io.github.ismshandbook.isms.model.LastChange;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.MandatoryCoverage;
import io.github.ismshandbook.isms.model.RevisionEntry;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code handbook.json}: the published handbook as data, for scripts and dashboards: the documents with their
 * metadata (keys as in the front-matter, and {@code last_change} from Git), every control with its applicability,
 * justification, implementation status and coverage, and every item of mandatory documented information with the
 * documents that address it.
 */
final class HandbookManifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SiteModel model;

    HandbookManifest(SiteModel model) {
        this.model = model;
    }

    void write(SiteOutput out) throws IOException {
        out.write("handbook.json", JSON.writeValueAsString(manifest()) + "\n");
    }

    Map<String, Object> manifest() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", model.info.title());
        root.put("version", model.info.version());
        root.put("organization", model.info.organization());
        root.put("today", model.info.today());
        root.put("catalog", model.info.catalog());
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Document d : model.published) {
            documents.add(document(d));
        }
        root.put("documents", documents);
        List<Map<String, Object>> controls = new ArrayList<>();
        for (Control c : model.handbook.catalog().controls()) {
            controls.add(control(c));
        }
        root.put("controls", controls);
        root.put("mandatory", model.mandatory.entries().stream().map(this::mandatory).toList());
        return root;
    }

    private Map<String, Object> document(Document d) {
        FrontMatter fm = d.frontMatter();
        DocumentView v = model.view(d);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", v.title());
        m.put("path", d.path());
        m.put("url", v.url());
        m.put("type", v.type());
        m.put("status", v.status());
        m.put("version", fm.version());
        m.put("owner", fm.owner());
        m.put("classification", fm.classification());
        m.put("approved_by", fm.approvedBy());
        m.put("approved_on", date(fm.approvedOn()));
        m.put("effective", date(fm.effective()));
        m.put("last_reviewed", date(fm.lastReviewed()));
        m.put("review_due", date(v.review().due()));
        m.put("review_state", v.review().state());
        m.put("controls", v.controls().stream().filter(c -> c.url() != null).map(DocumentView.ControlRef::label).toList());
        m.put("clauses", v.clauses().stream().filter(c -> c.url() != null).map(DocumentView.ClauseRef::id).toList());
        m.put("related", values(fm.related()));
        m.put("supersedes", values(fm.supersedes()));
        m.put("tags", fm.tags());
        m.put("summary", fm.summary());
        List<Map<String, Object>> history = new ArrayList<>();
        for (RevisionEntry h : fm.history()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("version", h.version());
            e.put("date", date(h.date()));
            e.put("author", h.author());
            e.put("summary", h.summary());
            history.add(e);
        }
        m.put("history", history);
        m.put("last_change", lastChange(v.lastChange()));
        return m;
    }

    /** {@code {commit, date, author}}, {@code commit} null for a change not committed yet; null when not known. */
    private static Map<String, Object> lastChange(LastChange change) {
        if (change == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commit", change.commit());
        m.put("date", date(change.date()));
        m.put("author", change.author());
        return m;
    }

    private Map<String, Object> control(Control c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.label());
        m.put("title", c.title());
        m.put("theme", c.theme());
        boolean applicable = model.coverage.isApplicable(c.id());
        m.put("applicable", applicable);
        Optional<Inclusion> inclusion = model.coverage.inclusion(c.id()).filter(i -> applicable);
        m.put("justification", model.coverage.exclusion(c.id()).map(Exclusion::justification)
                .or(() -> inclusion.map(Inclusion::justification)).orElse(null));
        m.put("status", inclusion.map(Inclusion::status).map(ImplementationStatus::key).orElse(null));
        m.put("covered", model.coverage.isCovered(c.id()));
        m.put("documents", model.implementing(c).stream().map(DocumentView::id).toList());
        return m;
    }

    /** An item of mandatory documented information: {@code addressed}, {@code missing} or {@code not-applicable}. */
    private Map<String, Object> mandatory(MandatoryCoverage.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.item().id());
        m.put("kind", e.item().kind().key());
        m.put("title", e.item().title());
        m.put("state", e.state().key());
        m.put("documents", e.addressing().stream().map(Document::id).toList());
        return m;
    }

    private static List<String> values(List<Located<String>> list) {
        return list.stream().map(Located::value).toList();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
