package io.github.ismshandbook.isms.serve;

import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.load.HandbookLoader;
import io.github.ismshandbook.isms.load.LoadResult;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Validation;
import io.github.ismshandbook.isms.publish.SiteOrigin;
import io.github.ismshandbook.isms.render.SiteRenderer;
import io.github.ismshandbook.isms.report.FindingsReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The preview's builder: the first build, and any change it cannot follow, builds everything; a change to
 * Markdown documents reloads only those, re-renders the changed documents' pages first, then the pages that show
 * them ({@link SiteRenderer#update}), and checks the whole handbook again (checks are quick). A theme file, an
 * asset, a new or deleted document, or lost watch events mean a full build.
 */
public final class IncrementalBuilder implements SiteBuilder {

    private final BuildConfig config;
    private final HandbookPipeline pipeline;
    /** The renderer of the last full build, whose theme (templates read once) the updates after it use. */
    private SiteRenderer renderer;
    private LoadResult loaded;

    public IncrementalBuilder(BuildConfig config) {
        this.config = config;
        this.pipeline = new HandbookPipeline(config);
    }

    @Override
    public Validation build(Set<Path> changed) throws IOException {
        try {
            Set<String> paths = loaded == null ? null : documentPaths(changed);
            Optional<LoadResult> reloaded = paths == null ? Optional.empty()
                    : new HandbookLoader(config).reload(loaded, paths);
            if (reloaded.isEmpty()) {
                loaded = new HandbookLoader(config).load();
                Validation validation = pipeline.validate(loaded);
                new FindingsReport(config).write(validation);
                // a new renderer reads the theme again: a changed template or theme folder is a full build
                renderer = pipeline.renderer(SiteOrigin.Goal.SERVE);
                renderer.render(validation);
                return validation;
            }
            loaded = reloaded.get();
            // pages do not show findings: the edited page comes first, the checks after it
            renderer.update(new Validation(loaded.handbook(), List.of()), paths);
            Validation validation = pipeline.validate(loaded);
            new FindingsReport(config).write(validation);
            return validation;
        } catch (IOException | RuntimeException e) {
            loaded = null; // the site may be half updated: the next change builds everything
            throw e;
        }
    }

    /**
     * The source paths of the changed Markdown files, or {@code null} when something else changed. A file that
     * came and went between two builds (an editor's temporary file) is no change.
     */
    private Set<String> documentPaths(Set<Path> changed) {
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
            } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || loaded.handbook().assets().contains(path)) {
                return null;
            }
        }
        return paths.isEmpty() ? null : paths;
    }
}
