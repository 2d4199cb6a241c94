package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Validation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.github.ismshandbook.isms.render.TestHandbooks.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code handbook.pdf} as an auditor gets it, read back with PDFBox. */
class HandbookPdfTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    /** The page area inside the running header and footer (A4 in points, 20 mm margins). */
    private static final Rectangle2D BODY = new Rectangle2D.Double(0, 57, 596, 842 - 2 * 57);

    @TempDir
    static Path project;
    private static BuildConfig config;
    private static PDDocument pdf;

    static List<Document> documents() {
        String longSection = "A paragraph long enough to fill a page when repeated, about keys and their rotation. ".repeat(6);
        return List.of(
                doc("policies/access-control.md", "POL-AC").title("Access Control Policy").owner("CISO").version("2.10")
                        .approved("Management Board", LocalDate.of(2025, 6, 1)).classification("internal")
                        .controls("A.5.15").body("""
                                # Access Control Policy

                                ## Purpose

                                Access is granted on a need-to-know basis.

                                ## Rules

                                The rules apply to every account.

                                - Outer item one
                                  - Inner item
                                    - Innermost item
                                - Outer item two

                                1. First step
                                2. Second step

                                - [x] Joiner process automated
                                - [ ] Mover process automated

                                ### Exceptions

                                Exceptions are approved by the CISO ✓ and recorded → in the register.

                                ## Review

                                Reviewed every year.
                                """)
                        .build(),
                doc("standards/cryptography.md", "STD-CR").title("Cryptography Standard").owner("IT Security")
                        .type(DocumentType.STANDARD).classification("restricted").body("""
                                ## Keys

                                Keys are stored in the `kms` service.

                                """ + (longSection + "\n\n").repeat(12) + """
                                ## Algorithms

                                AES-256 only.
                                """)
                        .build(),
                doc("procedures/incident-response.md", "PRO-IR").title("Incident Response Procedure")
                        .owner("CISO").type(DocumentType.PROCEDURE).classification("public")
                        .body("## Report\n\nReport incidents to the service desk.\n")
                        .build(),
                doc("policies/remote-work.md", "POL-REMOTE").title("Remote Work Policy").status(DocumentStatus.DRAFT)
                        .body("Draft text.\n").build());
    }

    static BuildConfig config(Path basedir, Path site) {
        return BuildConfig.builder(basedir, TODAY).outputDirectory(site).title("Acme Security Handbook")
                .handbookVersion("2026.1").organization("Acme Ltd").pdf(true).build();
    }

    private static Path render(Path site) throws IOException {
        BuildConfig c = config(project, site);
        new SiteRenderer(c).render(new Validation(
                new Handbook(documents(), Set.of(), Set.of(), TestHandbooks.catalog()), List.of()));
        return site.resolve("handbook.pdf");
    }

    @BeforeAll
    static void renderOnce() throws IOException {
        config = config(project, project.resolve("site"));
        pdf = Loader.loadPDF(render(config.outputDirectory()).toFile());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    private static String text(int pageIndex) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        return stripper.getText(pdf);
    }

    /** The text of a page without its running header and footer. */
    private static String body(int pageIndex) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        stripper.addRegion("body", BODY);
        stripper.extractRegions(pdf.getPage(pageIndex));
        return stripper.getTextForRegion("body").strip();
    }

    private static List<PDOutlineItem> children(PDOutlineNode node) {
        List<PDOutlineItem> items = new ArrayList<>();
        node.children().forEach(items::add);
        return items;
    }

    private static List<String> titles(PDOutlineNode node) {
        return children(node).stream().map(PDOutlineItem::getTitle).toList();
    }

    private static PDOutlineItem item(PDOutlineNode node, String title) {
        return children(node).stream().filter(i -> i.getTitle().equals(title)).findFirst().orElseThrow(
                () -> new AssertionError("no bookmark '" + title + "' in " + titles(node)));
    }

    private static int pageOf(PDOutlineItem item) throws IOException {
        PDDestination destination = item.getDestination();
        if (destination == null && item.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        PDPage page = ((PDPageDestination) destination).getPage();
        return pdf.getPages().indexOf(page);
    }

    @Test
    void outlineHasTheContentsAndEveryDocumentWithItsHeadingsNested() {
        var outline = pdf.getDocumentCatalog().getDocumentOutline();

        assertThat(titles(outline)).containsExactly("Contents", "Access Control Policy", "Cryptography Standard",
                "Incident Response Procedure");
        PDOutlineItem policy = item(outline, "Access Control Policy");
        // the body's h1 repeats the title: it is the document's own entry, not a child of it
        assertThat(titles(policy)).containsExactly("Purpose", "Rules", "Review");
        assertThat(titles(item(policy, "Rules"))).containsExactly("Exceptions");
        assertThat(titles(item(outline, "Cryptography Standard"))).containsExactly("Keys", "Algorithms");
    }

    @Test
    void everyDocumentStartsAPageThatBeginsWithItsTitle() throws IOException {
        var outline = pdf.getDocumentCatalog().getDocumentOutline();
        List<Integer> starts = new ArrayList<>();
        for (String title : List.of("Access Control Policy", "Cryptography Standard", "Incident Response Procedure")) {
            int page = pageOf(item(outline, title));
            assertThat(body(page)).as("page %d", page + 1).startsWith(title);
            starts.add(page);
        }
        assertThat(starts).isSorted().doesNotHaveDuplicates();
        // the cryptography standard runs over more than one page, and the next document still starts a new one
        assertThat(starts.get(2) - starts.get(1)).isGreaterThan(1);
    }

    @Test
    void coverCarriesTheDocumentControlBlockAndNoPageNumber() throws IOException {
        String cover = text(0);

        assertThat(cover).contains("Acme Security Handbook", "Document control", "Handbook Acme Security Handbook",
                "Version 2026.1", "Organization Acme Ltd", "Date 2026-03-01", "Documents 3");
        // the highest classification among the published documents
        assertThat(cover).contains("Classification RESTRICTED");
        assertThat(cover).doesNotContain("Page ", "Remote Work Policy");
    }

    @Test
    void pagesAfterTheCoverSayPageXOfYAndTheClassification() throws IOException {
        int numbered = pdf.getNumberOfPages() - 1;
        assertThat(numbered).isGreaterThanOrEqualTo(5);
        for (int i = 1; i <= numbered; i++) {
            assertThat(text(i)).as("page %d", i + 1)
                    .contains("Page " + i + " of " + numbered)
                    .contains("Acme Security Handbook · Version 2026.1 · RESTRICTED");
        }
    }

    @Test
    void pageLabelsMatchThePrintedNumbers() throws IOException {
        PDPageLabels labels = pdf.getDocumentCatalog().getPageLabels();

        assertThat(labels).isNotNull();
        String[] byIndex = labels.getLabelsByPageIndices();
        assertThat(byIndex[0]).isEqualTo("Cover");
        for (int i = 1; i < byIndex.length; i++) {
            assertThat(byIndex[i]).isEqualTo(String.valueOf(i));
        }
    }

    @Test
    void contentsGiveThePageEachDocumentStartsOn() throws IOException {
        var outline = pdf.getDocumentCatalog().getDocumentOutline();
        String contents = body(pageOf(item(outline, "Contents")));
        String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("POL-AC +Access Control Policy", labels[pageOf(item(outline, "Access Control Policy"))]);
        expected.put("STD-CR +Cryptography Standard", labels[pageOf(item(outline, "Cryptography Standard"))]);
        expected.put("PRO-IR +Incident Response Procedure", labels[pageOf(item(outline, "Incident Response Procedure"))]);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(contents).containsPattern("(?m)^" + e.getKey() + " [ .]*" + e.getValue() + "$");
        }
        assertThat(contents).contains("Policies", "Standards", "Procedures");
    }

    @Test
    void eachDocumentShowsItsMetadataAsATable() throws IOException {
        int page = pageOf(item(pdf.getDocumentCatalog().getDocumentOutline(), "Access Control Policy"));
        String body = body(page);

        assertThat(body).contains("Id POL-AC Version 2.10", "Status Approved Classification INTERNAL",
                "Owner CISO Next review 2026-12-31", "Approved by Management Board Approved on 2025-06-01",
                "Controls A.5.15");
    }

    @Test
    void nestedListsAreIndentedByLevel() throws IOException {
        Map<String, Float> x = new LinkedHashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (String start : List.of("The rules apply", "Outer item one", "Inner item", "Innermost item",
                        "First step")) {
                    int at = text.indexOf(start);
                    if (at >= 0 && at < positions.size()) {
                        x.putIfAbsent(start, positions.get(at).getXDirAdj());
                    }
                }
                super.writeString(text, positions);
            }
        };
        int page = pageOf(item(pdf.getDocumentCatalog().getDocumentOutline(), "Access Control Policy"));
        stripper.setSortByPosition(true);
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        String text = stripper.getText(pdf);

        assertThat(x).containsOnlyKeys("The rules apply", "Outer item one", "Inner item", "Innermost item", "First step");
        assertThat(x.get("Outer item one")).isGreaterThan(x.get("The rules apply") + 10);
        assertThat(x.get("Inner item")).isGreaterThan(x.get("Outer item one") + 10);
        assertThat(x.get("Innermost item")).isGreaterThan(x.get("Inner item") + 10);
        assertThat(x.get("First step")).isEqualTo(x.get("Outer item one"));
        // an ordered list keeps its numbers, in front of the text
        assertThat(text).containsPattern("(?m)^1\\. +First step$").containsPattern("(?m)^2\\. +Second step$");
    }

    @Test
    void everyFontIsEmbeddedAndSymbolsAreNotLost() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
        }
        assertThat(fonts).anyMatch(f -> f.endsWith("+LiberationSans"))
                .anyMatch(f -> f.endsWith("+LiberationMono"))
                .anyMatch(f -> f.endsWith("+DejaVuSans"));
        int page = pageOf(item(pdf.getDocumentCatalog().getDocumentOutline(), "Access Control Policy"));
        assertThat(text(page)).contains("approved by the CISO ✓ and recorded → in the register")
                // a task list's check boxes keep their state
                .containsPattern("☑\\h+Joiner process automated").containsPattern("☐\\h+Mover process automated");
    }

    @Test
    void metadataNamesTheHandbookAndItsDate() {
        var info = pdf.getDocumentInformation();

        assertThat(info.getTitle()).isEqualTo("Acme Security Handbook");
        assertThat(info.getAuthor()).isEqualTo("Acme Ltd");
        assertThat(info.getSubject()).contains("version 2026.1");
        assertThat(info.getCreationDate().toInstant()).isEqualTo(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(info.getMetadataKeys()).containsOnly("Title", "Author", "Subject", "Creator", "Producer",
                "CreationDate", "ModDate");
        // tagged for screen readers
        assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        assertThat(pdf.getDocumentCatalog().getMetadata()).isNotNull();
    }

    @Test
    void qpdfFindsNothingToComplainAbout() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/qpdf")), "qpdf is not installed");
        Process qpdf = new ProcessBuilder("/usr/bin/qpdf", "--check", config.outputDirectory().resolve("handbook.pdf").toString())
                .redirectErrorStream(true).start();
        String output = new String(qpdf.getInputStream().readAllBytes());
        assertThat(qpdf.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(qpdf.exitValue()).as(output).isZero();
    }

    @Test
    void twoRendersAreByteIdentical() throws IOException {
        Path again = render(project.resolve("again"));
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(config.outputDirectory().resolve("handbook.pdf")));
    }
}
