package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.Validation;
import io.github.ismshandbook.isms.model.BuildConfig;

import java.io.IOException;

/** Renders the site. (Being written.) */
public final class SiteRenderer {
    private final BuildConfig config;

    public SiteRenderer(BuildConfig config) {
        this.config = config;
    }

    public void render(Validation validation) throws IOException {
        throw new IOException("not yet written: " + config.outputDirectory());
    }
}
