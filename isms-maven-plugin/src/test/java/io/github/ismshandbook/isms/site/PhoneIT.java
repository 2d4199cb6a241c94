package io.github.ismshandbook.isms.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The example handbook read on a 390 px phone in headless Chromium: nothing scrolls sideways but wide tables. */
class PhoneIT {

    private static ExampleInBrowser example;
    private static StaticServer server;
    private static Browser phone;

    @BeforeAll
    static void start() throws Exception {
        example = ExampleInBrowser.open(390, 844);
        server = example.server();
        phone = example.browser();
    }

    @AfterAll
    static void stop() {
        if (example != null) {
            example.close();
        }
    }

    private static int number(String script, Object... arguments) {
        return ((Number) phone.script(script, arguments)).intValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "policies/access-control.html", "controls/A.5.15.html", "soa.html",
            "owners.html", "reviews.html"})
    void thePageDoesNotScrollSidewaysAndTheHeaderShowsTitleAndSearch(String page) {
        phone.driver().get(server.url(page));

        assertThat(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("sideways overflow of " + page + " at 390 px").isLessThanOrEqualTo(0);
        WebElement title = phone.driver().findElement(By.cssSelector(".brand-title"));
        assertThat(number("var t = arguments[0]; return t.scrollWidth - t.clientWidth;", title))
                .as("the title is cut").isLessThanOrEqualTo(0);
        assertThat(title.getRect().getX() + title.getRect().getWidth()).isLessThanOrEqualTo(390);
        assertThat(title.getText()).isEqualTo("Northwind Analytics ISMS Handbook");
        WebElement search = phone.driver().findElement(By.id("headerSearch"));
        assertThat(search.isDisplayed()).isTrue();
        assertThat(search.getRect().getX()).isGreaterThanOrEqualTo(0);
        assertThat(search.getRect().getX() + search.getRect().getWidth()).isLessThanOrEqualTo(390);
        assertThat(search.getRect().getWidth()).as("room for the placeholder and a query").isGreaterThanOrEqualTo(250);

        assertThat(phone.seriousAccessibilityViolations())
                .as("serious or critical axe-core violations on " + page + " at 390 px").isEmpty();
        assertThat(phone.consoleErrors()).isEmpty();
    }

    @Test
    void theWideSoaTableSaysItScrollsAndScrollsByKeyboard() {
        phone.driver().get(server.url("soa.html"));
        WebElement box = phone.driver().findElement(By.cssSelector("main .table-wrap"));

        assertThat(box.getDomAttribute("aria-label")).isEqualTo("Statement of Applicability");
        assertThat(box.getDomAttribute("class")).contains("is-scrollable");
        assertThat(phone.script("return getComputedStyle(arguments[0], '::after').content", box))
                .isEqualTo("\"Scroll sideways for more →\"");

        Actions keys = new Actions(phone.driver());
        for (int i = 0; i < 20 && !box.equals(phone.driver().switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(phone.driver().switchTo().activeElement()).as("reached with the Tab key").isEqualTo(box);
        assertThat(number("return arguments[0].scrollLeft", box)).isZero();
        keys.sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
        new org.openqa.selenium.support.ui.WebDriverWait(phone.driver(), java.time.Duration.ofSeconds(5))
                .until(d -> number("return arguments[0].scrollLeft", box) > 0);
        assertThat(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .isLessThanOrEqualTo(0);
    }

    @Test
    void aNarrowTableThatFitsDoesNotClaimToScroll() {
        phone.driver().get(server.url("index.html"));
        List<WebElement> boxes = phone.driver().findElements(By.cssSelector(".doc-group .table-wrap"));
        assertThat(boxes).isNotEmpty();
        assertThat(boxes).allMatch(b -> !b.getDomAttribute("class").contains("is-scrollable"));
    }

    @Test
    void datesNeverBreakAcrossLinesOnAPhoneOrADesktop() {
        try (Browser desktop = new Browser(1280, 900)) {
            for (Browser browser : List.of(phone, desktop)) {
                for (String page : List.of("policies/access-control.html", "policies/information-security.html",
                        "index.html")) {
                    browser.driver().get(server.url(page));
                    @SuppressWarnings("unchecked")
                    List<String> broken = (List<String>) browser.script(
                            "return Array.from(document.querySelectorAll('main time'))"
                            + ".filter(function (t) { return t.offsetParent !== null && t.getClientRects().length > 1; })"
                            + ".map(function (t) { return t.textContent; });");
                    assertThat(broken).as("dates broken across lines on " + page).isEmpty();
                }
            }
        }
    }
}
