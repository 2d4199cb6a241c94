package io.github.ismshandbook.isms.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Turns the rendered {@code print.html} into {@code handbook.pdf} with openhtmltopdf: CSS paged media from the
 * theme's {@code print.css} (cover, contents with page numbers, running header and footer), an outline of every
 * document and its headings ({@link PdfBookmarks}), embedded fonts ({@link PdfFonts}), and page labels that match
 * the printed numbers (the cover, then 1, 2, … from the contents on). The PDF is tagged (PDF/UA), which also keeps
 * openhtmltopdf from setting up the standard 14 fonts, which are not embedded and make PDFBox look for system fonts.
 * <p>
 * Only files inside the site folder are loaded: an external image in a document is left out rather than fetched, so
 * a build never touches the network. The creation date is the handbook's date and the file id derives from the
 * content, so the same site gives the same bytes.
 */
public final class PdfRenderer {

    /**
     * What the PDF says about itself, in its document information and XMP metadata.
     *
     * @param title   the handbook's title
     * @param author  the organisation, or {@code null}
     * @param subject one sentence saying what the file is
     * @param date    the handbook's date ({@code today}), recorded as the creation date
     */
    public record Metadata(String title, String author, String subject, LocalDate date) {
    }

    static {
        // openhtmltopdf reports every resource it loads or refuses and every CSS property of the site's stylesheet it
        // does not support, through java.util.logging; none of it is for the handbook's author
        XRLog.setLoggingEnabled(false);
    }

    private PdfRenderer() {
    }

    /**
     * @param siteRoot  the site folder; nothing outside it is read
     * @param printHtml the print page inside {@code siteRoot}
     * @param pdf       the file to write
     * @param metadata  the PDF's document information
     */
    public static void render(Path siteRoot, Path printHtml, Path pdf, Metadata metadata) throws IOException {
        Path root = siteRoot.toAbsolutePath().normalize();
        byte[] html = Files.readAllBytes(printHtml);
        org.jsoup.nodes.Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8), printHtml.toUri().toString());
        prepare(page, metadata);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("ISMS Handbook")
                .withW3cDocument(W3CDom.convert(page), printHtml.toAbsolutePath().toUri().toString())
                .useUriResolver((base, uri) -> insideSite(root, base, uri));
        PdfFonts.register(builder);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            describe(document, metadata, html);
            labelPages(document);
            try (OutputStream out = Files.newOutputStream(pdf)) {
                document.save(out);
            }
        }
    }

    /**
     * The print page as the PDF renders it: no scripts or form controls, the handbook's title and metadata in the
     * head (openhtmltopdf copies them into the XMP metadata), the outline, and the {@code pdf} class that the
     * theme's print stylesheet keys the PDF's own rules on.
     */
    private static void prepare(org.jsoup.nodes.Document page, Metadata metadata) {
        // a PDF has no form controls: a task list's check boxes become the ballot box symbols they show
        for (Element box : page.select("input[type=checkbox]")) {
            box.replaceWith(new TextNode(box.hasAttr("checked") ? "☑" : "☐"));
        }
        page.select("script, link[rel=icon], input, meta[name]").remove();
        page.title(metadata.title());
        if (metadata.author() != null && !metadata.author().isBlank()) {
            page.head().appendElement("meta").attr("name", "author").attr("content", metadata.author());
        }
        page.head().appendElement("meta").attr("name", "subject").attr("content", metadata.subject());
        page.selectFirst("html").addClass("pdf");
        PdfBookmarks.addTo(page);
    }

    private static void describe(PDDocument document, Metadata metadata, byte[] html) {
        PDDocumentInformation info = document.getDocumentInformation();
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(metadata.date().getYear(), metadata.date().getMonthValue() - 1, metadata.date().getDayOfMonth());
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setCreator("ISMS Handbook");
        byte[] id = Arrays.copyOf(sha256(html), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * Page labels as printed: "Cover" for the pages before the contents, then 1, 2, … as in the footer, which
     * counts from the contents ({@code -fs-page-sequence: start} in the print stylesheet).
     */
    private static void labelPages(PDDocument document) throws IOException {
        int first = firstNumberedPage(document);
        PDPageLabels labels = new PDPageLabels(document);
        if (first > 0) {
            PDPageLabelRange cover = new PDPageLabelRange();
            cover.setPrefix("Cover");
            labels.setLabelItem(0, cover);
        }
        PDPageLabelRange numbered = new PDPageLabelRange();
        numbered.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(first, numbered);
        document.getDocumentCatalog().setPageLabels(labels);
    }

    /** The page the first bookmark (the contents) points at; 0 when it points nowhere. */
    private static int firstNumberedPage(PDDocument document) throws IOException {
        var outline = document.getDocumentCatalog().getDocumentOutline();
        PDOutlineItem contents = outline == null ? null : outline.getFirstChild();
        if (contents != null && contents.getDestination() instanceof PDPageDestination destination
                && destination.getPage() != null) {
            return Math.max(0, document.getPages().indexOf(destination.getPage()));
        }
        return 0;
    }

    /** The absolute file URI of {@code uri} when it lies inside the site, else {@code null} (not loaded). */
    static String insideSite(Path root, String base, String uri) {
        try {
            URI resolved = base == null ? new URI(uri) : new URI(base).resolve(new URI(uri));
            if (!"file".equals(resolved.getScheme())) {
                return null;
            }
            Path file = Paths.get(resolved).toAbsolutePath().normalize();
            return file.startsWith(root) ? file.toUri().toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
