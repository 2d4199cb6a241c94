package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.BuildConfig;

import java.io.IOException;

/** Reads the source folder into a {@link io.github.ismshandbook.isms.model.Handbook}. (Being written.) */
public final class HandbookLoader {
    private final BuildConfig config;

    public HandbookLoader(BuildConfig config) {
        this.config = config;
    }

    public LoadResult load() throws IOException {
        throw new IOException("not yet written: " + config.sourceDirectory());
    }
}
