package io.github.ismshandbook.isms.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the {@code isms-snapshot.json} of a built or published site. */
public final class SnapshotReader {

    private SnapshotReader() {
    }

    /**
     * The snapshot of the site in {@code siteDir}; empty when the site has none (it was built before
     * snapshots existed).
     *
     * @throws com.fasterxml.jackson.core.JacksonException when the file is not a snapshot
     * @throws IOException                                  when it cannot be read
     */
    public static Optional<Snapshot> read(Path siteDir) throws IOException {
        Path file = siteDir.resolve(Snapshot.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.ofNullable(fromJson(Files.readString(file)));
    }

    public static Snapshot fromJson(String json) throws IOException {
        return PublishJson.MAPPER.readValue(json, Snapshot.class);
    }
}
