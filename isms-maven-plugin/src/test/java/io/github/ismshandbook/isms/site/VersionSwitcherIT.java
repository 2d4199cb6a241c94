package io.github.ismshandbook.isms.site;

import io.github.ismshandbook.isms.publish.VersionPublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The version switcher of two published versions, in headless Chromium, as a reader uses it. */
class VersionSwitcherIT {

    /** Publishes the example as 1.0 and 1.1 into {@code dir/versions}. */
    private static Path twoVersions(Path dir) throws Exception {
        Path versions = dir.resolve("versions");
        VersionPublisher publisher = new VersionPublisher(versions);
        for (String version : new String[] {"1.0", "1.1"}) {
            ExampleSite.build(version, dir.resolve("site-" + version));
            publisher.publish(dir.resolve("site-" + version), version);
        }
        return versions;
    }

    @Test
    void switchingVersionKeepsTheReaderOnTheSamePage(@TempDir Path dir) throws Exception {
        Path versions = twoVersions(dir);

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

    /** Publishes the example as 1.0 and 1.1, then takes the teleworking policy out of 1.1 (a removed page). */
    private static Path twoVersionsWithoutAPageInTheNewest(Path dir) throws Exception {
        Path versions = twoVersions(dir);
        Files.delete(versions.resolve("1.1/policies/teleworking.html"));
        Files.delete(versions.resolve("latest/policies/teleworking.html"));
        return versions;
    }

    @Test
    void anOlderVersionSaysSoAndLeadsToTheSamePageInTheNewest(@TempDir Path dir) throws Exception {
        Path versions = twoVersionsWithoutAPageInTheNewest(dir);
        try (StaticServer server = new StaticServer(versions); Browser browser = new Browser(1280, 900)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

            driver.get(server.url("1.0/policies/access-control.html"));
            WebElement banner = wait.until(d -> d.findElement(By.id("versionBanner")));
            assertThat(banner.isDisplayed()).isTrue();
            assertThat(banner.getText()).startsWith("You are reading version 1.0, an older version of this handbook.");
            assertThat(driver.findElement(By.cssSelector("main > :first-child"))).isEqualTo(banner);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            WebElement link = banner.findElement(By.tagName("a"));
            assertThat(link.getText()).isEqualTo("Read this page in the newest version, 1.1");
            link.click();
            wait.until(d -> d.getCurrentUrl().endsWith("/1.1/policies/access-control.html"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Access Control Policy");
            wait.until(d -> d.findElement(By.id("versionSwitcherSelect")));
            assertThat(driver.findElements(By.id("versionBanner"))).as("no banner on the newest version").isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aPageTheNewestVersionNoLongerHasLeadsToItsHomePage(@TempDir Path dir) throws Exception {
        Path versions = twoVersionsWithoutAPageInTheNewest(dir);
        try (StaticServer server = new StaticServer(versions); Browser browser = new Browser(1280, 900)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

            driver.get(server.url("1.0/policies/teleworking.html"));
            WebElement link = wait.until(d -> d.findElement(By.cssSelector("#versionBanner a")));
            assertThat(link.getText()).isEqualTo("This page is not in the newest version, 1.1: go to its home page");
            link.click();
            wait.until(d -> d.getCurrentUrl().endsWith("/1.1/index.html"));

            driver.get(server.url("latest/policies/access-control.html"));
            wait.until(d -> d.findElement(By.id("versionSwitcherSelect")));
            assertThat(driver.findElements(By.id("versionBanner"))).as("no banner under latest/").isEmpty();
        }
    }

    @Test
    void anOlderVersionOpenedFromTheDiskShowsNoBanner(@TempDir Path dir) throws Exception {
        Path versions = twoVersionsWithoutAPageInTheNewest(dir);
        try (Browser browser = new Browser(1280, 900)) {
            ChromeDriver driver = browser.driver();
            driver.get(versions.resolve("1.0/policies/access-control.html").toUri().toString());
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Access Control Policy");
            // versions.js gives up at once on file:// (there is no versions.json to ask for); give it a moment anyway
            Thread.sleep(500);
            assertThat(driver.findElements(By.id("versionBanner"))).isEmpty();
            assertThat(driver.findElement(By.id("versionSwitcher")).isDisplayed()).isFalse();
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
