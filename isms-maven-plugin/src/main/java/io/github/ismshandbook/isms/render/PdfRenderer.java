package io.github.ismshandbook.isms.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

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
import java.util.Arrays;

/**
 * Turns the rendered {@code print.html} into {@code handbook.pdf} (openhtmltopdf). Only files inside the
 * site folder are loaded: an external image in a document is left out rather than fetched, so a build
 * never touches the network. The PDF carries no creation date and a content-derived file id, so the same
 * site gives the same bytes.
 */
public final class PdfRenderer {

    static {
        // openhtmltopdf logs every resource it loads or refuses and every CSS property it does not support
        XRLog.setLoggingEnabled(false);
    }

    private PdfRenderer() {
    }

    /**
     * @param siteRoot  the site folder; nothing outside it is read
     * @param printHtml the print page inside {@code siteRoot}
     * @param pdf       the file to write
     * @param title     the PDF's title metadata
     */
    public static void render(Path siteRoot, Path printHtml, Path pdf, String title) throws IOException {
        Path root = siteRoot.toAbsolutePath().normalize();
        byte[] html = Files.readAllBytes(printHtml);
        org.jsoup.nodes.Document parsed = Jsoup.parse(new String(html, StandardCharsets.UTF_8), printHtml.toUri().toString());
        parsed.select("script, link[rel=icon], input").remove();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(W3CDom.convert(parsed), printHtml.toAbsolutePath().toUri().toString())
                .useUriResolver((base, uri) -> insideSite(root, base, uri));
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setProducer("ISMS Handbook");
            document.setDocumentInformation(info);
            byte[] id = Arrays.copyOf(sha256(html), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            try (OutputStream out = Files.newOutputStream(pdf)) {
                document.save(out);
            }
        }
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
