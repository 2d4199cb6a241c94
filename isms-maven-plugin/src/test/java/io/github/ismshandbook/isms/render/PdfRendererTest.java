package io.github.ismshandbook.isms.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Handbook</title>
            <link rel="stylesheet" href="assets/print.css"></head><body>
            <h1>Access Control Policy</h1><p>Access is granted on a need-to-know basis &amp; reviewed.</p>
            <img src="https://example.com/tracker.png" alt="external">
            <img src="../outside.png" alt="outside">
            </body></html>
            """;

    private static PdfRenderer.Metadata metadata(String title) {
        return new PdfRenderer.Metadata(title, "Example Ltd", "A handbook", LocalDate.of(2026, 3, 1));
    }

    @Test
    void printPageBecomesAPdfWithItsText(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("print.html"), PAGE);
        Path pdf = site.resolve("handbook.pdf");

        PdfRenderer.render(site, site.resolve("print.html"), pdf, metadata("Example Handbook"));

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Example Handbook");
            assertThat(new PDFTextStripper().getText(doc)).contains("Access Control Policy").contains("need-to-know");
        }
    }

    @Test
    void samePageGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("print.html"), PAGE);
        PdfRenderer.render(site, site.resolve("print.html"), site.resolve("a.pdf"), metadata("T"));
        PdfRenderer.render(site, site.resolve("print.html"), site.resolve("b.pdf"), metadata("T"));
        assertThat(Files.readAllBytes(site.resolve("a.pdf"))).isEqualTo(Files.readAllBytes(site.resolve("b.pdf")));
    }

    @Test
    void onlyFilesInsideTheSiteAreLoaded(@TempDir Path dir) {
        Path root = dir.resolve("site");
        String base = root.resolve("print.html").toUri().toString();
        assertThat(PdfRenderer.insideSite(root, base, "assets/print.css")).endsWith("site/assets/print.css");
        assertThat(PdfRenderer.insideSite(root, base, "../secret.png")).isNull();
        assertThat(PdfRenderer.insideSite(root, base, "https://example.com/x.png")).isNull();
        assertThat(PdfRenderer.insideSite(root, base, "file:///etc/passwd")).isNull();
    }
}
