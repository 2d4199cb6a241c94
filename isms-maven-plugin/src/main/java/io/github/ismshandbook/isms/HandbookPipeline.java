package io.github.ismshandbook.isms;

import io.github.ismshandbook.isms.check.HandbookChecker;
import io.github.ismshandbook.isms.load.HandbookLoader;
import io.github.ismshandbook.isms.load.LoadResult;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;
import io.github.ismshandbook.isms.publish.SiteOrigin;
import io.github.ismshandbook.isms.publish.UnchangedVersions;
import io.github.ismshandbook.isms.render.SiteRenderer;
import io.github.ismshandbook.isms.report.FindingsReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole pipeline of the handbook: load, check, report, and optionally render.
 * <pre>
 * source folder ──load──▶ Handbook ──check──▶ Findings ──▶ reports
 *                            └──────render (theme)───────▶ site folder
 * </pre>
 */
public final class HandbookPipeline {

    private final BuildConfig config;
    private final Path projectDirectory;

    public HandbookPipeline(BuildConfig config) {
        this(config, null);
    }

    /**
     * @param projectDirectory the project's folder, which the SARIF report's paths are relative to when the sources
     *                         are in no Git working tree (see {@link FindingsReport}); may be {@code null}
     */
    public HandbookPipeline(BuildConfig config, Path projectDirectory) {
        this.config = config;
        this.projectDirectory = projectDirectory;
    }

    /** Loads and checks; findings carry their configured severity, {@code off} rules are dropped. */
    public Validation validate() throws IOException {
        return validate(new HandbookLoader(config).load());
    }

    /** Checks what was loaded; findings carry their configured severity, {@code off} rules are dropped. */
    public Validation validate(LoadResult loaded) {
        List<Finding> all = new ArrayList<>(loaded.findings());
        all.addAll(new HandbookChecker(config).check(loaded.handbook()));
        // compares with the previous published version, which the checks below the publishing layer cannot read
        all.addAll(UnchangedVersions.check(loaded.handbook(), config));
        List<Finding> effective = all.stream()
                .map(f -> f.withSeverity(config.severityOf(f.rule())))
                .filter(f -> f.severity() != Severity.OFF)
                .sorted(Finding.ORDER)
                .toList();
        return new Validation(loaded.handbook(), effective);
    }

    /** Validates, writes the three report files to {@link BuildConfig#reportDirectory()}, and returns the result. */
    public Validation check() throws IOException {
        Validation validation = validate();
        new FindingsReport(config, projectDirectory).write(validation);
        return validation;
    }

    /** {@link #check()}, then renders the site to {@link BuildConfig#outputDirectory()}. */
    public Validation build() throws IOException {
        return build(SiteOrigin.Goal.BUILD);
    }

    /** {@link #build()} for {@code goal}, which the site records ({@link SiteOrigin}). */
    public Validation build(SiteOrigin.Goal goal) throws IOException {
        Validation validation = check();
        renderer(goal).render(validation);
        return validation;
    }

    /**
     * A renderer for {@code goal}, whose sites hold what publishing needs: the comparison with the published version
     * in {@code changes.html}, the snapshot the next version compares with, and the goal and drafts that
     * {@code isms:publish} checks ({@link SiteOrigin}).
     */
    public SiteRenderer renderer(SiteOrigin.Goal goal) {
        return new SiteRenderer(config, new PublishingRecords(config, goal));
    }

    /**
     * The pipeline of the preview ({@code isms:serve}): a first {@link Preview#build() build} of everything, then
     * {@link Preview#update updates} that follow edits of documents.
     */
    public Preview preview() {
        return new Preview();
    }

    /** The preview's state between builds: the handbook loaded last, and the renderer whose theme updates use. */
    public final class Preview {

        private LoadResult loaded;
        private SiteRenderer renderer;

        private Preview() {
        }

        /**
         * Loads and checks everything, writes the reports and renders the site for {@code isms:serve}. A new
         * renderer reads the theme again, so a changed template or theme folder is a build.
         */
        public Validation build() throws IOException {
            return step(() -> {
                LoadResult all = new HandbookLoader(config).load();
                Validation validation = validate(all);
                new FindingsReport(config, projectDirectory).write(validation);
                renderer = renderer(SiteOrigin.Goal.SERVE);
                renderer.render(validation);
                loaded = all;
                return validation;
            });
        }

        /**
         * Follows an edit of the documents at {@code paths} (source paths): reloads only those, re-renders their pages
         * first, then the pages that show them ({@link SiteRenderer#update}), then checks the whole handbook again
         * (checks are quick) and writes the reports. Pages do not show findings, so the edited page need not wait
         * for the checks. Empty when the edit cannot be followed (nothing built yet, or a file that is no longer a
         * document): then {@link #build()}.
         */
        public Optional<Validation> update(Set<String> paths) throws IOException {
            if (loaded == null) {
                return Optional.empty();
            }
            return step(() -> {
                Optional<LoadResult> reloaded = new HandbookLoader(config).reload(loaded, paths);
                if (reloaded.isEmpty()) {
                    return Optional.empty();
                }
                renderer.update(reloaded.get().handbook(), paths);
                Validation validation = validate(reloaded.get());
                new FindingsReport(config, projectDirectory).write(validation);
                loaded = reloaded.get();
                return Optional.of(validation);
            });
        }

        /** The handbook of the last build or update; empty before the first build and after a failed one. */
        public Optional<Handbook> handbook() {
            return Optional.ofNullable(loaded).map(LoadResult::handbook);
        }

        /** A failed step may leave the site half updated: the next change builds everything. */
        private <T> T step(Step<T> work) throws IOException {
            try {
                return work.run();
            } catch (IOException | RuntimeException e) {
                loaded = null;
                throw e;
            }
        }

        /** Work whose failure leaves the site in a state the preview cannot know. */
        @FunctionalInterface
        private interface Step<T> {
            T run() throws IOException;
        }
    }
}
