package io.github.ismshandbook.isms.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks PipelineFuzz runs on every site it builds: each must catch what it is for and pass the theme's pages. */
class SiteSafetyTest {

    private static final String HEAD = "<!DOCTYPE html><html><head>"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'\">"
            + "<script src=\"../assets/handbook.js\"></script><script src=\"../assets/versions.js\" defer></script>"
            + "<script src=\"../search-index.js\"></script></head><body>";

    @TempDir
    Path site;

    private void page(String name, String body) throws IOException {
        Path file = site.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, HEAD + body + "</body></html>");
    }

    @Test
    void theThemesOwnScriptsAndEscapedTextPass() throws IOException {
        page("policies/a.html", "<p>&lt;script&gt;alert(1)&lt;/script&gt; on = off, Java Script</p>"
                + "<a href=\"../controls/A.5.15.html\" title=\"don't\">A.5.15</a><noscript>no</noscript>");
        Files.writeString(site.resolve("search-index.js"), "window.ISMS_SEARCH_INDEX = [{\"t\": \"</script>\"}];\n");

        assertThatCode(() -> SiteSafety.check(site, "SECRET")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=\"https://evil.example/x.js\"></SCRIPT>",
        "<script src=\"../assets/handbook.js\">alert(1)</script>",
        "<script src=\"assets/x.js\" onload=\"x()\"></script>",
        "<a href=\"javascript:alert(1)\">a</a>",
        "<a href=\" JaVa\tScRiPt:alert(1)\">a</a>",
        "<a href=\"jav&#x61;script:alert(1)\">a</a>",
        "<a href=\"javascript&colon;alert(1)\">a</a>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"x\"onclick=\"y()\">a</a>",
        "<div title=\">\" onmouseover=\"y()\">d</div>",
        "<svg><a xlink:href=\"javascript:x\">a</a></svg>",
        "<!-- <script>x</script> -->",
    })
    void aScriptFromContentFails(String body) throws IOException {
        page("policies/a.html", body);

        assertThatThrownBy(() -> SiteSafety.check(site, "SECRET")).isInstanceOf(AssertionError.class);
    }

    @Test
    void theSecretAnywhereFails() throws IOException {
        Files.writeString(site.resolve("reviews.ics"), "SUMMARY:SECRET\n");

        assertThatThrownBy(() -> SiteSafety.check(site, "SECRET")).hasMessageContaining("reviews.ics");
    }

    @Test
    void aSearchIndexThatIsMoreThanDataFails() throws IOException {
        Files.writeString(site.resolve("search-index.js"), "window.ISMS_SEARCH_INDEX = [];alert(1);\n");

        assertThatThrownBy(() -> SiteSafety.check(site, "SECRET")).isInstanceOf(Exception.class);
    }
}
