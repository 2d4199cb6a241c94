package io.github.ismshandbook.isms.model;

import io.github.ismshandbook.isms.model.FrontMatterKey.Kind;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The front-matter keys (docs/reference.md, "Front-matter"), each declared once. The loader binds them, and
 * {@code handbook.json}, {@code isms-snapshot.json} and {@code changes.html} list them, from {@link #ALL}: a key of a
 * simple kind (text, date, period, list) is added with a {@link FrontMatter} component and its line in {@link #ALL}
 * (a constant as well only when code names it).
 */
public final class FrontMatterKeys {

    public static final FrontMatterKey ID = FrontMatterKey.of("id", Kind.TEXT, "Id", FrontMatter::id).asRequired();
    public static final FrontMatterKey TITLE = FrontMatterKey.of("title", Kind.TEXT, "Title", FrontMatter::title)
            .asRequired();
    public static final FrontMatterKey TYPE = FrontMatterKey.of("type", Kind.CHOICE, "Type", fm -> fm.type().key());
    public static final FrontMatterKey STATUS = FrontMatterKey.of("status", Kind.CHOICE, "Status",
            fm -> fm.status().key());
    /** Not a field on {@code changes.html}: the change of a document is headed by its old and new version. */
    public static final FrontMatterKey VERSION = FrontMatterKey.of("version", Kind.TEXT, null, FrontMatter::version)
            .asRequired();
    public static final FrontMatterKey OWNER = FrontMatterKey.of("owner", Kind.TEXT, "Owner", FrontMatter::owner)
            .asRequired();
    public static final FrontMatterKey CLASSIFICATION = FrontMatterKey.of("classification", Kind.CHOICE,
            "Classification", FrontMatter::classification);
    public static final FrontMatterKey APPROVED_BY = FrontMatterKey.of("approved_by", Kind.TEXT, "Approved by",
            FrontMatter::approvedBy);
    public static final FrontMatterKey APPROVED_ON = FrontMatterKey.of("approved_on", Kind.DATE, "Approved on",
            text(FrontMatter::approvedOn));
    public static final FrontMatterKey EFFECTIVE = FrontMatterKey.of("effective", Kind.DATE, "Effective",
            text(FrontMatter::effective));
    /** {@code handbook.json} gives the due date worked out from it and the cycle instead ({@code review_due}). */
    public static final FrontMatterKey REVIEW_DATE = FrontMatterKey.of("review_date", Kind.DATE, "Review date",
            text(FrontMatter::reviewDate)).notInManifest();
    public static final FrontMatterKey LAST_REVIEWED = FrontMatterKey.of("last_reviewed", Kind.DATE, "Last reviewed",
            text(FrontMatter::lastReviewed));
    public static final FrontMatterKey REVIEW_CYCLE = FrontMatterKey.of("review_cycle", Kind.PERIOD, "Review cycle",
            text(FrontMatter::reviewCycle)).notInManifest();
    /** As labels ({@code A.5.15}): {@code 5.15} and {@code A.5.15} name the same control, switching is no change. */
    public static final FrontMatterKey CONTROLS = FrontMatterKey.of("controls", Kind.LIST, "Controls",
            fm -> fm.controls().stream().map(c -> ControlRef.parse(c.value()).label()).toList());
    public static final FrontMatterKey CLAUSES = FrontMatterKey.of("clauses", Kind.LIST, "Clauses",
            values(FrontMatter::clauses));
    public static final FrontMatterKey RELATED = FrontMatterKey.of("related", Kind.LIST, "Related",
            values(FrontMatter::related)).notInSnapshot();
    public static final FrontMatterKey SUPERSEDES = FrontMatterKey.of("supersedes", Kind.LIST, "Supersedes",
            values(FrontMatter::supersedes)).notInSnapshot();
    public static final FrontMatterKey TAGS = FrontMatterKey.of("tags", Kind.WORDS, "Tags", FrontMatter::tags)
            .notInSnapshot();
    public static final FrontMatterKey SUMMARY = FrontMatterKey.of("summary", Kind.TEXT, "Summary",
            FrontMatter::summary).notInSnapshot();
    /** Not a field on {@code changes.html}: the entries written since the previous version are listed instead. */
    public static final FrontMatterKey HISTORY = FrontMatterKey.of("history", Kind.HISTORY, null,
            FrontMatter::history);
    /** The Statement of Applicability's; {@code handbook.json} gives them with the controls. */
    public static final FrontMatterKey EXCLUSIONS = FrontMatterKey.of("exclusions", Kind.EXCLUSIONS, null,
            FrontMatter::exclusions).notInManifest().notInSnapshot();
    public static final FrontMatterKey INCLUSIONS = FrontMatterKey.of("inclusions", Kind.INCLUSIONS, null,
            FrontMatter::inclusions).notInManifest().notInSnapshot();

    /**
     * Every key, in the order {@code handbook.json}, {@code isms-snapshot.json} and {@code changes.html} list them
     * (the snapshot writes {@code version} right after {@code type}, as it always has).
     */
    public static final List<FrontMatterKey> ALL = List.of(ID, TITLE, TYPE, STATUS, VERSION, OWNER, CLASSIFICATION,
            APPROVED_BY, APPROVED_ON, EFFECTIVE, REVIEW_DATE, LAST_REVIEWED, REVIEW_CYCLE, CONTROLS, CLAUSES, RELATED,
            SUPERSEDES, TAGS, SUMMARY, HISTORY, EXCLUSIONS, INCLUSIONS);

    private static final Map<String, FrontMatterKey> BY_NAME = byName();
    private static final Constructor<FrontMatter> CONSTRUCTOR = constructor();
    /** The key of each {@link FrontMatter} component, in their order; none for {@code keyPositions}. */
    private static final List<Optional<FrontMatterKey>> SLOTS = slots();

    private FrontMatterKeys() {
    }

    /** The names of all keys, in the order of {@link #ALL}. */
    public static List<String> names() {
        return ALL.stream().map(FrontMatterKey::name).toList();
    }

    public static Optional<FrontMatterKey> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * The front-matter of these bound values, by key (matched to {@link FrontMatter}'s components by name, so that
     * nothing lists the keys a second time in the order of its constructor); a key without a value is {@code null}, or empty when it is a
     * list. {@link FrontMatter}'s own defaults apply.
     */
    public static FrontMatter frontMatter(Map<FrontMatterKey, ?> values, Map<String, Position> keyPositions) {
        Object[] args = new Object[SLOTS.size()];
        for (int i = 0; i < args.length; i++) {
            Optional<FrontMatterKey> key = SLOTS.get(i);
            Object value = key.isPresent() ? values.get(key.get()) : keyPositions;
            args[i] = value == null && CONSTRUCTOR.getParameterTypes()[i] == List.class ? List.of() : value;
        }
        try {
            return CONSTRUCTOR.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Function<FrontMatter, Object> text(Function<FrontMatter, ?> value) {
        return fm -> {
            Object v = value.apply(fm);
            return v == null ? null : v.toString();
        };
    }

    private static Function<FrontMatter, Object> values(Function<FrontMatter, List<Located<String>>> list) {
        return fm -> list.apply(fm).stream().map(Located::value).toList();
    }

    private static Map<String, FrontMatterKey> byName() {
        Map<String, FrontMatterKey> map = new LinkedHashMap<>();
        ALL.forEach(k -> map.put(k.name(), k));
        return Map.copyOf(map);
    }

    private static List<Optional<FrontMatterKey>> slots() {
        return Arrays.stream(FrontMatter.class.getRecordComponents()).map(c -> c.getName().equals("keyPositions")
                ? Optional.<FrontMatterKey>empty()
                : Optional.of(ALL.stream().filter(k -> k.component().equals(c.getName())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no front-matter key for " + c.getName()))))
                .toList();
    }

    private static Constructor<FrontMatter> constructor() {
        Class<?>[] types = Arrays.stream(FrontMatter.class.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return FrontMatter.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
