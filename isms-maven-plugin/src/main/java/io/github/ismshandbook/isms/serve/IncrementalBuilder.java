package io.github.ismshandbook.isms.serve;

import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The preview's builder: the first build, and any change it cannot follow, builds everything; a change to
 * Markdown documents goes to {@link HandbookPipeline.Preview#update}, which reloads only those and re-renders the
 * pages they touch. A theme file, an asset, a new or deleted document, or lost watch events mean a full build.
 */
public final class IncrementalBuilder implements SiteBuilder {

    private final BuildConfig config;
    private final HandbookPipeline.Preview preview;

    public IncrementalBuilder(BuildConfig config) {
        this.config = config;
        this.preview = new HandbookPipeline(config).preview();
    }

    @Override
    public Validation build(Set<Path> changed) throws IOException {
        Optional<Handbook> built = preview.handbook();
        Set<String> paths = built.isEmpty() ? null : documentPaths(changed, built.get());
        Optional<Validation> updated = paths == null ? Optional.empty() : preview.update(paths);
        return updated.isPresent() ? updated.get() : preview.build();
    }

    /**
     * The source paths of the changed Markdown files, or {@code null} when something else changed. A file that
     * came and went between two builds (an editor's temporary file) is no change.
     */
    private Set<String> documentPaths(Set<Path> changed, Handbook built) {
        if (changed.isEmpty()) {
            return null;
        }
        Path source = config.sourceDirectory().toAbsolutePath().normalize();
        Set<String> paths = new TreeSet<>();
        for (Path p : changed) {
            Path file = p.toAbsolutePath().normalize();
            if (!file.startsWith(source) || file.equals(source)) {
                return null;
            }
            String path = source.relativize(file).toString().replace('\\', '/');
            if (path.endsWith(".md")) {
                paths.add(path);
            } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || built.assets().contains(path)) {
                return null;
            }
        }
        return paths.isEmpty() ? null : paths;
    }
}
