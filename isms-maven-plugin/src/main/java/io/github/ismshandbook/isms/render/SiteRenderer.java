package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.files.AtomicFiles.Content;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.ChangeSet;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Validation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders the handbook site (docs/reference.md, "Site") to {@link BuildConfig#outputDirectory()}: a page per published
 * document, the index, the catalog, SoA, owner and review pages, search and print versions, the machine-readable files,
 * the source assets and the theme's assets, and {@code handbook.pdf} when {@link BuildConfig#pdf()} asks for it. The
 * site is written to a temporary sibling folder and moved into place only when complete, so a failed build leaves
 * the previous site untouched. Output is deterministic: the same handbook, configuration and {@code today} give
 * byte-identical files.
 * <pre>
 * new SiteRenderer(config).render(validation);
 * </pre>
 */
public final class SiteRenderer {

    /** The PDF of the whole handbook, at the root of the site, when {@link BuildConfig#pdf()} asks for it. */
    public static final String PDF = "handbook.pdf";

    private final BuildConfig config;
    private final SiteRecords records;
    private final Theme theme;
    /** What the last render leaves for {@link #update}: its model, search texts and print bodies. */
    private Retained retained;

    private record Retained(SiteModel model, CompressedTexts texts, CompressedTexts printBodies) {
    }

    /** A renderer of the pages alone: {@code changes.html} says the build was not compared. */
    public SiteRenderer(BuildConfig config) {
        this(config, SiteRecords.NONE);
    }

    /** A renderer whose sites show and hold {@code records} beside the pages. */
    public SiteRenderer(BuildConfig config, SiteRecords records) {
        this.config = config;
        this.records = records;
        this.theme = new Theme(config.themeDirectory());
    }

    /**
     * Renders the site of the validated handbook, replacing whatever {@code outputDirectory} held before;
     * {@code changes.html} shows {@link SiteRecords#changes}.
     */
    public void render(Validation validation) throws IOException {
        render(validation, records.changes(validation.handbook()));
    }

    /**
     * Renders the site with {@code changes.html} from {@code changes}, or, when {@code null}, saying that the build
     * was not compared. The site also gets the files of {@link SiteRecords#files}.
     */
    public void render(Validation validation, ChangeSet changes) throws IOException {
        render(new SiteModel(config, validation.handbook()), changes);
    }

    private void render(SiteModel model, ChangeSet changes) throws IOException {
        Handbook handbook = model.handbook;
        try (SiteOutput out = SiteOutput.begin(config.outputDirectory())) {
            copySourceAssets(handbook, out);
            theme.copyAssets(out);
            PageWriter pages = new PageWriter(model, theme, out);
            DocumentPages documents = new DocumentPages(model, pages, new BodyRenderer(model.links));
            documents.write();
            writeListings(model, pages, documents, out, changes);
            out.commit();
            retained = new Retained(model, documents.texts(), documents.printBodies());
        }
    }

    /**
     * Updates the site in place after the documents at {@code changedPaths} (source paths) changed, for the
     * preview: their pages first, then the pages of the documents they link to or from (before or after the
     * change), or of all documents when the navigation changes, then every page that lists documents. When only
     * bodies changed (same metadata, links and headings), only the pages made from bodies follow. Each file is
     * replaced atomically; the site as a whole is not. Renders everything, as {@link #render(Validation)}, when
     * there was no render before or the set of published documents changed.
     */
    public void update(Handbook handbook, Set<String> changedPaths) throws IOException {
        SiteModel model = new SiteModel(config, handbook);
        if (retained == null || !retained.model().pagesOf().equals(model.pagesOf())) {
            render(model, records.changes(handbook));
            return;
        }
        SiteModel before = retained.model();
        // a body edit that leaves the document's metadata, links and headings alone shows only on its own page
        // and in the pages made from bodies (print, search, changes)
        boolean listed = changedPaths.stream().anyMatch(p -> !before.listingKey(p).equals(model.listingKey(p)));
        Set<String> neighbours = new TreeSet<>();
        if (listed) {
            for (String path : changedPaths) {
                neighbours.addAll(before.neighbours(path));
                neighbours.addAll(model.neighbours(path));
            }
            // every page's navigation lists documents by title: a changed title or type touches every page
            if (changedPaths.stream().anyMatch(p -> !before.navigationEntry(p).equals(model.navigationEntry(p)))) {
                model.published.forEach(d -> neighbours.add(d.path()));
            }
            neighbours.removeAll(changedPaths);
        }
        try (SiteOutput out = SiteOutput.inPlace(config.outputDirectory())) {
            PageWriter pages = new PageWriter(model, theme, out);
            DocumentPages documents = new DocumentPages(model, pages, new BodyRenderer(model.links),
                    retained.texts(), retained.printBodies());
            documents.write(published(model, changedPaths));
            // compared with the published version only after the edited pages: it reads the published snapshot
            ChangeSet changes = records.changes(handbook);
            if (listed) {
                documents.write(published(model, neighbours));
                documents.writeIndex();
                writeListings(model, pages, documents, out, changes);
            } else {
                writeBodyListings(model, pages, documents, out, changes);
            }
            out.commit();
        }
        retained = new Retained(model, retained.texts(), retained.printBodies());
    }

    private static List<Document> published(SiteModel model, Set<String> paths) {
        return model.published.stream().filter(d -> paths.contains(d.path())).toList();
    }

    /** Every page and file that lists documents, after the documents' own pages. */
    private void writeListings(SiteModel model, PageWriter pages, DocumentPages documents, SiteOutput out,
                               ChangeSet changes) throws IOException {
        new CatalogPages(model, pages, out).write();
        new MandatoryPage(model, pages).write();
        new ReviewPages(model, pages).write();
        new ReviewCalendar(model).write(out);
        new HandbookManifest(model).write(out);
        writeBodyListings(model, pages, documents, out, changes);
    }

    /** The pages and files made from the documents' bodies. */
    private void writeBodyListings(SiteModel model, PageWriter pages, DocumentPages documents, SiteOutput out,
                                   ChangeSet changes) throws IOException {
        new SearchIndex(model, documents.texts()).write(out);
        new UtilityPages(model, pages, documents.printBodies()).write();
        new ChangesPage(model, pages).write(changes);
        // through the output, as every other file: an update in place replaces them, never writes into them
        for (Map.Entry<String, Content<OutputStream>> file : records.files(model.handbook).entrySet()) {
            out.writeBytes(file.getKey(), file.getValue());
        }
        if (config.pdf()) {
            PdfRenderer.render(out.directory(), out.resolve("print.html"), out.resolve(PDF),
                    new PdfRenderer.Metadata(config.title(), config.organization(),
                            "Information security management system handbook, version " + config.handbookVersion(),
                            config.today()));
        }
    }

    /**
     * Copies the non-Markdown files of the source folder to the same place in the site, so that relative links
     * keep working. A file that is, or resolves through a symbolic link to, something outside the source folder
     * is not copied (docs/reference.md, "Guarantees"). Generated pages are written afterwards and win over a same-named
     * source file.
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
