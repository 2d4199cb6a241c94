package io.github.ismshandbook.isms.serve;

import io.github.ismshandbook.isms.serve.SiteFileResolver.Lookup;
import io.github.ismshandbook.isms.serve.SiteFileResolver.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SiteFileResolverTest {

    @TempDir
    Path dir;
    Path site;
    SiteFileResolver resolver;

    @BeforeEach
    void site() throws IOException {
        site = dir.resolve("site");
        Files.createDirectories(site.resolve("policies"));
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("policies/index.html"), "policies");
        Files.writeString(site.resolve("policies/access control.html"), "spaced");
        Files.writeString(site.resolve("policies/gr\u00fc\u00dfe.html"), "umlaut");
        Files.writeString(site.resolve("assets/a+b.css"), "plus");
        Files.writeString(dir.resolve("pom.xml"), "secret");
        resolver = new SiteFileResolver(site);
    }

    @Test
    void servesFilesAndFolderIndexes() throws IOException {
        assertThat(file("/")).isEqualTo(site.resolve("index.html").toRealPath());
        assertThat(file("/index.html")).isEqualTo(site.resolve("index.html").toRealPath());
        assertThat(file("/policies/")).isEqualTo(site.resolve("policies/index.html").toRealPath());
    }

    @Test
    void decodesOnceIncludingUtf8AndKeepsPlus() throws IOException {
        assertThat(file("/policies/access%20control.html")).hasFileName("access control.html");
        assertThat(file("/policies/gr%C3%BC%C3%9Fe.html")).hasFileName("gr\u00fc\u00dfe.html");
        assertThat(file("/assets/a+b.css")).hasFileName("a+b.css");
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedSoRelativeLinksWork() {
        Lookup lookup = resolver.resolve("/policies");
        assertThat(lookup.outcome()).isEqualTo(Outcome.REDIRECT);
        assertThat(lookup.detail()).isEqualTo("/policies/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/%2e%2e/pom.xml", "/%2E%2E/pom.xml", "/%252e%252e/pom.xml",
            "/..%2fpom.xml", "/..%2Fpom.xml", "/assets/../../x", "/assets/../index.html", "/./index.html",
            "/..\\pom.xml", "/%5c..%5cpom.xml", "/index.html%00.css", "/a%0d%0aSet-Cookie:x", "/%e0%80%ae%e0%80%ae/pom.xml",
            "/%", "/%zz", "pom.xml", "", "/.."})
    void refusesTraversalAndEncodingTricks(String raw) {
        assertThat(resolver.resolve(raw).outcome()).as(raw).isEqualTo(Outcome.BAD_REQUEST);
    }

    @Test
    void aDotFileNameThatIsNotADotSegmentIsJustAName() {
        assertThat(resolver.resolve("/..pom.xml").outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(resolver.resolve("/missing.html").outcome()).isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    void aSymbolicLinkThatLeavesTheSiteIsNotFound() throws IOException {
        Files.createSymbolicLink(site.resolve("escape.html"), dir.resolve("pom.xml"));
        Files.createSymbolicLink(site.resolve("up"), dir);
        Files.createSymbolicLink(site.resolve("inside.html"), site.resolve("index.html"));

        assertThat(resolver.resolve("/escape.html").outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(resolver.resolve("/up/pom.xml").outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(resolver.resolve("/inside.html").outcome()).isEqualTo(Outcome.FILE);
    }

    @Test
    void aSiteNotBuiltYetIsNotFound() {
        SiteFileResolver none = new SiteFileResolver(dir.resolve("no-site"));
        assertThat(none.resolve("/").outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(none.resolve("/index.html").outcome()).isEqualTo(Outcome.NOT_FOUND);
    }

    private Path file(String raw) {
        Lookup lookup = resolver.resolve(raw);
        assertThat(lookup.outcome()).as(raw).isEqualTo(Outcome.FILE);
        return lookup.file();
    }
}
