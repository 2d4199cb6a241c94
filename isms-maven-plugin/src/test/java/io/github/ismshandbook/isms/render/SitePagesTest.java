package io.github.ismshandbook.isms.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages of docs/reference.md, "Site", beyond the documents: catalog, SoA, reviews, owners, search, print, data files. */
class SitePagesTest {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    @TempDir
    static Path project;

    private static Path site;

    @BeforeAll
    static void render() throws IOException {
        site = SampleHandbook.render(project);
    }

    private static org.jsoup.nodes.Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void soaHasARowForEveryControlWithItsJustification() throws IOException {
        org.jsoup.nodes.Document soa = page("soa.html");

        assertThat(soa.select("tr.soa-row")).hasSize(93);
        Element excluded = soa.getElementById("soa-A.7.4");
        assertThat(excluded.select(".soa-applicability").text()).isEqualTo("No");
        assertThat(excluded.select(".soa-justification").text())
                .isEqualTo("No physical premises of our own: offices are rented in a serviced building.");
        Element applicable = soa.getElementById("soa-A.8.5");
        assertThat(applicable.select(".soa-applicability").text()).isEqualTo("Yes");
        assertThat(applicable.select(".soa-documents a").eachText()).containsExactly("Access Control Policy", "Password Standard");
        assertThat(soa.getElementById("soa-A.5.2").select(".soa-justification").text())
                .isEqualTo("Not covered by any approved document");
        assertThat(soa.select(".soa-excluded").text()).isEqualTo("2");
    }

    @Test
    void everyControlHasAPageWithTitleThemeApplicabilityAndReferences() throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("controls"))) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("A."))).hasSize(93);
        }
        org.jsoup.nodes.Document control = page("controls/A.5.15.html");
        assertThat(control.select("h1").text()).isEqualTo("A.5.15 Access control");
        assertThat(control.select(".control-theme").text()).isEqualTo("Organizational controls");
        assertThat(control.select(".control-applicability").text()).isEqualTo("Applicable");
        assertThat(control.select(".doc-table th a").eachText()).containsExactly("Access Control Policy");

        org.jsoup.nodes.Document excluded = page("controls/A.8.30.html");
        assertThat(excluded.select(".control-applicability").text()).isEqualTo("Excluded");
        assertThat(excluded.select(".justification").text()).isEqualTo("No software development is outsourced.");
    }

    @Test
    void aControlPageShowsItsSoaEntryImplementingDocumentsAndThe2013ControlsItReplaces() throws IOException {
        org.jsoup.nodes.Document control = page("controls/A.5.18.html");

        assertThat(control.select(".control-replaces").text()).isEqualTo("A.9.2.1");
        assertThat(control.select(".soa-entry .justification").text())
                .isEqualTo("Applicable: implemented by 2 approved documents.");
        assertThat(control.select(".soa-entry a").eachAttr("href")).containsExactly("../soa.html#soa-A.5.18");
        List<Element> rows = control.select("#implementingTitle ~ .table-wrap tbody tr");
        assertThat(rows).extracting(r -> r.select("th a").text())
                .containsExactly("Access Control Policy", "User Access Review");
        assertThat(rows.get(0).select(".version-cell").text()).isEqualTo("2.10");
        assertThat(rows.get(0).select("td").eachText()).contains("CISO");
        assertThat(rows.get(1).select(".review-cell").text()).isEqualTo("2026-03-11 Due soon");

        assertThat(page("controls/A.5.7.html").select(".control-replaces").text()).isEqualTo("None");
        org.jsoup.nodes.Document uncovered = page("controls/A.6.2.html");
        assertThat(uncovered.select(".soa-entry .justification").text())
                .isEqualTo("Applicable, but no approved document implements it yet.");
        assertThat(uncovered.select(".soa-entry .soa-status").text()).isEqualTo("Implementation: Not stated");
        assertThat(uncovered.select("#implementingTitle ~ .empty").text())
                .isEqualTo("No approved document names this control in its controls.");
        org.jsoup.nodes.Document excluded = page("controls/A.7.4.html");
        assertThat(excluded.select(".soa-entry-links a").eachAttr("href"))
                .containsExactly("../soa-document.html", "../soa.html#soa-A.7.4");
    }

    @Test
    void aControlPageShowsTheSoaInclusionItsStatusAndTheMandatoryDocumentsThatAskForIt() throws IOException {
        org.jsoup.nodes.Document included = page("controls/A.5.15.html");
        assertThat(included.select(".soa-entry .justification").text())
                .isEqualTo("Required by customer contracts, \"need to know\" for every system; reviewed yearly.");
        assertThat(included.select(".soa-entry .soa-status").text()).isEqualTo("Implementation: Implemented");
        assertThat(page("controls/A.5.1.html").select(".soa-entry .soa-status").text())
                .isEqualTo("Implementation: Planned");
        assertThat(included.select("#mandatoryTitle")).isEmpty();

        org.jsoup.nodes.Document incident = page("controls/A.5.26.html");
        assertThat(incident.select(".mandatory-list li").eachText())
                .containsExactly("Document A.5.26: Incident response procedure Addressed");
        assertThat(incident.select(".mandatory-list a").attr("href")).isEqualTo("../mandatory.html#mandatory-A.5.26");
        // an excluded control's item does not apply, and its page has no implementation status
        org.jsoup.nodes.Document excluded = page("controls/A.7.4.html");
        assertThat(excluded.select(".soa-entry .soa-status")).isEmpty();
    }

    @Test
    void controlPagesLeadToThePreviousAndNextControlAcrossThemes() throws IOException {
        org.jsoup.nodes.Document last = page("controls/A.5.37.html");
        assertThat(last.select("a[rel=next]").attr("href")).isEqualTo("../controls/A.6.1.html");
        assertThat(last.select("a[rel=next]").text()).isEqualTo("Next A.6.1 Screening");
        assertThat(last.select("a[rel=prev]").attr("href")).isEqualTo("../controls/A.5.36.html");
        assertThat(page("controls/A.6.1.html").select("a[rel=prev]").attr("href")).isEqualTo("../controls/A.5.37.html");
        assertThat(page("controls/A.5.1.html").select("a[rel=prev]")).isEmpty();
        assertThat(page("controls/A.8.34.html").select("a[rel=next]")).isEmpty();
    }

    @Test
    void theHomePageListsEveryDocumentAsARowTheFiltersCanMatch() throws IOException {
        org.jsoup.nodes.Document index = page("index.html");

        assertThat(index.select(".doc-index tbody tr")).hasSize(7);
        Element row = index.selectFirst(".doc-index tr:has(a[href=policies/access-control.html])");
        assertThat(row.attr("data-type")).isEqualTo("policy");
        assertThat(row.attr("data-owner")).isEqualTo("CISO");
        assertThat(row.attr("data-status")).isEqualTo("approved");
        assertThat(List.of(".col-id", ".col-owner", ".col-status", ".col-classification", ".col-review"))
                .extracting(c -> row.select("td" + c).text())
                .containsExactly("POL-AC", "CISO", "Approved", "internal", "2026-06-01");
        assertThat(index.selectFirst(".doc-index tr:has(a[href=standards/backup.html]) .col-review").text())
                .isEqualTo("2026-01-15 Overdue");

        Element form = index.getElementById("docFilter");
        assertThat(form.hasAttr("hidden")).as("the filters need script: hidden without it").isTrue();
        assertThat(form.select("#docFilterType option").eachAttr("value"))
                .containsExactly("", "policy", "standard", "procedure", "register", "soa");
        assertThat(form.select("#docFilterOwner option").eachAttr("value"))
                .containsExactly("", "CISO", "IT Operations", "IT Security", "Risk Manager");
        assertThat(form.select("#docFilterStatus option").eachAttr("value")).containsExactly("", "approved");
        for (Element field : form.select("input, select")) {
            assertThat(form.select("label[for=" + field.id() + "]")).as("label of " + field.id()).hasSize(1);
        }
        assertThat(index.select("script[src=assets/filter.js]")).hasSize(1);
        assertThat(site.resolve("assets/filter.js")).exists();
    }

    @Test
    void theNavigationNamesTheStatementOfApplicabilityOnceAndTheFooterHoldsTheDataFiles() throws IOException {
        for (String path : List.of("index.html", "soa.html", "soa-document.html", "controls/A.5.1.html")) {
            org.jsoup.nodes.Document doc = page(path);
            assertThat(doc.select("#siteNav a").eachText()).as(path).containsOnlyOnce("Statement of Applicability");
            assertThat(doc.select("#siteNav a[href$=handbook.json], #siteNav a[href$=reviews.ics]")).as(path).isEmpty();
            assertThat(doc.select(".site-footer a").eachAttr("href")).as(path)
                    .anyMatch(h -> h.endsWith("handbook.json")).anyMatch(h -> h.endsWith("reviews.ics"));
        }
        assertThat(page("soa-document.html").select("#siteNav a[aria-current]").eachAttr("href"))
                .containsExactly("soa.html");
    }

    @Test
    void everyTableScrollsInAFocusableLabelledBox() throws IOException {
        List<String> problems = new ArrayList<>();
        int tables = 0;
        for (Path file : htmlFiles()) {
            // the print version's cover and per-document tables are small label-value tables made for paper
            for (Element table : page(site.relativize(file).toString())
                    .select("main table:not(.control-block):not(.print-control)")) {
                tables++;
                Element wrap = table.parent();
                if (!wrap.hasClass("table-wrap") || !wrap.attr("tabindex").equals("0")
                        || !wrap.attr("role").equals("region") || wrap.attr("aria-label").isBlank()) {
                    problems.add(site.relativize(file) + ": " + wrap.tagName() + wrap.attributes());
                }
            }
        }
        assertThat(tables).isGreaterThan(10);
        assertThat(problems).isEmpty();
        assertThat(page("policies/access-control.html").select(".doc-body .table-wrap").attr("aria-label")).isEqualTo("Table");
    }

    @Test
    void controlsIndexGroupsTheCatalogByTheme() throws IOException {
        org.jsoup.nodes.Document index = page("controls/index.html");

        assertThat(index.select(".theme-section h2").eachText()).containsExactly("Organizational controls",
                "People controls", "Physical controls", "Technological controls");
        assertThat(index.select(".control-table tbody tr")).hasSize(93);
    }

    @Test
    void clausesCarryAnchorsAndTheDocumentsThatAddressThem() throws IOException {
        org.jsoup.nodes.Document clauses = page("clauses/index.html");

        assertThat(clauses.getElementById("clause-6.1.2").select(".doc-links a").eachText()).containsExactly("Risk Register");
        assertThat(clauses.getElementById("clause-4")).isNotNull();
        assertThat(clauses.getElementById("clause-10.2").select(".doc-links a").eachText())
                .containsExactly("Incident <b>Response</b>");
    }

    @Test
    void reviewsAreGroupedOverdueDueSoonAndLater() throws IOException {
        org.jsoup.nodes.Document reviews = page("reviews.html");

        assertThat(reviews.select(".review-group-overdue tbody th a").eachText()).containsExactly("Backup Standard");
        assertThat(reviews.select(".review-group-dueSoon tbody th a").eachText())
                .containsExactly("User Access Review", "Incident <b>Response</b>");
        assertThat(reviews.select(".review-group-later tbody th a").eachText()).containsExactly(
                "Access Control Policy", "Password Standard", "Risk Register", "Statement of Applicability");
    }

    @Test
    void ownersListTheirDocuments() throws IOException {
        org.jsoup.nodes.Document owners = page("owners.html");

        assertThat(owners.select(".owner-section h2").eachText()).containsExactly("CISO 3", "IT Operations 2",
                "IT Security 1", "Risk Manager 1");
        assertThat(owners.select("#owner-it-operations ~ .table-wrap th a").eachText())
                .containsExactly("Backup Standard", "User Access Review");
    }

    @Test
    void reviewCalendarHasAStableEventPerDatedDocument() throws IOException {
        String ics = Files.readString(site.resolve("reviews.ics"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nEND:VCALENDAR\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(8);
        String event = ics.substring(ics.indexOf("UID:POL-AC@isms-handbook"));
        event = event.substring(0, event.indexOf("END:VEVENT"));
        assertThat(event).contains("DTSTART;VALUE=DATE:20260601\r\n").contains("DTSTAMP:20260301T000000Z\r\n")
                .contains("SUMMARY:Review due: Access Control Policy (POL-AC)\r\n").contains("DESCRIPTION:Owner: CISO");
        assertThat(ics).doesNotContain("POL-REMOTE");
    }

    @Test
    void searchIndexHoldsEveryPublishedDocument() throws IOException {
        JsonNode index = new ObjectMapper().readTree(site.resolve("search-index.json").toFile());

        assertThat(index).hasSize(7);
        JsonNode policy = index.get(0);
        assertThat(policy.get("url").asText()).isEqualTo("policies/access-control.html");
        assertThat(policy.get("id").asText()).isEqualTo("POL-AC");
        assertThat(policy.get("owner").asText()).isEqualTo("CISO");
        assertThat(policy.get("controls").toString()).isEqualTo("[\"A.5.15\",\"A.5.18\",\"A.8.5\"]");
        assertThat(policy.get("text").asText()).contains("least privilege").contains("Employee Business systems");
        assertThat(index.toString()).doesNotContain("POL-REMOTE").doesNotContain("<script");
        assertThat(Files.readString(site.resolve("search-index.js"))).startsWith("window.ISMS_SEARCH_INDEX = [");
        assertThat(page("search.html").select("script").eachAttr("src")).containsExactly("assets/handbook.js",
                "assets/versions.js", "assets/vendor/lunr.min.js", "search-index.js", "assets/search.js");
    }

    @Test
    void handbookJsonHasDocumentsAndControlCoverage() throws IOException {
        JsonNode json = new ObjectMapper().readTree(site.resolve("handbook.json").toFile());

        assertThat(json.get("documents")).hasSize(7);
        assertThat(json.get("documents").get(0).get("version").asText()).isEqualTo("2.10");
        assertThat(json.get("controls")).hasSize(93);
        JsonNode excluded = json.get("controls").findParents("id").stream()
                .filter(n -> n.get("id").asText().equals("A.7.4")).findFirst().orElseThrow();
        assertThat(excluded.get("applicable").asBoolean()).isFalse();
        assertThat(excluded.get("justification").asText()).startsWith("No physical premises");
        assertThat(excluded.get("status").isNull()).isTrue();
        JsonNode included = json.get("controls").findParents("id").stream()
                .filter(n -> n.get("id").asText().equals("A.5.15")).findFirst().orElseThrow();
        assertThat(included.get("justification").asText()).startsWith("Required by customer contracts");
        assertThat(included.get("status").asText()).isEqualTo("implemented");
        assertThat(json.get("mandatory")).hasSize(25);
        JsonNode soa = json.get("mandatory").get(4);
        assertThat(soa.get("id").asText()).isEqualTo("6.1.3 d");
        assertThat(soa.get("kind").asText()).isEqualTo("document");
        assertThat(soa.get("state").asText()).isEqualTo("addressed");
        assertThat(soa.get("documents")).extracting(JsonNode::asText).containsExactly("SOA");
        assertThat(json.get("mandatory").get(0).get("state").asText()).isEqualTo("missing");
    }

    @Test
    void printVersionHoldsEveryDocumentWithUniqueIds() throws IOException {
        org.jsoup.nodes.Document print = page("print.html");

        assertThat(print.select("article.print-section")).hasSize(7);
        assertThat(print.select("article.print-section h1").eachText()).startsWith("Access Control Policy");
        assertThat(print.select(".doc-body a[href=#doc-standards.passwords]")).hasSize(1);
        assertThat(print.getElementById("doc-policies.access-control--rules")).isNotNull();
        assertThat(print.select(".classification-banner").text()).isEqualTo("Classification: RESTRICTED");
    }

    @Test
    void noPageRepeatsAnId() throws IOException {
        for (Path file : htmlFiles()) {
            List<String> ids = page(site.relativize(file).toString()).select("[id]").eachAttr("id");
            assertThat(new HashSet<>(ids)).as(file.toString()).hasSize(ids.size());
        }
    }

    @Test
    void everyLinkIsRelativeAndLeadsToAFileOfTheSite() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : htmlFiles()) {
            org.jsoup.nodes.Document doc = page(site.relativize(file).toString());
            if (file.getFileName().toString().equals("404.html")) {
                continue; // served for any missing path; links assume the site root
            }
            for (Element e : doc.select("a[href]:not(.external), link[href], script[src], img[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (SCHEME.matcher(url).matches() || url.startsWith("/")) {
                    problems.add(file + ": not relative: " + url);
                    continue;
                }
                String path = url.replaceAll("[?#].*", "");
                String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : null;
                Path target = path.isEmpty() ? file : file.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    problems.add(file + ": missing: " + url);
                } else if (fragment != null && target.toString().endsWith(".html")
                        && Jsoup.parse(target.toFile(), "UTF-8").getElementById(URLDecoder.decode(fragment, StandardCharsets.UTF_8)) == null) {
                    problems.add(file + ": no anchor: " + url);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void notFoundPageExists() throws IOException {
        assertThat(page("404.html").select("h1").text()).isEqualTo("Page not found");
    }

    private static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
