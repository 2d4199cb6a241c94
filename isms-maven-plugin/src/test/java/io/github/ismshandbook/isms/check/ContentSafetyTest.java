package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.github.ismshandbook.isms.check.FindingAssert.assertFindings;
import static io.github.ismshandbook.isms.check.FindingAssert.assertNone;
import static io.github.ismshandbook.isms.check.FindingAssert.at;
import static io.github.ismshandbook.isms.check.FindingAssert.single;
import static io.github.ismshandbook.isms.check.TestHandbook.config;
import static io.github.ismshandbook.isms.check.TestHandbook.doc;
import static org.assertj.core.api.Assertions.assertThat;

class ContentSafetyTest {

    private static List<Finding> check(Handbook handbook) {
        return new ContentSafety().check(handbook, config());
    }

    private static List<Finding> checkHtml(String html) {
        return check(TestHandbook.of(doc("p.md").html(html, 12).build()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script>                          | <script> element",
            "<img src=\"x.png\" onerror=\"alert(1)\">           | onerror event handler on <img>",
            "<a href=\"javascript:alert(1)\">x</a>              | javascript: URL in href of <a>",
            "<a href=\"jav&#x61;script:alert(1)\">x</a>         | javascript: URL in href of <a>",
            "<a href=\" JavaScript:alert(1)\">x</a>             | javascript: URL in href of <a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>               | vbscript: URL in href of <a>",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">   | data: URL in src of <img>",
            "<iframe src=\"https://example.invalid\"></iframe>  | <iframe> element",
            "<object data=\"x.swf\"></object>                   | <object> element",
            "<embed src=\"x.swf\">                              | <embed> element",
            "<form action=\"https://example.invalid\"><input name=\"q\"></form> | <form> element",
            "<style>body { display: none }</style>              | <style> element",
            "<svg onload=\"alert(1)\"></svg>                    | onload event handler on <svg>",
            "<div onclick=\"alert(1)\">text</div>               | onclick event handler on <div>",
    })
    void rawHtmlTheSanitizerDefusesIsReportedAtItsPlace(String html, String removed) {
        Finding f = single(checkHtml(html.trim()));

        assertThat(f).extracting(Finding::rule, Finding::file, Finding::line).containsExactly(Rule.UNSAFE_HTML, "p.md", 12);
        assertThat(f.message()).startsWith("Raw HTML removed from the page: ").contains(removed.trim());
    }

    @Test
    void everythingRemovedFromOnePieceIsNamedInOneFinding() {
        Finding f = single(checkHtml("<div onclick=\"a()\"><script>b()</script><img src=x onerror=c()></div>"));

        assertThat(f.message()).isEqualTo("Raw HTML removed from the page: onclick event handler on <div>, "
                + "<script> element, onerror event handler on <img>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<br>", "<br/>", "<details><summary>More</summary>", "</details>", "<kbd>Ctrl</kbd>", "<sup>1</sup>",
            "<sub>2</sub>", "<mark>note</mark>", "<abbr title=\"Information Security Management System\">ISMS</abbr>",
            "<a href=\"https://example.com\">x</a>", "<a href=\"../policies/a.md#scope\">x</a>",
            "<a href=\"mailto:security@example.com\">x</a>", "<img src=\"images/net.png\" alt=\"net\" width=\"200\">",
            "<table><tr><th colspan=\"2\">h</th></tr><tr><td>a</td><td>b</td></tr></table>",
            "<div class=\"note\" id=\"n1\">x</div>", "<!-- a comment -->", "</script>",
            "<span style=\"color: red\">red</span>", "<font color=\"red\">x</font>", "<center>x</center>",
            "<input type=\"checkbox\" checked>", "<a href=\"ftp://example.com/x\">x</a>",
    })
    void harmlessHtmlIsNotReported(String html) {
        assertNone(checkHtml(html));
    }

    @Test
    void markdownLinksAndImagesWithScriptOrDataUrlsAreUnsafe() {
        List<Finding> findings = check(TestHandbook.of(doc("p.md")
                .link("javascript:alert(1)", 10)
                .link(LinkKind.IMAGE, "data:image/png;base64,AAAA", 11)
                .link(LinkKind.AUTOLINK, "VBScript:x", 12)
                .link("https://example.com/javascript:", 13)
                .link("javascript-guide.md", 14)
                .wiki("data:thing", 15)
                .build()));

        assertFindings(findings, at(Rule.UNSAFE_HTML, "p.md", 10), at(Rule.UNSAFE_HTML, "p.md", 11),
                at(Rule.UNSAFE_HTML, "p.md", 12));
        assertThat(findings.get(0).message()).isEqualTo("Link with a javascript: URL is not published");
        assertThat(findings.get(1).message()).isEqualTo("Image with a data: URL is not published");
    }

    @Test
    void aScriptUrlInRawHtmlIsOneFindingAboutTheHtmlNotASecondAboutItsLink() {
        List<Finding> findings = check(TestHandbook.of(doc("p.md")
                .html("<a href=\"javascript:alert(1)\">", 12)
                .link(LinkKind.HTML_LINK, "javascript:alert(1)", 12)
                .html("<img src=\"data:image/png;base64,AAAA\">", 13)
                .link(LinkKind.HTML_IMAGE, "data:image/png;base64,AAAA", 13)
                .build()));

        assertFindings(findings, at(Rule.UNSAFE_HTML, "p.md", 12), at(Rule.UNSAFE_HTML, "p.md", 13));
        assertThat(findings.get(0).message()).isEqualTo("Raw HTML removed from the page: javascript: URL in href of <a>");
    }

    @Test
    void thePolicyKeepsFormattingAndDropsScripts() {
        String html = "<details open><summary>Why</summary><p id=\"why\" class=\"x\"><kbd>Ctrl</kbd><br>"
                + "<a href=\"a.md#b\" onclick=\"x()\">a</a><script>x()</script></p></details>";

        assertThat(ContentPolicy.sanitize(html)).isEqualTo("<details open=\"open\"><summary>Why</summary>"
                + "<p id=\"why\" class=\"x\"><kbd>Ctrl</kbd><br /><a href=\"a.md#b\">a</a></p></details>");
    }

    @Test
    void checkBoxesAreKeptReadOnlyAndOtherInputsDropped() {
        assertThat(ContentPolicy.sanitize("<input type=\"checkbox\" checked>"))
                .isEqualTo("<input type=\"checkbox\" checked=\"checked\" disabled=\"disabled\" />");
        assertThat(ContentPolicy.sanitize("<input type=\"text\" name=\"q\">")).isEmpty();
        assertThat(ContentSafety.removed("<input type=\"password\">")).containsExactly("<input> element");
    }
}
