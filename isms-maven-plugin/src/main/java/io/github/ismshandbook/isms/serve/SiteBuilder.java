package io.github.ismshandbook.isms.serve;

import io.github.ismshandbook.isms.model.Validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Builds the site the preview serves; {@link IncrementalBuilder} re-renders only what a change touches. */
@FunctionalInterface
public interface SiteBuilder {

    /**
     * Builds the site into the folder the preview serves, atomically.
     *
     * @param changed the source or theme files that changed since the last build; empty for the first build,
     *                or when the watcher lost track of events and everything must be rebuilt
     */
    Validation build(Set<Path> changed) throws IOException;
}
