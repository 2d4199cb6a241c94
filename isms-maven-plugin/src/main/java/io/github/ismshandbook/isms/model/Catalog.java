package io.github.ismshandbook.isms.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controls, clauses and legacy (ISO/IEC 27001:2013) numbering the handbook checks references against, and the
 * mandatory documented information the standard requires. Several catalogs merge into one: the built-in
 * ISO/IEC 27001:2022 catalog plus those a project adds.
 */
public final class Catalog {

    private final String name;
    private final Map<String, Control> controls;
    private final Map<String, Clause> clauses;
    private final Map<String, List<String>> legacy;
    private final Map<String, MandatoryItem> mandatory;

    /** A catalog without mandatory documented information. */
    public Catalog(String name, Collection<Control> controls, Collection<Clause> clauses, Map<String, List<String>> legacy) {
        this(name, controls, clauses, legacy, List.of());
    }

    /**
     * @param name     a display name, e.g. {@code ISO/IEC 27001:2022}
     * @param controls controls in catalog order
     * @param clauses  clauses in catalog order
     * @param legacy   2013 control id ({@link ControlRef#legacyKey()}, e.g. {@code A.9.2.1}) → 2022 control ids
     * @param mandatory the mandatory documented information, in catalog order
     */
    public Catalog(String name, Collection<Control> controls, Collection<Clause> clauses, Map<String, List<String>> legacy,
                   Collection<MandatoryItem> mandatory) {
        this.name = name;
        this.controls = new LinkedHashMap<>();
        controls.forEach(c -> this.controls.put(c.id(), c));
        this.clauses = new LinkedHashMap<>();
        clauses.forEach(c -> this.clauses.put(c.id(), c));
        this.legacy = new LinkedHashMap<>();
        legacy.forEach((k, v) -> this.legacy.put(k, List.copyOf(v)));
        this.mandatory = new LinkedHashMap<>();
        mandatory.forEach(m -> this.mandatory.put(m.id(), m));
    }

    /** This catalog followed by {@code other}; on an id defined twice the first definition wins. */
    public Catalog merge(Catalog other) {
        List<Control> cs = new ArrayList<>(controls.values());
        other.controls.values().stream().filter(c -> !controls.containsKey(c.id())).forEach(cs::add);
        List<Clause> cl = new ArrayList<>(clauses.values());
        other.clauses.values().stream().filter(c -> !clauses.containsKey(c.id())).forEach(cl::add);
        Map<String, List<String>> lg = new LinkedHashMap<>(legacy);
        other.legacy.forEach(lg::putIfAbsent);
        List<MandatoryItem> md = new ArrayList<>(mandatory.values());
        other.mandatory.values().stream().filter(m -> !mandatory.containsKey(m.id())).forEach(md::add);
        return new Catalog(name, cs, cl, lg, md);
    }

    public String name() {
        return name;
    }

    public List<Control> controls() {
        return List.copyOf(controls.values());
    }

    public List<Clause> clauses() {
        return List.copyOf(clauses.values());
    }

    public Map<String, List<String>> legacy() {
        return Map.copyOf(legacy);
    }

    /** The mandatory documented information, in catalog order. */
    public List<MandatoryItem> mandatory() {
        return List.copyOf(mandatory.values());
    }

    /** The control a reference such as {@code A.5.15}, {@code a.5.15} or {@code 5.15} names, if the catalog has it. */
    public Optional<Control> control(String ref) {
        return control(ControlRef.parse(ref));
    }

    public Optional<Control> control(ControlRef ref) {
        return Optional.ofNullable(controls.get(ref.id()));
    }

    public Optional<Clause> clause(String ref) {
        return Optional.ofNullable(clauses.get(ref == null ? null : ref.trim()));
    }

    /** The 2022 equivalents when {@code ref} is an ISO/IEC 27001:2013 control number ({@code A.9.2.1} or {@code 9.2.1}). */
    public Optional<List<String>> legacyEquivalents(String ref) {
        return legacyEquivalents(ControlRef.parse(ref));
    }

    public Optional<List<String>> legacyEquivalents(ControlRef ref) {
        return Optional.ofNullable(legacy.get(ref.legacyKey()));
    }
}
