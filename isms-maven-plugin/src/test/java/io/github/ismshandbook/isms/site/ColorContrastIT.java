package io.github.ismshandbook.isms.site;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.model.BuildConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admonition type and every badge keeps WCAG AA contrast in the light and the dark colour scheme: axe-core's
 * color-contrast rule for the text, and the contrast of each admonition's icon colour against its heading and the
 * page (the icon and the edge carry the type), measured in Chromium with prefers-color-scheme emulated.
 */
class ColorContrastIT {

    /** The admonition types of MkDocs Material that the theme styles. */
    static final List<String> ADMONITIONS = List.of("note", "abstract", "info", "tip", "success", "question",
            "warning", "failure", "danger", "bug", "example", "quote");

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    static Path project;
    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void buildAndStart() throws Exception {
        assertThat(Browser.isAvailable()).as("Debian's chromium and chromium-driver are installed (see .ci/run)").isTrue();
        Path source = project.resolve("src/handbook");
        StringBuilder admonitions = new StringBuilder();
        for (String type : ADMONITIONS) {
            admonitions.append("!!! ").append(type).append(" \"A ").append(type).append("\"\n    Text of the ")
                    .append(type).append(", with a [link](https://example.org/").append(type).append(").\n\n");
        }
        write(source.resolve("policies/admonitions.md"), "POL-ADM", "approved", "public", "2026-12-01", admonitions.toString());
        write(source.resolve("policies/draft.md"), "POL-DRAFT", "draft", "internal", "2026-12-01", "Draft.\n");
        write(source.resolve("policies/in-review.md"), "POL-REVIEW", "in-review", "confidential", "2026-12-01", "Review.\n");
        write(source.resolve("policies/retired.md"), "POL-OLD", "retired", "restricted", "2026-12-01", "Old.\n");
        write(source.resolve("standards/overdue.md"), "STD-OVERDUE", "approved", "internal", "2026-01-01", "Late.\n");
        write(source.resolve("standards/due-soon.md"), "STD-SOON", "approved", "restricted", "2026-03-10", "Soon.\n");
        Files.writeString(source.resolve("soa.md"), """
                ---
                id: SOA
                title: Statement of Applicability
                owner: CISO
                version: "1"
                type: soa
                review_date: 2026-12-01
                exclusions:
                  A.7.4: No premises of our own.
                ---
                The controls and whether they apply.
                """);
        BuildConfig config = BuildConfig.builder(project, TODAY).includeDrafts(true).build();
        new HandbookPipeline(config).build();
        server = new StaticServer(config.outputDirectory());
        browser = new Browser(1280, 900);
    }

    private static void write(Path file, String id, String status, String classification, String reviewDate,
                              String body) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                ---
                id: %s
                title: Document %s
                owner: CISO
                version: "1.0"
                status: %s
                classification: %s
                review_date: %s
                controls: [A.5.1]
                ---
                %s""".formatted(id, id, status, classification, reviewDate, body));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void open(String page, String scheme) {
        browser.driver().get(server.url(page));
        browser.colorScheme(scheme);
        assertThat(browser.script("return matchMedia('(prefers-color-scheme: " + scheme + ")').matches")).isEqualTo(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void textOfEveryBadgeAndAdmonitionHasEnoughContrast(String scheme) {
        for (String page : List.of("index.html", "policies/admonitions.html", "policies/in-review.html",
                "policies/retired.html", "standards/overdue.html", "standards/due-soon.html", "soa.html",
                "controls/index.html", "controls/A.7.4.html", "controls/A.5.1.html")) {
            open(page, scheme);
            Results results = new AxeBuilder().withOnlyRules(List.of("color-contrast")).analyze(browser.driver());
            assertThat(results.getViolations().stream().flatMap(v -> v.getNodes().stream())
                    .map(n -> n.getTarget() + ": " + n.getFailureSummary()))
                    .as("color-contrast in the " + scheme + " scheme on " + page).isEmpty();
        }
    }

    @Test
    void thePagesShowEveryBadge() {
        open("index.html", "light");
        for (String badge : List.of(".status-approved", ".status-draft", ".status-in-review", ".status-retired",
                ".review-overdue", ".review-due-soon", ".classification-public", ".classification-internal",
                ".classification-confidential", ".classification-restricted")) {
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("main .badge" + badge)))
                    .as(badge).isNotEmpty();
        }
        open("soa.html", "light");
        for (String badge : List.of(".badge-applicable", ".badge-excluded", ".badge-uncovered")) {
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("main " + badge))).as(badge)
                    .isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyAdmonitionIconStandsOutFromItsHeadingAndThePage(String scheme) {
        open("policies/admonitions.html", scheme);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> measured = (List<Map<String, Object>>) browser.script("""
                function rgb(c) { return c.match(/[\\d.]+/g).slice(0, 3).map(Number); }
                function luminance(c) {
                  var v = rgb(c).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
                  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
                }
                function ratio(a, b) {
                  var la = luminance(a), lb = luminance(b);
                  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
                }
                var page = getComputedStyle(document.body).backgroundColor;
                if (rgb(page).length < 3 || /rgba\\(0, 0, 0, 0\\)/.test(page)) { page = getComputedStyle(document.documentElement).backgroundColor; }
                return Array.from(document.querySelectorAll('.adm-block')).map(function (block) {
                  var heading = block.querySelector('.adm-heading');
                  var icon = getComputedStyle(heading, '::before').backgroundColor;
                  return { type: block.className, icon: icon,
                           heading: ratio(icon, getComputedStyle(heading).backgroundColor), page: ratio(icon, page) };
                });
                """);
        assertThat(measured).hasSize(ADMONITIONS.size());
        for (Map<String, Object> m : measured) {
            assertThat(((Number) m.get("heading")).doubleValue()).as(scheme + " " + m + " against its heading")
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(((Number) m.get("page")).doubleValue()).as(scheme + " " + m + " against the page")
                    .isGreaterThanOrEqualTo(4.5);
        }
    }
}
