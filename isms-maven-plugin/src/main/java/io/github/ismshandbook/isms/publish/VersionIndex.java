package io.github.ismshandbook.isms.publish;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.ismshandbook.isms.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The published versions as listed in {@code <publishDirectory>/versions.json} (docs/reference.md, "Versions"): newest
 * first, the alias {@code latest} on the newest only. Immutable; every change returns a new index.
 */
public final class VersionIndex {

    /** The file name, at the root of the publish directory. */
    public static final String FILE_NAME = "versions.json";
    /** The alias of the newest version, and the folder that holds a copy of it. */
    public static final String LATEST = "latest";

    private final List<VersionEntry> entries;

    private VersionIndex(List<VersionEntry> entries) {
        this.entries = normalize(entries);
    }

    public static VersionIndex empty() {
        return new VersionIndex(List.of());
    }

    public static VersionIndex of(List<VersionEntry> entries) {
        return new VersionIndex(entries);
    }

    /**
     * Reads {@code versions.json} of a publish directory; an index without entries when there is none yet.
     *
     * @throws IOException when the file cannot be read, is not a list of versions, or names a version that
     *                     is not a safe folder name (so a tampered file never leads outside the directory)
     */
    public static VersionIndex read(Path publishDirectory) throws IOException {
        Path file = publishDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        List<VersionEntry> read;
        try {
            read = PublishJson.MAPPER.readValue(file.toFile(), new TypeReference<List<VersionEntry>>() { });
        } catch (JacksonException e) {
            throw new IOException(file + " is not a list of versions as [{\"version\", \"title\", \"aliases\"}]: "
                    + e.getOriginalMessage(), e);
        }
        List<VersionEntry> entries = new ArrayList<>();
        for (VersionEntry e : read == null ? List.<VersionEntry>of() : read) {
            if (e == null || !VersionName.isValid(e.version())) {
                throw new IOException(file + " lists a version that is not a valid folder name: "
                        + (e == null ? "null" : "'" + e.version() + "'"));
            }
            entries.add(e);
        }
        return new VersionIndex(entries);
    }

    /** Newest first. */
    public List<VersionEntry> entries() {
        return entries;
    }

    public Optional<VersionEntry> newest() {
        return entries.stream().findFirst();
    }

    public Optional<VersionEntry> find(String version) {
        return entries.stream().filter(e -> e.version().equals(version)).findFirst();
    }

    /** This index with {@code version} added; an entry already listed keeps its title and other aliases. */
    public VersionIndex with(String version) {
        List<VersionEntry> next = new ArrayList<>(entries);
        if (find(version).isEmpty()) {
            next.add(VersionEntry.of(version));
        }
        return new VersionIndex(next);
    }

    /** This index without the versions {@code present} rejects (e.g. whose folder was deleted by hand). */
    public VersionIndex retain(Predicate<String> present) {
        return new VersionIndex(entries.stream().filter(e -> present.test(e.version())).toList());
    }

    /**
     * The version a build of {@code version} is compared with: the newest listed version that is older
     * than it. A rebuilt old version thus compares with its predecessor, not with a newer release.
     */
    public Optional<VersionEntry> previousTo(String version) {
        return entries.stream()
                .filter(e -> VersionOrder.OLDEST_FIRST.compare(e.version(), version) < 0)
                .findFirst();
    }

    /** Writes {@code versions.json} atomically: readers see the old file or the new one, never a part. */
    public void write(Path publishDirectory) throws IOException {
        AtomicFiles.writeString(publishDirectory.resolve(FILE_NAME), toJson());
    }

    public String toJson() throws IOException {
        return PublishJson.write(entries);
    }

    // One entry per version, newest first, "latest" on the newest only.
    private static List<VersionEntry> normalize(List<VersionEntry> entries) {
        Map<String, VersionEntry> unique = new LinkedHashMap<>();
        entries.forEach(e -> unique.putIfAbsent(e.version(), e));
        List<VersionEntry> sorted = unique.values().stream()
                .sorted(Comparator.comparing(VersionEntry::version, VersionOrder.NEWEST_FIRST))
                .toList();
        List<VersionEntry> result = new ArrayList<>();
        for (VersionEntry e : sorted) {
            List<String> aliases = new ArrayList<>(e.aliases().stream().filter(a -> !LATEST.equals(a)).toList());
            if (result.isEmpty()) {
                aliases.add(0, LATEST);
            }
            result.add(new VersionEntry(e.version(), e.title(), aliases));
        }
        return List.copyOf(result);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionIndex other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "VersionIndex" + entries;
    }
}
