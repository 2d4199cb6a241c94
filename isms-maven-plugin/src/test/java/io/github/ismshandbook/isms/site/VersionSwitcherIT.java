package io.github.ismshandbook.isms.site;

import io.github.ismshandbook.isms.publish.VersionPublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The version switcher of two published versions, in headless Chromium, as a reader uses it. */
class VersionSwitcherIT {

    @Test
    void switchingVersionKeepsTheReaderOnTheSamePage(@TempDir Path dir) throws Exception {
        Path versions = dir.resolve("versions");
        VersionPublisher publisher = new VersionPublisher(versions);
        ExampleSite.build("1.0", dir.resolve("site-1.0"));
        publisher.publish(dir.resolve("site-1.0"), "1.0");
        ExampleSite.build("1.1", dir.resolve("site-1.1"));
        publisher.publish(dir.resolve("site-1.1"), "1.1");

        try (StaticServer server = new StaticServer(versions); Browser browser = new Browser(1280, 900)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

            driver.get(server.url("1.1/policies/access-control.html"));
            WebElement select = wait.until(d -> d.findElement(By.id("versionSwitcherSelect")));
            assertThat(new Select(select).getOptions()).extracting(WebElement::getText)
                    .containsExactly("1.1 (latest)", "1.0");

            new Select(select).selectByValue("1.0");
            driver.findElement(By.cssSelector(".version-switcher-form button[type=submit]")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/1.0/policies/access-control.html"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Access Control Policy");
            assertThat(browser.consoleErrors()).isEmpty();

            driver.get(server.url("index.html"));
            wait.until(d -> d.getCurrentUrl().endsWith("/latest/index.html"));
        }
    }

    @Test
    void anUnpublishedSiteShowsNoSwitcher() throws Exception {
        try (StaticServer server = new StaticServer(ExampleSite.directory()); Browser browser = new Browser(1280, 900)) {
            browser.driver().get(server.url("policies/access-control.html"));
            assertThat(browser.driver().findElement(By.id("versionSwitcher")).isDisplayed()).isFalse();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
