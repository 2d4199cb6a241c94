package io.github.ismshandbook.isms.publish;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One entry of {@code versions.json}, in the format of {@code mike}:
 * {@code {"version": "1.1.0", "title": "1.1.0", "aliases": ["latest"]}}.
 *
 * @param version the folder name under the publish directory
 * @param title   what the version switcher shows
 * @param aliases other names of this version; {@code latest} on the newest only
 */
@JsonPropertyOrder({"version", "title", "aliases"})
public record VersionEntry(String version, String title, List<String> aliases) {

    public VersionEntry {
        title = title == null || title.isBlank() ? version : title;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A new entry titled by its version, without aliases. */
    public static VersionEntry of(String version) {
        return new VersionEntry(version, version, List.of());
    }

    @JsonIgnore // derived from the aliases, not a key of versions.json
    public boolean isLatest() {
        return aliases.contains(VersionIndex.LATEST);
    }
}
