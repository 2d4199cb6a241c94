package io.github.ismshandbook.isms.publish;

import com.fasterxml.jackson.core.JacksonException;
import io.github.ismshandbook.isms.model.ChangeSet;
import io.github.ismshandbook.isms.model.Handbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link ChangeSet} of a handbook being built: it is compared with the newest version in the publish
 * directory's {@code versions.json} that is older than the version being built, through that version's
 * {@code isms-snapshot.json}.
 */
public final class ChangeSets {

    private ChangeSets() {
    }

    /**
     * The changes of the documents {@code current} publishes as {@code currentVersion}.
     *
     * @param publishDirectory the folder {@code isms:publish} writes to; {@code null} or a folder without
     *                         versions gives {@link ChangeSet#nothingPublished()}, a folder without an older
     *                         version {@link ChangeSet#firstVersion()}
     * @throws IOException when {@code versions.json} or a snapshot cannot be read, or {@code versions.json}
     *                     is damaged (a damaged snapshot only makes the previous version not comparable)
     */
    public static ChangeSet against(Path publishDirectory, String currentVersion, Handbook current,
                                    boolean includeDrafts) throws IOException {
        Objects.requireNonNull(currentVersion, "currentVersion");
        if (publishDirectory == null) {
            return ChangeSet.nothingPublished();
        }
        VersionIndex published = VersionIndex.read(publishDirectory);
        if (published.entries().isEmpty()) {
            return ChangeSet.nothingPublished();
        }
        Optional<VersionEntry> previous = published.previousTo(currentVersion);
        if (previous.isEmpty()) {
            return ChangeSet.firstVersion();
        }
        String version = previous.get().version();
        Optional<Snapshot> snapshot;
        try {
            snapshot = SnapshotReader.read(publishDirectory.resolve(version));
        } catch (JacksonException e) {
            // A damaged old site must not stop this build; the changes page says it cannot compare.
            return ChangeSet.withoutSnapshot(version);
        }
        Snapshot now = Snapshot.of(current.published(includeDrafts));
        return snapshot.map(s -> compare(version, s, now)).orElseGet(() -> ChangeSet.withoutSnapshot(version));
    }

    /** Compares two snapshots; {@code previousVersion} names the older one. */
    public static ChangeSet compare(String previousVersion, Snapshot previous, Snapshot current) {
        return HandbookComparison.compare(Objects.requireNonNull(previousVersion, "previousVersion"), previous, current);
    }
}
