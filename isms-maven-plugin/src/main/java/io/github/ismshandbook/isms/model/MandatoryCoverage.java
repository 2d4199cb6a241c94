package io.github.ismshandbook.isms.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which approved documents address each item of the catalog's mandatory documented information, and which items
 * do not apply because the Statement of Applicability excludes their control. Computed once by maps, shared by the
 * {@code mandatory-missing} check and the pages.
 * <p>
 * An approved document addresses an item when it lists one of the item's references in {@code clauses} (a clause
 * reference) or {@code controls} (a control reference), or, for {@code type:soa}, when it is of that type. A
 * reference names a control when it is written with the {@code A.} prefix, or when the catalog has it as a control
 * but not as a clause (the controls of a project's own catalog, such as {@code CLD.6.3.1}).
 */
public final class MandatoryCoverage {

    /** Where an item stands. */
    public enum State {
        ADDRESSED, MISSING, NOT_APPLICABLE;

        /** {@code addressed}, {@code missing}, {@code not-applicable}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One item and the approved documents that address it, in path order.
     *
     * @param control the Annex A control the item belongs to, or {@code null} for an item of the clauses
     */
    public record Entry(MandatoryItem item, Control control, State state, List<Document> addressing) {
        public Entry {
            addressing = List.copyOf(addressing);
        }
    }

    private final List<Entry> entries;

    private MandatoryCoverage(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static MandatoryCoverage of(Handbook handbook, ControlCoverage controls) {
        Catalog catalog = handbook.catalog();
        Map<String, Set<Document>> byControl = new HashMap<>();
        Map<String, Set<Document>> byClause = new HashMap<>();
        Map<String, Set<Document>> byType = new HashMap<>();
        for (Document d : handbook.documents()) {
            FrontMatter fm = d.frontMatter();
            if (fm.status() != DocumentStatus.APPROVED) {
                continue;
            }
            fm.controls().forEach(ref -> add(byControl, ControlRef.parse(ref.value()).id(), d));
            fm.clauses().forEach(ref -> add(byClause, ref.value().trim(), d));
            if (fm.type() != null) {
                add(byType, fm.type().key(), d);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (MandatoryItem item : catalog.mandatory()) {
            Set<Document> addressing = new LinkedHashSet<>();
            for (String ref : item.addressedBy()) {
                Map<String, Set<Document>> index;
                String key;
                if (ref.startsWith(MandatoryItem.TYPE_PREFIX)) {
                    index = byType;
                    key = ref.substring(MandatoryItem.TYPE_PREFIX.length()).trim();
                } else if (namesControl(catalog, ref)) {
                    index = byControl;
                    key = ControlRef.parse(ref).id();
                } else {
                    index = byClause;
                    key = ref.trim();
                }
                addressing.addAll(index.getOrDefault(key, Set.of()));
            }
            Control control = namesControl(catalog, item.id()) ? catalog.control(item.id()).orElse(null) : null;
            State state = control != null && !controls.isApplicable(control.id()) ? State.NOT_APPLICABLE
                    : addressing.isEmpty() ? State.MISSING : State.ADDRESSED;
            entries.add(new Entry(item, control, state,
                    addressing.stream().sorted(Comparator.comparing(Document::path)).toList()));
        }
        return new MandatoryCoverage(entries);
    }

    /** Whether {@code ref} names a control rather than a clause (see the class comment). */
    public static boolean namesControl(Catalog catalog, String ref) {
        String r = ref.trim();
        return ControlRef.parse(r).prefixed() || (catalog.clause(r).isEmpty() && catalog.control(r).isPresent());
    }

    private static void add(Map<String, Set<Document>> index, String key, Document d) {
        if (key != null) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(d);
        }
    }

    /** Every item, in catalog order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The items that apply: all but those of excluded controls. */
    public long applicable() {
        return entries.stream().filter(e -> e.state() != State.NOT_APPLICABLE).count();
    }

    public long addressed() {
        return entries.stream().filter(e -> e.state() == State.ADDRESSED).count();
    }
}
