package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.Validation;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.publish.ChangeSet;
import io.github.ismshandbook.isms.publish.ChangeSets;
import io.github.ismshandbook.isms.publish.SnapshotWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the handbook site of SPEC §6 to {@link BuildConfig#outputDirectory()}: a page per published document,
 * the index, the catalog, SoA, owner and review pages, search and print versions, the machine-readable files, the
 * source assets and the theme's assets, and {@code handbook.pdf} when {@link BuildConfig#pdf()} asks for it. The
 * site is written to a temporary sibling folder and moved into place only when complete, so a failed build leaves
 * the previous site untouched. Output is deterministic: the same handbook, configuration and {@code today} give
 * byte-identical files.
 * <pre>
 * new SiteRenderer(config).render(validation);
 * </pre>
 */
public final class SiteRenderer {

    private final BuildConfig config;
    private final Theme theme;

    public SiteRenderer(BuildConfig config) {
        this.config = config;
        this.theme = new Theme(config.themeDirectory());
    }

    /**
     * Renders the site of the validated handbook, replacing whatever {@code outputDirectory} held before;
     * {@code changes.html} compares with the newest version in {@link BuildConfig#publishDirectory()} older
     * than this one (a first version says so).
     */
    public void render(Validation validation) throws IOException {
        render(validation, ChangeSets.against(config.publishDirectory(), config.handbookVersion(),
                validation.handbook(), config.includeDrafts()));
    }

    /**
     * Renders the site with {@code changes.html} from {@code changes} (see
     * {@link io.github.ismshandbook.isms.publish.ChangeSets#against}), or, when {@code null}, saying that the build
     * was not compared. The site also gets {@code isms-snapshot.json}, which the next version compares with.
     */
    public void render(Validation validation, ChangeSet changes) throws IOException {
        Handbook handbook = validation.handbook();
        SiteModel model = new SiteModel(config, handbook);
        try (SiteOutput out = SiteOutput.begin(config.outputDirectory())) {
            copySourceAssets(handbook, out);
            theme.copyAssets(out);
            PageWriter pages = new PageWriter(model, theme, out);
            BodyRenderer bodies = new BodyRenderer(model.links);
            DocumentPages documents = new DocumentPages(model, pages, bodies);
            documents.write();
            new CatalogPages(model, pages).write();
            new ReviewPages(model, pages).write();
            new ReviewCalendar(model).write(out);
            new SearchIndex(model, documents.texts()).write(out);
            new HandbookManifest(model).write(out);
            new UtilityPages(model, pages, documents.printBodies()).write();
            new ChangesPage(model, pages).write(changes);
            SnapshotWriter.write(handbook, config.includeDrafts(), out.directory());
            if (config.pdf()) {
                PdfRenderer.render(out.directory(), out.resolve("print.html"),
                        out.resolve("handbook.pdf"), config.title());
            }
            out.commit();
        }
    }

    /**
     * Copies the non-Markdown files of the source folder to the same place in the site, so that relative links
     * keep working. A file that is, or resolves through a symbolic link to, something outside the source folder
     * is not copied (SPEC §8). Generated pages are written afterwards and win over a same-named source file.
     */
    private void copySourceAssets(Handbook handbook, SiteOutput out) throws IOException {
        Path source = config.sourceDirectory().toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            return;
        }
        Path realSource = source.toRealPath();
        for (String asset : handbook.assets()) {
            Path file = source.resolve(asset).normalize();
            if (!file.startsWith(source) || !Files.isRegularFile(file) || Files.isSymbolicLink(file)
                    || !file.toRealPath().startsWith(realSource)) {
                continue;
            }
            out.copy(file, asset);
        }
    }
}
