package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.Handbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.github.ismshandbook.isms.render.TestHandbooks.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BodyRendererTest {

    private final Document target = doc("policies/access-control.md", "POL-AC").title("Access Control Policy")
            .body("## Scope\n\ntext\n").build();
    private final Document draft = doc("policies/draft.md", "POL-DRAFT").title("Draft policy")
            .status(DocumentStatus.DRAFT).build();

    private Element render(String body, boolean includeDrafts) {
        Document source = doc("procedures/review.md", "PRO-1").title("User access review").body(body).build();
        List<Document> all = List.of(source, target, draft);
        Handbook handbook = new Handbook(all, Set.of("images/net.png"), Set.of(), TestHandbooks.catalog());
        List<Document> published = handbook.published(includeDrafts);
        SiteLinks links = new SiteLinks(handbook, new SitePages(published, handbook.catalog()), includeDrafts);
        String html = new BodyRenderer(links).render(new BodyScope(source, source.pagePath(), false)).html();
        return Jsoup.parseBodyFragment(html).body();
    }

    @Test
    void relativeLinkToADocumentPointsAtItsPageAndAnchor() {
        Element body = render("See [the policy](../policies/access-control.md#scope).", false);

        assertThat(body.select("a").attr("href")).isEqualTo("../policies/access-control.html#scope");
        assertThat(body.select("a").text()).isEqualTo("the policy");
    }

    @Test
    void wikiLinksShowTheTitleOfWhatTheyName() {
        Element body = render("[[POL-AC]], [[A.5.15]], [[6.1.2]] and [[POL-AC|the rules]].", false);

        assertThat(body.select("a").eachAttr("href")).containsExactly("../policies/access-control.html",
                "../controls/A.5.15.html", "../clauses/index.html#clause-6.1.2", "../policies/access-control.html");
        assertThat(body.select("a").eachText()).containsExactly("Access Control Policy", "A.5.15 Access control",
                "6.1.2 Information security risk assessment", "the rules");
    }

    @Test
    void brokenAndUnpublishedLinksAreMarkedTextNotLinks() {
        Element body = render("[gone](missing.md), [[NOPE]], [[A.9.2.1]] and [draft](../policies/draft.md).", false);

        assertThat(body.select("a")).isEmpty();
        assertThat(body.select("span.broken-link").eachText()).containsExactly("gone", "NOPE", "A.9.2.1", "draft");
        assertThat(body.select("span.broken-link").get(3).attr("title")).isEqualTo("Not published: Draft policy is a draft");
    }

    @Test
    void aDraftIsLinkedWhenDraftsArePublished() {
        Element body = render("[draft](../policies/draft.md)", true);

        assertThat(body.select("a").attr("href")).isEqualTo("../policies/draft.html");
    }

    @Test
    void assetsAreLinkedRelativelyAndExternalImagesAreNotLoaded() {
        Element body = render("![net](../images/net.png) ![far](https://example.com/x.png) [out](https://example.com)", false);

        assertThat(body.select("img").attr("src")).isEqualTo("../images/net.png");
        assertThat(body.select("img")).hasSize(1);
        assertThat(body.select("a.external").eachAttr("href")).containsExactly("https://example.com/x.png", "https://example.com");
        assertThat(body.select("a.external").eachAttr("rel")).allMatch(r -> r.contains("noopener"));
    }

    @Test
    void scriptsHandlersAndJavascriptUrlsAreRemoved() {
        Element body = render("<script>alert(1)</script>\n\n<p onclick=\"x()\">hi</p>\n\n[x](javascript:alert(1))", false);

        assertThat(body.html()).doesNotContain("script").doesNotContain("onclick").doesNotContain("javascript");
        assertThat(body.select("span.broken-link").text()).isEqualTo("x");
        assertThat(body.text()).contains("hi");
    }

    @Test
    void headingsCarryTheLoadersAnchors() {
        Element body = render("## Scope\n\n## Scope\n\n### Who, what & when?\n", false);

        assertThat(body.select("h2, h3").eachAttr("id")).containsExactly("scope", "scope-1", "who-what--when");
    }

    @Test
    void admonitionsTaskListsAndFootnotesSurviveTheSanitizer() {
        Element body = render("!!! warning \"Mind\"\n    Careful.\n\n???+ tip\n    Open.\n\n- [x] done\n- [ ] open\n\nA[^1]\n\n[^1]: Note.\n", false);

        assertThat(body.select("div.adm-block.adm-warning > p.adm-heading").text()).isEqualTo("Mind");
        assertThat(body.select("details.adm-block.adm-tip[open] > summary").text()).isEqualTo("Tip");
        assertThat(body.select("input[type=checkbox][disabled]")).hasSize(2);
        assertThat(body.select("input[checked][aria-label=Done]")).hasSize(1);
        assertThat(body.select("input[aria-label=Not done]")).hasSize(1);
        assertThat(body.select("sup a[href=#fn-1]")).hasSize(1);
        assertThat(body.select("li#fn-1")).hasSize(1);
        assertThat(body.select("svg")).isEmpty();
    }

    @Test
    void inThePrintVersionIdsArePrefixedAndDocumentLinksStayInThePage() {
        Document source = doc("procedures/review.md", "PRO-1").title("Review")
                .body("## Steps\n\nSee [scope](../policies/access-control.md#scope) and [below](#steps).[^1]\n\n[^1]: Note.\n").build();
        Handbook handbook = new Handbook(List.of(source, target), Set.of(), Set.of(), TestHandbooks.catalog());
        SiteLinks links = new SiteLinks(handbook, new SitePages(List.of(source, target), handbook.catalog()), false);

        Element body = Jsoup.parseBodyFragment(new BodyRenderer(links).render(new BodyScope(source, "print.html", true)).html()).body();

        assertThat(body.select("h2").attr("id")).isEqualTo("doc-procedures.review--steps");
        assertThat(body.select("p a").eachAttr("href")).containsExactly("#doc-policies.access-control--scope",
                "#doc-procedures.review--steps", "#doc-procedures.review--fn-1");
        assertThat(body.select("li[id]").attr("id")).isEqualTo("doc-procedures.review--fn-1");
    }

    @Test
    void rawHtmlIsReducedToTheAllowList() {
        Element body = render("<iframe src=\"https://x\"></iframe>\n\n<img src=\"javascript:x()\" alt=\"a\">"
                + " <span style=\"color:red\">t</span> <a href=\"data:text/html,x\">d</a> <input type=\"text\" name=\"q\">\n", false);

        assertThat(body.select("iframe, [style], [onerror], input")).isEmpty();
        assertThat(body.select("img[src^=javascript], a[href^=data]")).isEmpty();
        assertThat(body.text()).contains("t").contains("d");
    }

    @Test
    void rawHtmlLinksAndImagesGoTheWayOfMarkdownLinks() {
        Element body = render("<a href=\"../policies/access-control.md#scope\" class=\"x\">rules</a>,"
                + " <a href=\"missing.md\">gone</a>, <a href=\"../policies/draft.md\">draft</a>,"
                + " <img src=\"../images/net.png\" alt=\"net\"> <img src=\"../images/none.png\" alt=\"none\">"
                + " <img src=\"https://example.com/x.png\"> <a id=\"here\">here</a>\n", false);

        assertThat(body.select("a[href]").eachAttr("href")).containsExactly("../policies/access-control.html#scope",
                "https://example.com/x.png");
        assertThat(body.select("a.x").text()).isEqualTo("rules");
        assertThat(body.select("span.broken-link").eachText()).containsExactly("gone", "draft", "none");
        assertThat(body.select("span.broken-link").eachAttr("title")).containsExactly(
                "Broken link: missing.md does not exist", "Not published: Draft policy is a draft",
                "Missing image: ../images/none.png does not exist");
        assertThat(body.select("img").eachAttr("src")).containsExactly("../images/net.png");
        assertThat(body.select("a.external-image").text()).isEqualTo("https://example.com/x.png");
        assertThat(body.select("a#here").text()).isEqualTo("here");
        assertThat(body.text()).isEqualTo("rules, gone, draft, none https://example.com/x.png here");
    }

    @Test
    void rawHtmlLinksCannotSmuggleHandlersOrBreakOutOfTheirValue() {
        Element body = render("<a href=\"../policies/access-control.md\" onclick=\"x()\">a</a>"
                + " <a href=\"gone.md&quot; onclick=&quot;y()\" onmouseover=\"z()\">b</a>"
                + " <a href=\"javascript:alert(1)\">c</a> <img src=\"../images/net.png\" onerror=\"w()\">"
                + " <a href=\"isms-slot-0x\">d</a> </a> <a href=\"missing.md\"><a href=\"../policies/access-control.md\">e</a></a>"
                + "\n", false);

        assertThat(body.select("[onclick], [onmouseover], [onerror]")).isEmpty();
        assertThat(body.html()).doesNotContain("javascript").doesNotContain("x()");
        assertThat(body.select("span.broken-link").eachText()).containsExactly("b", "c", "d", "e");
        assertThat(body.select("span.broken-link").get(0).attr("title"))
                .isEqualTo("Broken link: gone.md\" onclick=\"y() does not exist");
        assertThat(body.select("a[href]").eachAttr("href")).containsExactly("../policies/access-control.html",
                "../policies/access-control.html");
        assertThat(body.select("img").eachAttr("src")).containsExactly("../images/net.png");
    }

    @Test
    void anImageFromElsewhereInsideALinkIsItsTextNotAnEmptyLinkAndAnother() {
        Element body = render("[![Build status](https://img.example/b.svg)](https://ci.example)"
                + " <a href=\"https://ci.example\"><img src=\"https://img.example/c.svg\" alt=\"Coverage\"></a>"
                + " [<img src=\"https://img.example/d.svg\" alt=\"Docs\">](https://docs.example)"
                + " <a href=\"https://ci.example\">![Tests](https://img.example/e.svg)</a>\n", false);

        assertThat(body.select("a")).extracting(a -> a.attr("href"), Element::text).containsExactly(
                tuple("https://ci.example", "Build status"), tuple("https://ci.example", "Coverage"),
                tuple("https://docs.example", "Docs"), tuple("https://ci.example", "Tests"));
    }

    @Test
    void headingLevelsAreRenumberedUnderThePageTitleWithNoneSkipped() {
        Document source = doc("a.md", "A").title("Access Control Policy")
                .body("# Overview\n\n### Intro\n\n##### Detail\n\n# Scope\n\n<h1 id=\"raw\">Raw</h1>\n").build();
        Handbook handbook = new Handbook(List.of(source), Set.of(), Set.of(), TestHandbooks.catalog());
        SiteLinks links = new SiteLinks(handbook, new SitePages(List.of(source), handbook.catalog()), false);

        BodyRenderer.RenderedBody rendered = new BodyRenderer(links).render(new BodyScope(source, "a.html", false));

        Element body = Jsoup.parseBodyFragment(rendered.html()).body();
        assertThat(body.select("h1, h2, h3, h4, h5, h6")).extracting(Element::tagName, Element::id).containsExactly(
                tuple("h2", "overview"), tuple("h3", "intro"), tuple("h4", "detail"), tuple("h2", "scope"), tuple("h2", "raw"));
        assertThat(rendered.toc()).containsExactly(new BodyRenderer.TocEntry(2, "Overview", "overview"),
                new BodyRenderer.TocEntry(3, "Intro", "intro"), new BodyRenderer.TocEntry(4, "Detail", "detail"),
                new BodyRenderer.TocEntry(2, "Scope", "scope"));
        Element print = Jsoup.parseBodyFragment(rendered.printHtml()).body();
        assertThat(print.select("h1, h2, h3, h4, h5, h6")).extracting(Element::tagName)
                .containsExactly("h2", "h3", "h4", "h2", "h2");
        assertThat(print.select("h3").attr("id")).isEqualTo("doc-a--intro");
    }

    @Test
    void aLeadingTitleInOtherCaseAndPunctuationIsNotRepeatedEitherAndPrintLinksToItGoToTheSection() {
        Document policy = doc("policies/isp.md", "ISP").title("Information Security Policy")
                .body("<!-- generated -->\n\n# Information security policy:\n\n## Purpose\n").build();
        Document other = doc("b.md", "B").title("Other").body("[isp](policies/isp.md#information-security-policy)\n").build();
        Handbook handbook = new Handbook(List.of(policy, other), Set.of(), Set.of(), TestHandbooks.catalog());
        SiteLinks links = new SiteLinks(handbook, new SitePages(List.of(policy, other), handbook.catalog()), false);

        BodyRenderer.RenderedBody rendered = new BodyRenderer(links).render(new BodyScope(policy, policy.pagePath(), false));
        BodyRenderer.RenderedBody fromOther = new BodyRenderer(links).render(new BodyScope(other, "print.html", true));

        assertThat(Jsoup.parseBodyFragment(rendered.html()).select("h1, h2")).extracting(Element::text).containsExactly("Purpose");
        assertThat(rendered.titleAnchor()).isEqualTo("information-security-policy");
        assertThat(Jsoup.parseBodyFragment(fromOther.html()).select("a").attr("href")).isEqualTo("#doc-policies.isp");
    }

    @Test
    void aLaterH1ThatRepeatsTheTitleIsDemotedNotDropped() {
        Element body = render("Intro.\n\n# User access review\n\n## Steps\n", false);

        assertThat(body.select("h1")).isEmpty();
        assertThat(body.select("h2, h3")).extracting(Element::tagName, Element::text)
                .containsExactly(tuple("h2", "User access review"), tuple("h3", "Steps"));
    }

    @Test
    void aPrintLinkToALaterH1ThatRepeatsTheTitleGoesToThatHeadingWhichIsShown() {
        Document policy = doc("policies/uar.md", "UAR").title("User access review")
                .body("Intro.\n\n# User access review\n\n## Steps\n").build();
        Document other = doc("b.md", "B").title("Other").body("[uar](policies/uar.md#user-access-review)\n").build();
        Handbook handbook = new Handbook(List.of(policy, other), Set.of(), Set.of(), TestHandbooks.catalog());
        SiteLinks links = new SiteLinks(handbook, new SitePages(List.of(policy, other), handbook.catalog()), false);

        BodyRenderer.RenderedBody fromOther = new BodyRenderer(links).render(new BodyScope(other, "print.html", true));
        BodyRenderer.RenderedBody printed = new BodyRenderer(links).render(new BodyScope(policy, "print.html", true));

        assertThat(Jsoup.parseBodyFragment(fromOther.html()).select("a").attr("href"))
                .isEqualTo("#doc-policies.uar--user-access-review");
        assertThat(Jsoup.parseBodyFragment(printed.html()).select("h2").attr("id")).isEqualTo("doc-policies.uar--user-access-review");
    }

    @Test
    void aLeadingTitleHeadingIsNotRepeated() {
        Document source = doc("a.md", "A").title("Access review").body("# Access Review\n\n## Steps\n").build();
        Handbook handbook = new Handbook(List.of(source), Set.of(), Set.of(), TestHandbooks.catalog());
        SiteLinks links = new SiteLinks(handbook, new SitePages(List.of(source), handbook.catalog()), false);

        BodyRenderer.RenderedBody rendered = new BodyRenderer(links).render(new BodyScope(source, "a.html", false));

        assertThat(Jsoup.parseBodyFragment(rendered.html()).select("h1")).isEmpty();
        assertThat(rendered.titleAnchor()).isEqualTo("access-review");
        assertThat(rendered.toc()).containsExactly(new BodyRenderer.TocEntry(2, "Steps", "steps"));
    }
}
