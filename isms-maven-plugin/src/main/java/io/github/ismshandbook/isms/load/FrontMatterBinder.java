package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.ControlRef;
import io.github.ismshandbook.isms.model.DidYouMean;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Exclusion;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.FrontMatterKey;
import io.github.ismshandbook.isms.model.FrontMatterKeys;
import io.github.ismshandbook.isms.model.ImplementationStatus;
import io.github.ismshandbook.isms.model.Inclusion;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.RevisionEntry;
import io.github.ismshandbook.isms.model.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Binds a front-matter mapping to {@link FrontMatter} (README, "Writing documents"), one finding per problem: a
 * missing or empty required key is {@code required-field}, a present but invalid value only {@code invalid-value}, an
 * unknown key {@code unknown-field} with a "did you mean" hint that knows the words other tools use
 * ({@link FrontMatterSynonyms}). An unknown key that stands for a missing required key ({@code reveiw_date},
 * {@code author}) is one problem: it is reported once, as the {@code required-field} of the key it stands for, at
 * its own line. Whether controls, clauses and document ids exist is not checked here: the checks do that against the
 * whole handbook.
 */
final class FrontMatterBinder {

    /** The front-matter keys (declared in {@link FrontMatterKeys}). */
    static final List<String> KEYS = FrontMatterKeys.names();
    static final List<String> HISTORY_KEYS = List.of("version", "date", "author", "summary");
    static final List<String> INCLUSION_KEYS = List.of("justification", "status");

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");
    private static final List<String> REQUIRED_KEYS = FrontMatterKeys.ALL.stream().filter(FrontMatterKey::required)
            .map(FrontMatterKey::name).toList();
    private static final List<String> REVIEW_KEYS = List.of("review_date", "last_reviewed");
    private static final List<String> TYPES = Arrays.stream(DocumentType.values()).map(DocumentType::key).toList();
    private static final List<String> STATUSES = Arrays.stream(DocumentStatus.values()).map(DocumentStatus::key).toList();
    private static final List<String> IMPLEMENTATION = Arrays.stream(ImplementationStatus.values())
            .map(ImplementationStatus::key).toList();
    private static final Map<String, List<String>> VALUES = Map.of("type", TYPES, "status", STATUSES);

    private final BuildConfig config;
    private final FileFindings findings;
    private final FrontMatterValues values;
    private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    /** Unknown keys that stand for a missing required key, by that key: reported as its {@code required-field}. */
    private final Map<String, YamlNode.Entry> standIns = new LinkedHashMap<>();
    private String writtenId;

    FrontMatterBinder(BuildConfig config, FileFindings findings) {
        this.config = config;
        this.findings = findings;
        this.values = new FrontMatterValues(findings);
    }

    FrontMatter bind(YamlNode.Mapping root) {
        Map<String, Position> keyPositions = new LinkedHashMap<>();
        for (YamlNode.Entry e : root.entries()) {
            entries.put(e.key(), e);
            if (!e.value().isEmpty() && !isEmptyList(e.value())) {
                keyPositions.put(e.key(), e.keyPosition()); // written empty is not written: "controls: []" maps nothing
            }
        }
        findStandIns(root);
        String id = id();
        findings.documentId(id);
        root.entries().stream().filter(e -> !KEYS.contains(e.key()) && !standIns.containsValue(e))
                .forEach(e -> unknownKey(e, KEYS));

        Map<FrontMatterKey, Object> bound = new HashMap<>();
        bound.put(FrontMatterKeys.ID, id);
        for (FrontMatterKey key : FrontMatterKeys.ALL) {
            if (key != FrontMatterKeys.ID) {
                bound.put(key, value(key));
            }
        }
        requireReviewDate();
        DocumentType type = values.choice("type", node("type"), TYPES, DocumentType::fromKey,
                FrontMatter.DEFAULT_TYPE, FrontMatter.DEFAULT_TYPE.key());
        bound.put(FrontMatterKeys.TYPE, type);
        bound.put(FrontMatterKeys.STATUS, values.choice("status", node("status"), STATUSES, DocumentStatus::fromKey,
                FrontMatter.DEFAULT_STATUS, FrontMatter.DEFAULT_STATUS.key()));
        bound.put(FrontMatterKeys.CLASSIFICATION, values.choice("classification", node("classification"),
                config.classifications(),
                c -> config.classifications().contains(c) ? Optional.of(c) : Optional.empty(),
                config.defaultClassification(), config.defaultClassification()));
        bound.put(FrontMatterKeys.HISTORY, history(keyPositions));
        bound.put(FrontMatterKeys.EXCLUSIONS, exclusions(type));
        bound.put(FrontMatterKeys.INCLUSIONS, inclusions(type));
        return FrontMatterKeys.frontMatter(bound, keyPositions);
    }

    /**
     * The value of a key that is bound by its kind alone; {@code null} for the others, which are bound in
     * {@link #bind}: a choice needs its values, history and the SoA's exclusions and inclusions their own shape.
     */
    private Object value(FrontMatterKey key) {
        YamlNode node = node(key.name());
        return switch (key.kind()) {
            case TEXT -> key.required() ? required(key.name()) : values.text(key.name(), node);
            case DATE -> values.date(key.name(), node);
            case PERIOD -> values.cycle(key.name(), node);
            case LIST -> values.list(key.name(), node);
            case WORDS -> values.list(key.name(), node).stream().map(Located::value).toList();
            case CHOICE, HISTORY, EXCLUSIONS, INCLUSIONS -> null;
        };
    }

    private YamlNode node(String key) {
        YamlNode.Entry e = entries.get(key);
        return e == null ? null : e.value();
    }

    /**
     * The id as written when it could not be bound (invalid, or written under a misspelt key), else {@code null}:
     * it is still taken, so that references to it are not reported a second time.
     */
    String writtenId() {
        return writtenId;
    }

    private static boolean isEmptyList(YamlNode node) {
        return node instanceof YamlNode.Sequence list && list.items().isEmpty();
    }

    /** The unknown keys that stand for a required key that is not written, each for one key. */
    private void findStandIns(YamlNode.Mapping root) {
        boolean reviewGiven = REVIEW_KEYS.stream().anyMatch(k -> entries.containsKey(k) && !entries.get(k).value().isEmpty());
        for (YamlNode.Entry e : root.entries()) {
            if (KEYS.contains(e.key())) {
                continue;
            }
            Optional<String> meant = FrontMatterSynonyms.meant(FrontMatterSynonyms.KEY, e.key(), KEYS);
            if (meant.isEmpty() || entries.containsKey(meant.get())) {
                continue;
            }
            String key = meant.get();
            if (REQUIRED_KEYS.contains(key)) {
                standIns.putIfAbsent(key, e);
            } else if (REVIEW_KEYS.contains(key) && !reviewGiven && REVIEW_KEYS.stream().noneMatch(standIns::containsKey)) {
                standIns.put(key, e);
            }
        }
    }

    private String id() {
        String text = required("id");
        if (text == null) {
            YamlNode.Entry standIn = standIns.get("id");
            writtenId = standIn != null && standIn.value() instanceof YamlNode.Scalar s && !s.isEmpty() ? s.text().strip() : null;
            return null;
        }
        if (ID.matcher(text).matches() && !ControlRef.parse(text).numbered()) {
            return text;
        }
        String why = ID.matcher(text).matches() ? "is shaped like a control or clause number"
                : "must start with a letter and have at most 64 letters, digits, '.', '_' or '-'";
        findings.add(Rule.INVALID_VALUE, node("id").position(), "id '" + text + "' " + why,
                "Use an id such as POL-ACCESS or access-control.");
        writtenId = text.strip();
        return null;
    }

    /** The text of a required key; missing or empty is {@code required-field}. */
    private String required(String key) {
        YamlNode.Entry e = entries.get(key);
        if (e == null) {
            YamlNode.Entry standIn = standIns.get(key);
            if (standIn != null) {
                misspelt(key, standIn, "required key '" + key + "' is missing");
            } else {
                findings.add(Rule.REQUIRED_FIELD, Position.START, "required key '" + key + "' is missing",
                        "Add '" + key + ": …' to the front-matter.");
            }
            return null;
        }
        if (e.value().isEmpty()) {
            findings.add(Rule.REQUIRED_FIELD, e.keyPosition(), "required key '" + key + "' is empty",
                    "Give " + key + " a value.");
            return null;
        }
        return values.text(key, e.value());
    }

    /** One of review_date and last_reviewed must be written with a value; an invalid one was already reported. */
    private void requireReviewDate() {
        YamlNode.Entry due = entries.get("review_date");
        YamlNode.Entry last = entries.get("last_reviewed");
        boolean given = (due != null && !due.value().isEmpty()) || (last != null && !last.value().isEmpty());
        if (given) {
            return;
        }
        String hint = "Add 'review_date: YYYY-MM-DD' (next review due) or 'last_reviewed: YYYY-MM-DD'.";
        YamlNode.Entry empty = due != null ? due : last;
        Optional<String> standIn = REVIEW_KEYS.stream().filter(standIns::containsKey).findFirst();
        if (empty == null && standIn.isPresent()) {
            misspelt(standIn.get(), standIns.get(standIn.get()), "review_date or last_reviewed is required");
        } else if (empty == null) {
            findings.add(Rule.REQUIRED_FIELD, Position.START, "review_date or last_reviewed is required", hint);
        } else {
            findings.add(Rule.REQUIRED_FIELD, empty.keyPosition(),
                    "review_date or last_reviewed is required; " + empty.key() + " is empty", hint);
        }
    }

    /** The values of a nested mapping by key; a key not in {@code known} is {@code unknown-field}. */
    private Map<String, YamlNode> fields(YamlNode.Mapping mapping, List<String> known) {
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        for (YamlNode.Entry e : mapping.entries()) {
            if (known.contains(e.key())) {
                fields.put(e.key(), e.value());
            } else {
                unknownKey(e, known);
            }
        }
        return fields;
    }

    /** The {@code required-field} of {@code key}, reported at the unknown key that stands for it. */
    private void misspelt(String key, YamlNode.Entry standIn, String missing) {
        findings.add(Rule.REQUIRED_FIELD, standIn.keyPosition(), missing + "; did you mean '" + key + "' for '"
                + standIn.key() + "'?", "Rename '" + standIn.key() + "' to '" + key + "'.");
    }

    /**
     * {@code unknown-field}, with the known key it probably stands for; a key that is a value of that key, as Hugo's
     * {@code draft: true}, is answered with both ({@code status: draft}).
     */
    private void unknownKey(YamlNode.Entry e, List<String> known) {
        Optional<String> meant = FrontMatterSynonyms.meant(FrontMatterSynonyms.KEY, e.key(), known);
        String asValue = DidYouMean.normalize(e.key()).replace('_', '-');
        findings.add(Rule.UNKNOWN_FIELD, e.keyPosition(), "unknown key '" + e.key() + "'", meant
                .map(k -> "did you mean '" + k + (VALUES.getOrDefault(k, List.of()).contains(asValue) ? ": " + asValue : "")
                        + "'?")
                .orElse(null));
    }

    /** The history entries; where each entry and its keys are written goes to {@code positions} as {@code history[i].key}. */
    private List<RevisionEntry> history(Map<String, Position> positions) {
        YamlNode node = node("history");
        if (node == null || node.isEmpty()) {
            return List.of();
        }
        String shape = "history must be a list of entries with version, date, author and summary";
        String hint = "Write each entry as '- version: 1.0' followed by date, author and summary on indented lines.";
        if (!(node instanceof YamlNode.Sequence list)) {
            findings.add(Rule.INVALID_VALUE, node.position(), shape + ", not " + node.kind(), hint);
            return List.of();
        }
        List<RevisionEntry> history = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlNode.Mapping entry) {
                String at = "history[" + history.size() + "]";
                positions.put(at, entry.position());
                entry.entries().forEach(e -> positions.put(at + "." + e.key(), e.keyPosition()));
                history.add(revision(entry));
            } else {
                findings.add(Rule.INVALID_VALUE, item.position(), "an entry of " + shape + ", not "
                        + (item.isEmpty() ? "empty" : item.kind()), hint);
            }
        }
        return history;
    }

    private RevisionEntry revision(YamlNode.Mapping entry) {
        Map<String, YamlNode> fields = fields(entry, HISTORY_KEYS);
        return new RevisionEntry(values.text("history version", fields.get("version")),
                values.date("history date", fields.get("date")),
                values.text("history author", fields.get("author")),
                values.text("history summary", fields.get("summary")));
    }

    /** The SoA's excluded controls; the justification may be empty here (the SoA check reports that). */
    private List<Exclusion> exclusions(DocumentType type) {
        List<YamlNode.Entry> written = soaEntries("exclusions", type, "each excluded control to its justification",
                "Write one 'A.7.4: why it does not apply' per line.");
        List<Exclusion> exclusions = new ArrayList<>();
        for (YamlNode.Entry e : written) {
            if (e.value().isEmpty() || e.value() instanceof YamlNode.Scalar) {
                String justification = values.text("the justification of " + e.key(), e.value());
                exclusions.add(new Exclusion(e.key(), justification, e.keyPosition()));
            } else {
                values.text("the justification of " + e.key(), e.value()); // reports the wrong shape
            }
        }
        return exclusions;
    }

    /**
     * The SoA's included controls: each with its justification, written alone or as {@code {justification, status}}
     * with the implementation status.
     */
    private List<Inclusion> inclusions(DocumentType type) {
        String hint = "Write one 'A.5.15: why it applies' per line, or 'A.5.15: {justification: why it applies, "
                + "status: implemented}'.";
        List<YamlNode.Entry> written = soaEntries("inclusions", type,
                "each included control to its justification and implementation status", hint);
        List<Inclusion> inclusions = new ArrayList<>();
        for (YamlNode.Entry e : written) {
            if (e.value() instanceof YamlNode.Mapping fields) {
                inclusions.add(inclusion(e, fields));
            } else if (e.value() instanceof YamlNode.Sequence) {
                findings.add(Rule.INVALID_VALUE, e.value().position(), "the inclusion of " + e.key()
                        + " must be a justification or a mapping with justification and status, not a list", hint);
            } else {
                String justification = values.text("the justification of " + e.key(), e.value());
                inclusions.add(new Inclusion(e.key(), justification, null, e.keyPosition()));
            }
        }
        return inclusions;
    }

    private Inclusion inclusion(YamlNode.Entry entry, YamlNode.Mapping mapping) {
        Map<String, YamlNode> fields = fields(mapping, INCLUSION_KEYS);
        String justification = values.text("the justification of " + entry.key(), fields.get("justification"));
        ImplementationStatus status = values.oneOf("the status of " + entry.key(), fields.get("status"),
                IMPLEMENTATION, ImplementationStatus::fromKey);
        return new Inclusion(entry.key(), justification, status, entry.keyPosition());
    }

    /**
     * The entries under a key only the Statement of Applicability has ({@code exclusions}, {@code inclusions}); none
     * when it is not written, empty, or reported: in another type of document, or not a mapping.
     */
    private List<YamlNode.Entry> soaEntries(String key, DocumentType type, String shape, String hint) {
        YamlNode.Entry written = entries.get(key);
        if (written == null) {
            return List.of();
        }
        if (type != DocumentType.SOA) {
            findings.add(Rule.INVALID_VALUE, written.keyPosition(),
                    key + " are only allowed in the Statement of Applicability (type: soa), not in a " + type.key(),
                    "Move the " + key + " to the document with 'type: soa'.");
            return List.of();
        }
        YamlNode node = written.value();
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Mapping map)) {
            findings.add(Rule.INVALID_VALUE, node.position(), key + " must map " + shape + ", not " + node.kind(), hint);
            return List.of();
        }
        return map.entries();
    }
}
