package io.github.ismshandbook.isms;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Links written in raw HTML go the way of Markdown links, from loading to the page: {@code href} and {@code src}
 * are checked ({@code broken-link}, {@code broken-anchor}, {@code draft-referenced} at the attribute), rewritten
 * to the pages and assets of the site, and a missing or unpublished target is marked text.
 */
class RawHtmlLinkTest {

    private static final String A = """
            ---
            id: POL-A
            title: Policy A
            owner: CISO
            version: 1.0
            review_date: 2027-01-31
            controls: [A.5.1]
            ---
            ## Scope

            Read <a href="b.md#rules">the rules</a>, <a href="b.md#nope">a lost heading</a>, <a href="missing.md">a lost file</a> and <a href="draft.md">the draft</a>.

            <p>Diagram: <img src="../images/net.png" alt="Network"> <img src="../images/gone.png" alt="Gone"> <img src="https://example.com/far.png" alt="Far"></p>

            <div class="note">
            See <A HREF=b.md>B</A> or <a href='x&quot;y.md' onclick="alert(1)">nothing</a>, <a href="https://example.com">out</a>, <a href="#scope">up</a>.
            </div>
            """;

    @TempDir
    Path project;

    private BuildConfig config;
    private Validation validation;

    @BeforeEach
    void build() throws IOException {
        Path source = project.resolve("src/handbook");
        write(source.resolve("policies/a.md"), A);
        write(source.resolve("policies/b.md"), document("POL-B", "Policy B", "approved", "## Rules\n\nKeep them.\n"));
        write(source.resolve("policies/draft.md"), document("POL-D", "Draft", "draft", "Not yet.\n"));
        Files.createDirectories(source.resolve("images"));
        Files.write(source.resolve("images/net.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        config = BuildConfig.builder(project, LocalDate.of(2026, 3, 1)).build();
        validation = new HandbookPipeline(config).build();
    }

    @Test
    void eachBrokenTargetIsAFindingAtItsAttribute() {
        List<String> lines = A.lines().toList();
        String read = lines.get(10);
        String diagram = lines.get(12);
        String see = lines.get(15);

        assertThat(validation.findings()).filteredOn(f -> f.severity() != Severity.INFO && "policies/a.md".equals(f.file()))
                .extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(
                        tuple(Rule.BROKEN_ANCHOR, 11, read.indexOf("href=\"b.md#nope") + 1),
                        tuple(Rule.BROKEN_LINK, 11, read.indexOf("href=\"missing.md") + 1),
                        tuple(Rule.DRAFT_REFERENCED, 11, read.indexOf("href=\"draft.md") + 1),
                        tuple(Rule.BROKEN_LINK, 13, diagram.indexOf("src=\"../images/gone.png") + 1),
                        tuple(Rule.UNSAFE_HTML, 15, 1),
                        tuple(Rule.BROKEN_LINK, 16, see.indexOf("href='x") + 1));
        assertThat(validation.findings()).filteredOn(f -> f.rule() == Rule.BROKEN_LINK).extracting(Finding::message)
                .containsExactly("Link target 'missing.md' does not exist (no file policies/missing.md)",
                        "Link target '../images/gone.png' does not exist (no file images/gone.png)",
                        "Link target 'x\"y.md' does not exist (no file policies/x\"y.md)");
    }

    @Test
    void linksToTheSiteAreRewrittenAndBrokenOnesAreMarkedText() throws IOException {
        Element body = page("policies/a.html").selectFirst(".doc-body");

        assertThat(body.select("a[href]").eachAttr("href")).containsExactly("../policies/b.html#rules",
                "../policies/b.html#nope", "https://example.com/far.png", "../policies/b.html", "https://example.com",
                "#scope");
        assertThat(body.select("a[href=../policies/b.html#rules]").text()).isEqualTo("the rules");
        assertThat(body.select("span.broken-link").eachText()).containsExactly("a lost file", "the draft", "Gone", "nothing");
        assertThat(body.select("span.broken-link").eachAttr("title")).containsExactly(
                "Broken link: missing.md does not exist", "Not published: Draft is a draft",
                "Missing image: ../images/gone.png does not exist", "Broken link: x\"y.md does not exist");
        assertThat(body.select("img").eachAttr("src")).containsExactly("../images/net.png");
        assertThat(body.select("a.external-image").text()).isEqualTo("Far");
        assertThat(body.select("[onclick]")).isEmpty();
        assertThat(body.select("a[href*=.md], img[src*=.md]")).isEmpty();
        assertThat(body.html()).doesNotContain("isms-slot");
        assertThat(project.resolve("target/handbook/images/net.png")).exists();
    }

    @Test
    void inThePrintPageLinksBetweenDocumentsStayInThePage() throws IOException {
        Element section = page("print.html").getElementById("doc-policies.a");

        assertThat(section.select(".doc-body a[href]").eachAttr("href")).containsExactly("#doc-policies.b--rules",
                "#doc-policies.b--nope", "https://example.com/far.png", "#doc-policies.b", "https://example.com",
                "#doc-policies.a--scope");
        assertThat(section.select(".doc-body img").eachAttr("src")).containsExactly("images/net.png");
    }

    private Element page(String path) throws IOException {
        return Jsoup.parse(project.resolve("target/handbook").resolve(path).toFile());
    }

    private static String document(String id, String title, String status, String body) {
        return "---\nid: " + id + "\ntitle: " + title + "\nowner: CISO\nversion: 1.0\nreview_date: 2027-01-31\n"
                + "status: " + status + "\ncontrols: [A.5.2]\n---\n" + body;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
