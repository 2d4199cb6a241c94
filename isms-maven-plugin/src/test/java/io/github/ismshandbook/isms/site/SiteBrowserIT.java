package io.github.ismshandbook.isms.site;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader does with the example handbook, in headless Chromium: read, search, follow links, on a phone too. */
class SiteBrowserIT {

    private static final List<String> PAGES = List.of("index.html", "policies/access-control.html",
            "controls/index.html", "soa.html", "reviews.html", "search.html");

    private static final String LINK_IN_TEXT = "link-in-text-block";

    private static StaticServer server;
    private static StaticServer policySet;
    private static Browser desktop;
    private static Path site;

    @BeforeAll
    static void start() throws Exception {
        assertThat(Browser.isAvailable()).as("Debian's chromium and chromium-driver are installed (see .ci/run)").isTrue();
        site = ExampleSite.directory();
        server = new StaticServer(site);
        policySet = new StaticServer(PolicySet.directory());
        desktop = new Browser(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (desktop != null) {
            desktop.close();
        }
        if (server != null) {
            server.close();
        }
        if (policySet != null) {
            policySet.close();
        }
    }

    @Test
    void consoleErrorsAreSeen(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("boom.html"), "<!DOCTYPE html><title>x</title><script src=\"boom.js\"></script>");
        Files.writeString(dir.resolve("boom.js"), "throw new Error('boom');");
        try (StaticServer local = new StaticServer(dir)) {
            desktop.driver().get(local.url("boom.html"));
            assertThat(desktop.consoleErrors()).anyMatch(m -> m.contains("boom"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "policies/access-control.html", "controls/index.html", "controls/A.5.15.html",
            "controls/A.7.6.html", "soa.html", "mandatory.html", "soa-document.html", "reviews.html", "owners.html", "changes.html",
            "search.html"})
    void pageIsAccessibleAndQuiet(String page) {
        assertThat(site.resolve(page)).exists();
        desktop.consoleErrors();
        desktop.driver().get(server.url(page));
        Results results = new AxeBuilder().analyze(desktop.driver());
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(SiteBrowserIT::describe)
                .toList();
        assertThat(serious).as("serious or critical axe-core violations on " + page).isEmpty();
        assertThat(desktop.consoleErrors()).as("console errors on " + page).isEmpty();
    }

    /**
     * WCAG 1.4.1: a link in running text (paragraphs, list items, table cells, admonitions, the lists of related
     * documents) must be told from the text around it by more than its colour, in light and in dark mode. axe-core
     * must be able to say so: "incomplete" (it could not tell) counts as a failure too.
     */
    @ParameterizedTest
    @CsvSource({"light, policies/access.html", "dark, policies/access.html", "light, policies/information-security.html",
            "dark, policies/information-security.html", "light, policies/data-protection.html", "light, index.html",
            "dark, index.html"})
    void linksInRunningTextAreSetApartByMoreThanColour(String scheme, String page) {
        ChromeDriver driver = desktop.driver();
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        try {
            driver.get(policySet.url(page));
            assertThat(((JavascriptExecutor) driver).executeScript(
                    "return matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(scheme.equals("dark"));
            Results results = new AxeBuilder().withRules(List.of(LINK_IN_TEXT)).analyze(driver);
            assertThat(Stream.concat(results.getViolations().stream(), results.getIncomplete().stream()))
                    .as(scheme + " " + page).filteredOn(r -> r.getId().equals(LINK_IN_TEXT))
                    .extracting(SiteBrowserIT::describe).isEmpty();
            if (page.startsWith("policies/")) {
                assertThat(results.getPasses()).as("axe looked at the links in the text of " + page)
                        .anyMatch(r -> r.getId().equals(LINK_IN_TEXT));
            }
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void searchFindsAWordThatOnlyABodyContains() {
        ChromeDriver driver = desktop.driver();
        driver.get(server.url("search.html"));
        WebElement input = driver.findElement(By.cssSelector("main input[type=search]"));
        input.sendKeys("tailgating");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> !d.findElements(By.cssSelector("#searchResults a")).isEmpty());
        List<String> hrefs = driver.findElements(By.cssSelector("#searchResults a")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertThat(hrefs).anyMatch(h -> h.contains("physical-security"));
        assertThat(desktop.consoleErrors()).isEmpty();
    }

    /** Older templates mark targets with {@code <a name="…">text</a>}: that text is not a link and must not look like one. */
    @Test
    void anAnchorWithoutHrefLooksLikeTheTextAroundIt() {
        ChromeDriver driver = desktop.driver();
        driver.get(policySet.url("policies/data-protection.html"));
        WebElement anchor = driver.findElement(By.cssSelector(".doc-body a:not([href])"));
        WebElement paragraph = anchor.findElement(By.xpath(".."));

        assertThat(anchor.getText()).isEqualTo("Records are kept");
        assertThat(anchor.getCssValue("color")).isEqualTo(paragraph.getCssValue("color"));
        assertThat(anchor.getCssValue("text-decoration-line")).isEqualTo("none");
    }

    @Test
    void aControlLinkLeadsToTheControlPage() {
        ChromeDriver driver = desktop.driver();
        driver.get(server.url("policies/access-control.html"));
        WebElement link = driver.findElement(By.cssSelector("a[href$='controls/A.5.15.html']"));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("controls/A.5.15.html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("5.15").contains("Access control");
    }

    @Test
    void nothingScrollsSidewaysOnAPhone() {
        try (Browser phone = new Browser(375, 812)) {
            for (String page : PAGES) {
                phone.driver().get(server.url(page));
                Number overflow = (Number) ((JavascriptExecutor) phone.driver()).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(overflow.intValue()).as("sideways overflow of " + page + " at 375 px").isLessThanOrEqualTo(0);
            }
        }
    }

    private static String describe(Rule violation) {
        return violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
                + violation.getNodes().stream().map(n -> n.getTarget() + " " + n.getHtml()).limit(3).toList();
    }
}
