package io.github.ismshandbook.isms.site;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PrintOptions;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The print version of the example handbook in headless Chromium: on screen, and printed by the browser. */
class PrintVersionIT {

    private static ExampleInBrowser example;
    private static StaticServer server;
    private static Browser desktop;

    @BeforeAll
    static void start() throws Exception {
        example = ExampleInBrowser.open(1280, 900);
        server = example.server();
        desktop = example.browser();
    }

    @AfterAll
    static void stop() {
        if (example != null) {
            example.close();
        }
    }

    @Test
    void printVersionIsAccessibleAndQuiet() {
        desktop.consoleErrors();
        desktop.driver().get(server.url("print.html"));
        Results results = new AxeBuilder().analyze(desktop.driver());

        assertThat(results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp()).toList()).isEmpty();
        assertThat(desktop.consoleErrors()).isEmpty();
        // the PDF's running header and footer are not part of the page on screen
        assertThat(desktop.driver().findElements(By.cssSelector(".print-running")))
                .isNotEmpty().noneMatch(e -> e.isDisplayed());
        assertThat(desktop.driver().findElement(By.cssSelector(".control-block caption")).getText())
                .isEqualTo("Document control");
    }

    @Test
    void aBrowserPrintsTheCoverAloneAndNumbersThePages() throws Exception {
        desktop.driver().get(server.url("print.html"));
        String pdf = desktop.driver().print(new PrintOptions()).getContent();

        try (PDDocument printed = Loader.loadPDF(Base64.getDecoder().decode(pdf))) {
            int pages = printed.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(printed);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(printed);

            assertThat(cover).contains("Document control", "Classification", "CONFIDENTIAL").doesNotContain("Page 1 of");
            assertThat(second).contains("Contents", "Page 2 of " + pages);
        }
    }
}
