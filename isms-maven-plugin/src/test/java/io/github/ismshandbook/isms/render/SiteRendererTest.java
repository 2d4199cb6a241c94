package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.ChangeSet;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.publish.SiteOrigin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteRendererTest {

    @TempDir
    Path project;

    private BuildConfig config;
    private Path site;

    @BeforeEach
    void setUp() throws IOException {
        config = SampleHandbook.config(project);
        site = config.outputDirectory();
    }

    private void render() throws IOException {
        new HandbookPipeline(config).renderer(SiteOrigin.Goal.BUILD).render(SampleHandbook.validation());
    }

    private org.jsoup.nodes.Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void documentPageShowsTheMetadataPanel() throws IOException {
        render();
        Element meta = page("policies/access-control.html").selectFirst(".metadata");

        assertThat(meta.select(".meta-id").text()).isEqualTo("POL-AC");
        assertThat(meta.select(".meta-version").text()).isEqualTo("2.10");
        assertThat(meta.select(".meta-status").text()).isEqualTo("Approved");
        assertThat(meta.select(".meta-owner").text()).isEqualTo("CISO");
        assertThat(meta.select(".meta-classification").text()).isEqualTo("internal");
        assertThat(meta.select(".meta-approved").text()).isEqualTo("Management Board, 2025-06-01");
        assertThat(meta.select(".meta-effective").text()).isEqualTo("2025-07-01");
        assertThat(meta.select(".meta-last-reviewed").text()).isEqualTo("2025-06-01");
        assertThat(meta.select(".meta-next-review").text()).isEqualTo("2026-06-01");
    }

    @Test
    void nextReviewCarriesAnOverdueOrDueSoonBadge() throws IOException {
        render();

        assertThat(page("standards/backup.html").select(".meta-next-review .badge").text()).isEqualTo("Overdue");
        assertThat(page("procedures/user-access-review.html").select(".meta-next-review .badge").text())
                .isEqualTo("Due soon");
        assertThat(page("policies/access-control.html").select(".meta-next-review .badge")).isEmpty();
    }

    @Test
    void pagesCarryTheDocumentsClassificationOnScreenAndInPrint() throws IOException {
        render();
        org.jsoup.nodes.Document restricted = page("procedures/incident-response.html");

        assertThat(restricted.select(".classification-banner").text()).isEqualTo("Classification: RESTRICTED");
        assertThat(restricted.select(".classification-footer").text()).isEqualTo("Classification: RESTRICTED");
    }

    @Test
    void referencedByListsLinksAndRelatedDocumentsOnce() throws IOException {
        render();

        assertThat(page("policies/access-control.html").select(".ref-backlinks a").eachText())
                .containsExactly("Risk Register", "User Access Review");
        assertThat(page("standards/passwords.html").select(".ref-backlinks a").eachText())
                .containsExactly("Access Control Policy");
        assertThat(page("standards/backup.html").select(".ref-backlinks")).isEmpty();
    }

    @Test
    void relatedControlsAndClausesLinkToTheirPages() throws IOException {
        render();
        org.jsoup.nodes.Document doc = page("policies/access-control.html");

        assertThat(doc.select(".ref-controls a").eachAttr("href")).containsExactly(
                "../controls/A.5.15.html", "../controls/A.5.18.html", "../controls/A.8.5.html");
        assertThat(doc.select(".ref-controls a").first().text()).isEqualTo("A.5.15 Access control");
        assertThat(doc.select(".ref-clauses a").attr("href")).isEqualTo("../clauses/index.html#clause-6.1.3");
    }

    @Test
    void brokenLinksAndLinksToDraftsAreMarkedTextNotLinks() throws IOException {
        render();
        Element body = page("policies/access-control.html").selectFirst(".doc-body");

        assertThat(body.select("span.broken-link").eachText()).containsExactly("Remote Work Policy", "broken link");
        assertThat(body.select("a").eachText()).doesNotContain("Remote Work Policy", "broken link");
        assertThat(site.resolve("policies/remote-work.html")).doesNotExist();
    }

    @Test
    void scriptsInTheBodyAreRemoved() throws IOException {
        render();
        org.jsoup.nodes.Document doc = page("standards/backup.html");

        assertThat(doc.select("script").eachAttr("src")).containsExactly("../assets/handbook.js", "../assets/versions.js");
        assertThat(doc.select(".doc-body").text()).contains("restore tests quarterly").doesNotContain("alert");
    }

    @Test
    void markupInFrontMatterIsEscaped() throws IOException {
        render();
        org.jsoup.nodes.Document doc = page("procedures/incident-response.html");

        assertThat(doc.select("h1").text()).isEqualTo("Incident <b>Response</b>");
        assertThat(doc.select("h1 b")).isEmpty();
        assertThat(doc.title()).isEqualTo("Incident <b>Response</b> · Acme Security Handbook");
        assertThat(Files.readString(site.resolve("procedures/incident-response.html")))
                .contains("<h1>Incident &lt;b&gt;Response&lt;/b&gt;</h1>");
    }

    @Test
    void quotesInValuesCannotLeaveAnAttribute() {
        assertThat(Theme.escape("a\" onmouseover=\"x() <b>&'")).isEqualTo("a&quot; onmouseover=&quot;x() &lt;b&gt;&amp;'");
    }

    @Test
    void everyPageHasTheSameSkeleton() throws IOException {
        render();
        String raw = Files.readString(site.resolve("index.html"));
        org.jsoup.nodes.Document doc = page("index.html");

        assertThat(raw).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("script-src 'self'").contains("style-src 'self'").contains("object-src 'none'");
        assertThat(doc.select("link[rel=icon]").attr("href")).isEqualTo("assets/favicon.svg");
        assertThat(doc.select("a.skip-link").attr("href")).isEqualTo("#mainContent");
        assertThat(doc.select("header.site-header, nav#siteNav, main#mainContent, footer.site-footer")).hasSize(4);
        assertThat(doc.select("[style]")).isEmpty();
        assertThat(doc.select("script:not([src])")).isEmpty();
    }

    @Test
    void indexCountsDocumentsCoverageAndReviews() throws IOException {
        render();
        org.jsoup.nodes.Document index = page("index.html");

        assertThat(index.select(".stat-documents .stat-value").text()).isEqualTo("7");
        assertThat(index.select(".stat-controls .stat-value").text()).isEqualTo("9 of 93");
        assertThat(index.select(".stat-overdue .stat-value").text()).isEqualTo("1");
        assertThat(index.select(".stat-due-soon .stat-value").text()).isEqualTo("2");
        assertThat(index.select(".stat-mandatory .stat-value").text()).isEqualTo("7 of 25");
        assertThat(index.select(".stat-mandatory a").attr("href")).isEqualTo("mandatory.html");
        assertThat(index.select(".doc-group h2").eachText()).containsExactly("Policies 1", "Standards 2",
                "Procedures 2", "Registers 1", "Statement of Applicability 1");
        assertThat(index.select("#type-standard ~ .table-wrap tbody th > a").eachText())
                .containsExactly("Backup Standard", "Password Standard");
    }

    @Test
    void aDocumentNamedLikeAGeneratedPageMovesAside() throws IOException {
        render();

        assertThat(page("soa-document.html").select("h1").text()).isEqualTo("Statement of Applicability");
        assertThat(page("index.html").select("a[href=soa-document.html]")).hasSize(1);
    }

    @Test
    void sourceAssetsAndThemeAssetsAreCopied() throws IOException {
        render();

        assertThat(site.resolve("images/network.png")).exists();
        assertThat(site.resolve("assets/handbook.css")).exists();
        assertThat(site.resolve("assets/favicon.svg")).exists();
        assertThat(site.resolve("assets/vendor/lunr.min.js")).exists();
    }

    @Test
    void anEmptyHandbookStillGivesEveryPage() throws IOException {
        new SiteRenderer(config).render(new io.github.ismshandbook.isms.model.Validation(
                new io.github.ismshandbook.isms.model.Handbook(List.of(), Set.of(), Set.of(), TestHandbooks.catalog()), List.of()));

        for (String p : List.of("index.html", "soa.html", "soa.csv", "soa.xlsx", "mandatory.html", "owners.html", "reviews.html", "reviews.ics", "search.html",
                "search-index.json", "print.html", "handbook.json", "404.html", "controls/index.html", "clauses/index.html")) {
            assertThat(site.resolve(p)).as(p).exists();
        }
        assertThat(page("index.html").select(".empty").text()).isEqualTo("No documents are published yet.");
    }

    @Test
    void aDocumentWithMissingValuesStillRenders() throws IOException {
        Document broken = TestHandbooks.doc("policies/broken.md", null).title(null).owner(null).version(null)
                .reviewDate(null).build();
        new SiteRenderer(config).render(new io.github.ismshandbook.isms.model.Validation(
                new io.github.ismshandbook.isms.model.Handbook(List.of(broken), Set.of(), Set.of(), TestHandbooks.catalog()), List.of()));

        assertThat(page("policies/broken.html").select("h1").text()).isEqualTo("policies/broken.md");
        assertThat(page("policies/broken.html").select(".meta-next-review").text()).isEqualTo("—");
        assertThat(Files.readString(site.resolve("reviews.ics"))).doesNotContain("VEVENT");
    }

    @Test
    void draftsArePublishedWithANoticeWhenAskedFor() throws IOException {
        config = config.toBuilder().includeDrafts(true).build();
        render();

        org.jsoup.nodes.Document draft = page("policies/remote-work.html");
        assertThat(draft.select(".status-notice").text()).startsWith("Draft.");
        assertThat(page("policies/access-control.html").select(".doc-body a[href=remote-work.html], .doc-body a[href=../policies/remote-work.html]"))
                .hasSize(1);
    }

    @Test
    void changesPageListsWhatChangedSinceThePreviousVersion() throws IOException {
        List<Document> now = SampleHandbook.documents();
        List<Document> before = new java.util.ArrayList<>(now.subList(1, now.size()));
        before.set(0, TestHandbooks.doc("standards/passwords.md", "STD-PW").title("Password Standard")
                .version("1.2").body("## Requirements\n\nPasswords have at least 12 characters.\n").build());
        before.add(TestHandbooks.doc("policies/old.md", "POL-OLD").title("Old Policy").build());
        io.github.ismshandbook.isms.model.ChangeSet changes = io.github.ismshandbook.isms.publish.ChangeSets.compare("2025.4",
                io.github.ismshandbook.isms.publish.Snapshot.of(before.stream().filter(d -> d.isPublished(false)).toList()),
                io.github.ismshandbook.isms.publish.Snapshot.of(SampleHandbook.handbook().published(false)));

        new HandbookPipeline(config).renderer(SiteOrigin.Goal.BUILD).render(SampleHandbook.validation(), changes);

        org.jsoup.nodes.Document page = page("changes.html");
        assertThat(page.select("#added ~ ul a").eachText()).containsExactly("Access Control Policy");
        assertThat(page.select("#added ~ ul a").attr("href")).isEqualTo("policies/access-control.html");
        assertThat(page.select("#removed ~ ul li").eachText()).containsExactly("Old Policy POL-OLD");
        assertThat(page.select(".change h3 a").eachText()).contains("Password Standard");
        assertThat(page.select(".change .word-diff ins").eachText()).contains("14");
        assertThat(page.select(".change .word-diff del").eachText()).contains("12");
        assertThat(site.resolve("isms-snapshot.json")).exists();
    }

    @Test
    void withoutAComparisonTheChangesPageSaysSo() throws IOException {
        new SiteRenderer(config).render(SampleHandbook.validation(), null);

        assertThat(page("changes.html").select(".lead").text()).isEqualTo("This build was not compared with a published version.");
    }

    @Test
    void withNothingPublishedTheChangesPageSaysSoRatherThanCallingItTheFirstVersion() throws IOException {
        render();

        assertThat(page("changes.html").select(".lead").text()).isEqualTo("Nothing has been published yet to compare"
                + " version " + config.handbookVersion() + " with: this page lists what changed once a version is"
                + " published.");
    }

    @Test
    void withNoOlderVersionPublishedTheBuildIsTheFirstVersion() throws IOException {
        new SiteRenderer(config).render(SampleHandbook.validation(), ChangeSet.firstVersion());

        assertThat(page("changes.html").select(".lead").text()).startsWith("Version " + config.handbookVersion()
                + " is the first published version");
    }

    @Test
    void theSiteRecordsWhichGoalMadeItAndWhichDraftsItHolds() throws IOException {
        render();
        assertThat(SiteOrigin.read(site)).contains(new SiteOrigin(SiteOrigin.Goal.BUILD, config.handbookVersion(),
                false, List.of()));

        new HandbookPipeline(config.toBuilder().includeDrafts(true).build()).renderer(SiteOrigin.Goal.SERVE).render(SampleHandbook.validation());
        SiteOrigin preview = SiteOrigin.read(site).orElseThrow();
        assertThat(preview.goal()).isEqualTo(SiteOrigin.Goal.SERVE);
        assertThat(preview.includeDrafts()).isTrue();
        assertThat(preview.drafts()).containsExactly("policies/remote-work.md");
    }

    @Test
    void twoRendersAreByteIdentical() throws IOException {
        render();
        Map<String, byte[]> first = snapshot(site);
        render();

        Map<String, byte[]> second = snapshot(site);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void outputUsesLfLineEndingsAndNoTimestamp() throws IOException {
        render();

        String index = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).doesNotContain("\r").doesNotContain("built ");
    }

    @Test
    void aThemeOverrideTemplateAndAssetAreUsed() throws IOException {
        Path theme = config.themeDirectory();
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("_footer.peb"), "<footer class=\"custom\">Custom footer for {{ site.title }}</footer>\n");
        Files.writeString(theme.resolve("assets/handbook.css"), "body { color: red; }\n");

        render();

        assertThat(page("index.html").select("footer.custom").text()).isEqualTo("Custom footer for Acme Security Handbook");
        assertThat(site.resolve("assets/handbook.css")).hasContent("body { color: red; }");
        assertThat(site.resolve("assets/handbook.js")).exists();
    }

    @Test
    void aFailedRenderLeavesThePreviousSiteUntouched() throws IOException {
        render();
        Map<String, byte[]> before = snapshot(site);
        Files.createDirectories(config.themeDirectory());
        Files.writeString(config.themeDirectory().resolve("document.peb"), "{% include \"does-not-exist.peb\" %}\n");

        assertThatThrownBy(this::render).isInstanceOf(IOException.class).hasMessageContaining("document.peb");

        Map<String, byte[]> after = snapshot(site);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        try (Stream<Path> siblings = Files.list(site.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("handbook");
        }
    }

    @Test
    void nothingIsWrittenOutsideTheSite() throws IOException {
        try (SiteOutput out = SiteOutput.begin(site)) {
            assertThatThrownBy(() -> out.write("../escape.html", "x")).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> out.write("/etc/escape.html", "x")).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> out.write("a/../../escape.html", "x")).isInstanceOf(IOException.class);
        }
        assertThat(site.getParent().resolve("escape.html")).doesNotExist();
        try (Stream<Path> siblings = Files.list(site.getParent())) {
            assertThat(siblings).isEmpty();
        }
    }

    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
