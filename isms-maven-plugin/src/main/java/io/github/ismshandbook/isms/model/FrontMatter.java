package io.github.ismshandbook.isms.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * The bound front-matter of a document (README, "Writing documents"). A value that was missing or invalid is
 * {@code null} (the loader has already reported it); defaults are applied: {@code type} and {@code status} here
 * ({@link #DEFAULT_TYPE}, {@link #DEFAULT_STATUS}), so they are never {@code null}, {@code classification} by the
 * loader (the configured default). Lists are never {@code null}. Each component but {@code keyPositions} is the value
 * of one key of {@link FrontMatterKeys}, named as the key in camelCase.
 *
 * @param keyPositions where each key that was written with a value appears, by key name (a key left empty,
 *                     {@code controls:} or {@code controls: []}, is as if it were not written); the entries of
 *                     {@code history} and their keys as {@code history[0]}, {@code history[0].version} (0 is the
 *                     first entry bound)
 * @param reviewCycle  the document's own cycle, or {@code null} to use the configured default
 */
public record FrontMatter(
        String id,
        String title,
        String owner,
        String version,
        LocalDate reviewDate,
        LocalDate lastReviewed,
        Period reviewCycle,
        DocumentType type,
        DocumentStatus status,
        String approvedBy,
        LocalDate approvedOn,
        LocalDate effective,
        String classification,
        List<Located<String>> controls,
        List<Located<String>> clauses,
        List<Located<String>> related,
        List<Located<String>> supersedes,
        List<String> tags,
        String summary,
        List<RevisionEntry> history,
        List<Exclusion> exclusions,
        List<Inclusion> inclusions,
        Map<String, Position> keyPositions) {

    /** The {@code type} of a document that names none. */
    public static final DocumentType DEFAULT_TYPE = DocumentType.POLICY;
    /** The {@code status} of a document that names none. */
    public static final DocumentStatus DEFAULT_STATUS = DocumentStatus.APPROVED;

    public FrontMatter {
        type = type == null ? DEFAULT_TYPE : type;
        status = status == null ? DEFAULT_STATUS : status;
        controls = List.copyOf(controls);
        clauses = List.copyOf(clauses);
        related = List.copyOf(related);
        supersedes = List.copyOf(supersedes);
        tags = List.copyOf(tags);
        history = List.copyOf(history);
        exclusions = List.copyOf(exclusions);
        inclusions = List.copyOf(inclusions);
        keyPositions = Map.copyOf(keyPositions);
    }

    /** Where {@code key} is written, or the first line of the block when it is not. */
    public Position positionOf(String key) {
        return keyPositions.getOrDefault(key, Position.START);
    }
}
