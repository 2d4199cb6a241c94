package io.github.ismshandbook.isms.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page's document list as a reader uses it, in headless Chromium: scan it, filter it, by keyboard too. */
class HomePageIT {

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

    @BeforeEach
    void openTheHomePage() {
        desktop.driver().get(server.url("index.html"));
        new WebDriverWait(desktop.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("docFilter")).isDisplayed());
    }

    private static List<WebElement> shownRows() {
        return desktop.driver().findElements(By.cssSelector(".doc-index tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    private static List<String> shownTitles() {
        return shownRows().stream().map(r -> r.findElement(By.cssSelector("th > a")).getText()).toList();
    }

    private static String result() {
        return desktop.driver().findElement(By.id("docFilterResult")).getText();
    }

    @Test
    void everyDocumentTakesOneCompactRow() {
        List<WebElement> rows = shownRows();
        assertThat(rows).hasSize(21);
        for (WebElement row : rows) {
            assertThat(row.getRect().getHeight()).as(row.getText()).isLessThanOrEqualTo(60);
        }
        assertThat(desktop.driver().findElements(By.cssSelector(".doc-group h2")).stream().map(WebElement::getText))
                .startsWith("Policies 10", "Standards 5");
    }

    @Test
    void typingInTheFilterBoxNarrowsTheList() {
        WebElement box = desktop.driver().findElement(By.id("docFilterText"));
        box.sendKeys("access");

        assertThat(shownTitles()).containsExactlyInAnyOrder("Access Control Policy", "User Access Review Procedure");
        assertThat(result()).isEqualTo("2 of 21 documents shown");
        assertThat(desktop.driver().findElements(By.cssSelector(".doc-group")).stream().filter(WebElement::isDisplayed)
                .map(g -> g.findElement(By.tagName("h2")).getText())).containsExactly("Policies 10", "Procedures 3");

        box.sendKeys(" pro-003");
        assertThat(shownTitles()).containsExactly("User Access Review Procedure");

        box.sendKeys(" nothing-like-this");
        assertThat(shownRows()).isEmpty();
        assertThat(desktop.driver().findElement(By.id("docFilterEmpty")).isDisplayed()).isTrue();

        desktop.driver().findElement(By.cssSelector("#docFilter button[type=reset]")).click();
        new WebDriverWait(desktop.driver(), Duration.ofSeconds(5)).until(d -> shownRows().size() == 21);
        assertThat(result()).isEmpty();
        assertThat(desktop.consoleErrors()).isEmpty();
    }

    @Test
    void theTypeOwnerAndStatusFiltersWorkByKeyboard() {
        ChromeDriver driver = desktop.driver();
        driver.findElement(By.id("docFilterText")).click();
        Actions keys = new Actions(driver);

        keys.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("docFilterType");
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(new Select(driver.findElement(By.id("docFilterType"))).getFirstSelectedOption().getText())
                .isEqualTo("Policies");
        assertThat(shownRows()).hasSize(10);
        assertThat(shownRows()).allMatch(r -> "policy".equals(r.getDomAttribute("data-type")));

        keys.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("docFilterOwner");
        keys.sendKeys("Facilities").perform();
        assertThat(shownTitles()).containsExactly("Physical Security Policy");

        keys.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("docFilterStatus");
        keys.sendKeys(Keys.END).perform();
        assertThat(new Select(driver.findElement(By.id("docFilterStatus"))).getFirstSelectedOption().getText())
                .isEqualTo("Retired");
        assertThat(shownRows()).isEmpty();
        assertThat(result()).isEqualTo("0 of 21 documents shown");

        keys.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Clear");
        keys.sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> shownRows().size() == 21);
    }

    @Test
    void withoutScriptThePageListsEveryDocumentAndHidesTheFilters() {
        try (Browser noScript = new Browser(1280, 900, "--blink-settings=scriptEnabled=false")) {
            noScript.driver().get(server.url("index.html"));
            assertThat(noScript.driver().findElement(By.id("docFilter")).isDisplayed()).isFalse();
            assertThat(noScript.driver().findElements(By.cssSelector(".doc-index tbody tr")).stream()
                    .filter(WebElement::isDisplayed)).hasSize(21);
        }
    }
}
