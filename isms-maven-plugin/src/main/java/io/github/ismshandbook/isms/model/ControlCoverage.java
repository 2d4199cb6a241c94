package io.github.ismshandbook.isms.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which approved documents implement each control (their {@code controls} front-matter), and which
 * controls the Statement of Applicability excludes or includes. Computed once by maps, shared by checks and pages.
 */
public final class ControlCoverage {

    private final Map<String, List<Document>> implementing = new LinkedHashMap<>();
    private final Map<String, Exclusion> exclusions = new LinkedHashMap<>();
    private final Map<String, Document> excludedBy = new LinkedHashMap<>();
    private final Map<String, Inclusion> inclusions = new LinkedHashMap<>();

    private ControlCoverage() {
    }

    /**
     * Implementing documents are approved documents other than the SoA itself; exclusions and inclusions come
     * from every {@code type: soa} document that is not retired (the first by path wins).
     */
    public static ControlCoverage of(Handbook handbook) {
        ControlCoverage coverage = new ControlCoverage();
        for (Document d : handbook.documents()) {
            FrontMatter fm = d.frontMatter();
            if (fm.status() == DocumentStatus.APPROVED && fm.type() != DocumentType.SOA) {
                fm.controls().stream().map(ref -> ControlRef.parse(ref.value()).id()).distinct()
                        .forEach(id -> coverage.implementing.computeIfAbsent(id, k -> new ArrayList<>()).add(d));
            }
            if (fm.type() == DocumentType.SOA && fm.status() != DocumentStatus.RETIRED) {
                for (Exclusion e : fm.exclusions()) {
                    String id = ControlRef.parse(e.control()).id();
                    coverage.exclusions.putIfAbsent(id, e);
                    coverage.excludedBy.putIfAbsent(id, d);
                }
                fm.inclusions().forEach(i -> coverage.inclusions.putIfAbsent(ControlRef.parse(i.control()).id(), i));
            }
        }
        return coverage;
    }

    /** Approved documents that list the control, in path order. */
    public List<Document> implementing(String controlId) {
        return Collections.unmodifiableList(implementing.getOrDefault(controlId, List.of()));
    }

    public Optional<Exclusion> exclusion(String controlId) {
        return Optional.ofNullable(exclusions.get(controlId));
    }

    /** Why the SoA includes the control, and how far it is implemented. */
    public Optional<Inclusion> inclusion(String controlId) {
        return Optional.ofNullable(inclusions.get(controlId));
    }

    /** The SoA document that excludes the control. */
    public Optional<Document> excludedBy(String controlId) {
        return Optional.ofNullable(excludedBy.get(controlId));
    }

    public boolean isApplicable(String controlId) {
        return !exclusions.containsKey(controlId);
    }

    public boolean isCovered(String controlId) {
        return !implementing(controlId).isEmpty();
    }
}
