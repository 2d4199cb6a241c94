package io.github.ismshandbook.isms.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Exclusion;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.FrontMatterKey;
import io.github.ismshandbook.isms.model.FrontMatterKeys;
import io.github.ismshandbook.isms.model.ImplementationStatus;
import io.github.ismshandbook.isms.model.Inclusion;
import io.github.ismshandbook.isms.model.LastChange;
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

    /**
     * A document's entry: its front-matter keys that {@link FrontMatterKey#inManifest()}, in the order of
     * {@link FrontMatterKeys#ALL}, with where it is published after the title, its review after
     * {@code last_reviewed}, and its last change in Git at the end.
     */
    private Map<String, Object> document(Document d) {
        DocumentView v = model.view(d);
        Map<String, Object> m = new LinkedHashMap<>();
        for (FrontMatterKey key : FrontMatterKeys.ALL) {
            if (!key.inManifest()) {
                continue;
            }
            m.put(key.name(), value(key, d.frontMatter(), v));
            if (key == FrontMatterKeys.TITLE) {
                m.put("path", d.path());
                m.put("url", v.url());
            } else if (key == FrontMatterKeys.LAST_REVIEWED) {
                m.put("review_due", date(v.review().due()));
                m.put("review_state", v.review().state());
            }
        }
        m.put("last_change", lastChange(v.lastChange()));
        return m;
    }

    /**
     * The key's value as its view has it where the site knows more than the front-matter: the title falls back to
     * the id, controls and clauses are those of the catalog; history entries list every field, even when empty.
     */
    private static Object value(FrontMatterKey key, FrontMatter fm, DocumentView v) {
        if (key == FrontMatterKeys.TITLE) {
            return v.title();
        } else if (key == FrontMatterKeys.CONTROLS) {
            return v.controls().stream().filter(c -> c.url() != null).map(DocumentView.ControlRef::label).toList();
        } else if (key == FrontMatterKeys.CLAUSES) {
            return v.clauses().stream().filter(c -> c.url() != null).map(DocumentView.ClauseRef::id).toList();
        } else if (key == FrontMatterKeys.HISTORY) {
            List<Map<String, Object>> history = new ArrayList<>();
            for (RevisionEntry h : fm.history()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("version", h.version());
                e.put("date", date(h.date()));
                e.put("author", h.author());
                e.put("summary", h.summary());
                history.add(e);
            }
            return history;
        }
        return key.value().apply(fm);
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

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
