package io.github.ismshandbook.isms.publish;

import java.nio.file.Path;

/**
 * What {@link VersionPublisher#publish} did.
 *
 * @param version          the version that was published
 * @param versionDirectory the folder it was published to
 * @param replaced         whether that version had been published before and was replaced
 * @param index            the index as written to {@code versions.json}
 */
public record PublishResult(String version, Path versionDirectory, boolean replaced, VersionIndex index) {

    /** The version {@code latest/} now holds. */
    public String latest() {
        return index.newest().orElseThrow().version();
    }
}
