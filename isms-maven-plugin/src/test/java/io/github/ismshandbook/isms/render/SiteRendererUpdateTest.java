package io.github.ismshandbook.isms.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ismshandbook.isms.HandbookPipeline;
import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Validation;
import io.github.ismshandbook.isms.publish.SiteOrigin;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SiteRenderer#update}: the preview re-renders what a change touches, in place, and the site it leaves is
 * the site a full render gives, file for file.
 */
class SiteRendererUpdateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path project;

    private BuildConfig config;
    private Path site;
    private SiteRenderer renderer;

    @BeforeEach
    void renderFourDocuments() throws IOException {
        config = BuildConfig.builder(project, TODAY).build();
        site = config.outputDirectory();
        write("policies/a.md", "POL-A", "Alpha Policy", "policy", "approved", "",
                "Alpha text. Follow the [Bravo standard](../standards/b.md).\n");
        write("standards/b.md", "STD-B", "Bravo Standard", "standard", "approved", "",
                "Bravo text, carried out by [[PRO-C]].\n");
        write("procedures/c.md", "PRO-C", "Charlie Procedure", "procedure", "approved", "related: [STD-B]\n",
                "Charlie text.\n");
        write("policies/d.md", "POL-D", "Delta Policy", "policy", "approved", "", "Delta text stands alone.\n");
        renderer = new SiteRenderer(config);
        renderer.render(validate());
    }

    private void write(String path, String id, String title, String type, String status, String extra, String body)
            throws IOException {
        Path file = config.sourceDirectory().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\nid: " + id + "\ntitle: " + title + "\nowner: CISO\nversion: 1.0\n"
                + "review_date: 2026-12-31\ntype: " + type + "\nstatus: " + status + "\n" + extra + "---\n" + body);
    }

    private Validation validate() throws IOException {
        return new HandbookPipeline(config).validate();
    }

    private org.jsoup.nodes.Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    /** Gives every file of the site an old modification time, so that a rewritten file shows. */
    private void ageSite() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    private List<String> rewritten() throws IOException {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!Files.getLastModifiedTime(file).equals(LONG_AGO)) {
                    paths.add(site.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return paths;
    }

    /** The site the same validation gives when rendered from scratch into another folder. */
    private Map<String, byte[]> fullRender(Validation validation) throws IOException {
        Path other = project.resolve("target/full-render");
        new SiteRenderer(config.toBuilder().outputDirectory(other).build()).render(validation);
        return SiteRendererTest.snapshot(other);
    }

    private void assertSameAsFullRender(Validation validation) throws IOException {
        Map<String, byte[]> expected = fullRender(validation);
        Map<String, byte[]> actual = SiteRendererTest.snapshot(site);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        // as text first, so that a difference reads as one
        expected.forEach((path, bytes) -> assertThat(new String(actual.get(path), StandardCharsets.UTF_8))
                .as(path).isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void theEditedPageShowsItsNewText() throws IOException {
        write("policies/a.md", "POL-A", "Alpha Policy", "policy", "approved", "",
                "Alpha revised. Follow the [Bravo standard](../standards/b.md).\n");

        renderer.update(validate().handbook(), Set.of("policies/a.md"));

        assertThat(page("policies/a.html").select(".doc-body").text()).contains("Alpha revised")
                .doesNotContain("Alpha text");
    }

    /** A body edit that keeps metadata, links and headings shows on its own page and the pages made of bodies. */
    @Test
    void aBodyEditRewritesOnlyItsPageAndThePagesMadeOfBodies() throws IOException {
        byte[] before = Files.readAllBytes(site.resolve("policies/d.html"));
        ageSite();
        write("policies/a.md", "POL-A", "Alpha Policy", "policy", "approved", "",
                "Alpha revised. Follow the [Bravo standard](../standards/b.md).\n");
        Validation validation = validate();

        renderer.update(validation.handbook(), Set.of("policies/a.md"));

        assertThat(rewritten()).contains("policies/a.html", "print.html", "search-index.json")
                .doesNotContain("standards/b.html", "index.html", "policies/d.html", "procedures/c.html",
                        "assets/handbook.css");
        assertThat(site.resolve("policies/d.html")).hasBinaryContent(before);
        assertSameAsFullRender(validation);
    }

    /** A new link shows in the target's "Referenced by": the target's page and the listings are rewritten. */
    @Test
    void aNewLinkRewritesItsTargetAndTheListings() throws IOException {
        ageSite();
        write("policies/a.md", "POL-A", "Alpha Policy", "policy", "approved", "",
                "Alpha text. Follow the [Bravo standard](../standards/b.md) and [Delta](d.md).\n");
        Validation validation = validate();

        renderer.update(validation.handbook(), Set.of("policies/a.md"));

        assertThat(rewritten()).contains("policies/a.html", "policies/d.html", "standards/b.html", "index.html",
                        "print.html", "search-index.json")
                .doesNotContain("procedures/c.html", "assets/handbook.css");
        assertSameAsFullRender(validation);
    }

    /** The SoA's exclusions and inclusions are not shown on its own page but in soa.html and its files. */
    @Test
    void aChangedInclusionReachesTheStatementOfApplicability() throws IOException {
        write("soa.md", "SOA", "Statement of Applicability", "soa", "approved",
                "inclusions:\n  A.5.15: {justification: Contracts, status: planned}\n", "Our SoA.\n");
        renderer.update(validate().handbook(), Set.of("soa.md")); // a new document: everything is rendered
        ageSite();
        write("soa.md", "SOA", "Statement of Applicability", "soa", "approved",
                "inclusions:\n  A.5.15: {justification: Contracts, status: implemented}\n", "Our SoA.\n");
        Validation validation = validate();

        renderer.update(validation.handbook(), Set.of("soa.md"));

        assertThat(rewritten()).contains("soa.html", "soa.csv", "soa.xlsx", "soa-document.html");
        assertThat(page("soa.html").getElementById("soa-A.5.15").select(".soa-status").text()).isEqualTo("Implemented");
        assertSameAsFullRender(validation);
    }

    @Test
    void referencedByFollowsTheLinksAsTheyAreNow() throws IOException {
        assertThat(page("standards/b.html").select(".ref-backlinks a").eachText())
                .containsExactly("Alpha Policy", "Charlie Procedure");
        write("policies/a.md", "POL-A", "Alpha Policy", "policy", "approved", "",
                "Alpha now follows the [Charlie procedure](../procedures/c.md) only.\n");

        renderer.update(validate().handbook(), Set.of("policies/a.md"));

        assertThat(page("standards/b.html").select(".ref-backlinks a").eachText()).containsExactly("Charlie Procedure");
        assertThat(page("procedures/c.html").select(".ref-backlinks a").eachText())
                .containsExactly("Alpha Policy", "Bravo Standard");
        assertThat(page("policies/d.html").select(".ref-backlinks")).isEmpty();
    }

    @Test
    void thePrintPageAndTheSearchIndexHoldTheNewText() throws IOException {
        write("policies/a.md", "POL-A", "Alpha Policy", "policy", "approved", "",
                "Alpha revised. Follow the [Bravo standard](../standards/b.md).\n");

        renderer.update(validate().handbook(), Set.of("policies/a.md"));

        assertThat(page("print.html").text()).contains("Alpha revised", "Delta text stands alone")
                .doesNotContain("Alpha text");
        JsonNode index = new ObjectMapper().readTree(site.resolve("search-index.json").toFile());
        Map<String, String> texts = new TreeMap<>();
        index.forEach(e -> texts.put(e.get("id").asText(), e.get("text").asText()));
        assertThat(texts).containsEntry("POL-A", "Alpha revised. Follow the Bravo standard.")
                .containsEntry("POL-D", "Delta text stands alone.").hasSize(4);
    }

    @Test
    void anUpdatedSiteIsTheSiteAFullRenderGives() throws IOException {
        write("policies/a.md", "POL-A", "Alpha Policy", "policy", "approved", "controls: [A.5.15]\n",
                "Alpha now follows the [Charlie procedure](../procedures/c.md) and [[A.5.1]].\n");
        renderer.update(validate().handbook(), Set.of("policies/a.md"));
        write("standards/b.md", "STD-B", "Bravo Standard", "standard", "approved", "supersedes: [POL-D]\n",
                "Bravo text, now on its own.\n");
        Validation validation = validate();

        renderer.update(validation.handbook(), Set.of("standards/b.md"));

        assertSameAsFullRender(validation);
    }

    @Test
    void aNewTitleReachesTheNavigationOfEveryPage() throws IOException {
        ageSite();
        write("policies/a.md", "POL-A", "Alpha Rules", "policy", "approved", "",
                "Alpha text. Follow the [Bravo standard](../standards/b.md).\n");
        Validation validation = validate();

        renderer.update(validation.handbook(), Set.of("policies/a.md"));

        // the navigation lists the documents of the page's own type: Delta's page lists Alpha
        assertThat(page("policies/d.html").select("nav#siteNav").text()).contains("Alpha Rules")
                .doesNotContain("Alpha Policy");
        assertThat(rewritten()).contains("policies/d.html", "procedures/c.html");
        assertSameAsFullRender(validation);
    }

    /** A page that names an unpublished document (a draft) shows its title, so a new title must reach it too. */
    @Test
    void aNewTitleOfADraftReachesThePagesThatNameIt() throws IOException {
        write("policies/e.md", "POL-E", "Echo Draft", "policy", "draft", "", "Echo text.\n");
        write("policies/d.md", "POL-D", "Delta Policy", "policy", "approved", "related: [POL-E]\n",
                "Delta text, see [[POL-E]].\n");
        renderer.render(validate());
        assertThat(page("policies/d.html").select(".doc-body span.broken-link").text()).isEqualTo("Echo Draft");
        write("policies/e.md", "POL-E", "Echo Draft, renamed", "policy", "draft", "", "Echo text.\n");
        Validation validation = validate();

        renderer.update(validation.handbook(), Set.of("policies/e.md"));

        assertThat(page("policies/d.html").select(".doc-body span.broken-link").text())
                .isEqualTo("Echo Draft, renamed");
        assertSameAsFullRender(validation);
    }

    /**
     * The preview serves the site while it is updated: every file is written next to its place and renamed over it,
     * never written into. A second link to each file, made before the update, still has the old bytes after it.
     */
    @Test
    void everyFileIsReplacedNotWrittenInto() throws IOException {
        // with the files publishing adds, which an update replaces too
        renderer = new HandbookPipeline(config).renderer(SiteOrigin.Goal.SERVE);
        renderer.render(validate());
        Path links = project.resolve("links");
        Map<String, byte[]> before = SiteRendererTest.snapshot(site);
        for (String path : before.keySet()) {
            Path link = links.resolve(path);
            Files.createDirectories(link.getParent());
            Files.createLink(link, site.resolve(path));
        }
        write("policies/a.md", "POL-A", "Alpha Rules", "policy", "approved", "",
                "Alpha revised. Follow the [Bravo standard](../standards/b.md).\n");

        renderer.update(validate().handbook(), Set.of("policies/a.md"));

        Map<String, byte[]> linked = SiteRendererTest.snapshot(links);
        before.forEach((path, bytes) -> assertThat(linked.get(path)).as(path).isEqualTo(bytes));
        assertThat(site.resolve("isms-snapshot.json")).content().contains("Alpha revised");
    }

    @Test
    void aFailedUpdateLeavesTheSiteItWasUpdating() throws IOException {
        Map<String, byte[]> before = SiteRendererTest.snapshot(site);
        // a folder where the page should go: the page cannot replace it
        Files.delete(site.resolve("policies/a.html"));
        Files.createDirectories(site.resolve("policies/a.html/in-the-way"));
        write("policies/a.md", "POL-A", "Alpha Policy", "policy", "approved", "", "Alpha revised.\n");

        assertThatThrownBy(() -> renderer.update(validate().handbook(), Set.of("policies/a.md"))).isInstanceOf(IOException.class);

        assertThat(site.resolve("policies/d.html")).hasBinaryContent(before.get("policies/d.html"));
        assertThat(site.resolve("index.html")).exists();
        assertThat(site.resolve("policies/a.html/in-the-way")).isDirectory();
    }

    /** The preview publishes drafts: a draft has its page, and its links count like any other. */
    @Test
    void withDraftsPublishedAnEditedDraftIsUpdatedLikeAnyDocument() throws IOException {
        config = config.toBuilder().includeDrafts(true).build();
        write("policies/e.md", "POL-E", "Echo Draft", "policy", "draft", "", "Echo links to [[POL-D]].\n");
        renderer = new SiteRenderer(config);
        renderer.render(validate());
        write("policies/e.md", "POL-E", "Echo Draft", "policy", "draft", "", "Echo now links to [[PRO-C]].\n");
        Validation validation = validate();

        renderer.update(validation.handbook(), Set.of("policies/e.md"));

        assertThat(page("policies/e.html").select(".doc-body").text()).isEqualTo("Echo now links to Charlie Procedure.");
        assertThat(page("procedures/c.html").select(".ref-backlinks a").eachText()).contains("Echo Draft");
        assertThat(page("policies/d.html").select(".ref-backlinks")).isEmpty();
        assertSameAsFullRender(validation);
    }

    @Test
    void withoutARenderBeforeAnUpdateRendersEverything() throws IOException {
        io.github.ismshandbook.isms.files.AtomicFiles.deleteTree(site);
        Validation validation = validate();

        new SiteRenderer(config).update(validation.handbook(), Set.of("policies/a.md"));

        assertThat(site.resolve("policies/d.html")).exists();
        assertSameAsFullRender(validation);
    }

    @Test
    void aNewOrRemovedDocumentRendersEverything() throws IOException {
        write("policies/f.md", "POL-F", "Foxtrot Policy", "policy", "approved", "", "Foxtrot text.\n");
        Validation added = validate();
        renderer.update(added.handbook(), Set.of("policies/f.md"));

        assertThat(page("index.html").select("a").eachText()).contains("Foxtrot Policy");
        assertSameAsFullRender(added);

        Files.delete(config.sourceDirectory().resolve("policies/d.md"));
        Validation removed = validate();
        renderer.update(removed.handbook(), Set.of("policies/d.md"));

        assertThat(site.resolve("policies/d.html")).doesNotExist();
        assertSameAsFullRender(removed);
    }

    @Test
    void aDocumentThatBecomesADraftLeavesTheSite() throws IOException {
        write("policies/d.md", "POL-D", "Delta Policy", "policy", "draft", "", "Delta text stands alone.\n");
        Validation validation = validate();

        renderer.update(validation.handbook(), Set.of("policies/d.md"));

        assertThat(site.resolve("policies/d.html")).doesNotExist();
        assertSameAsFullRender(validation);
    }
}
