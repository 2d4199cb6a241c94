package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Validation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.github.ismshandbook.isms.render.TestHandbooks.doc;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code mandatory.html}: every item of mandatory documented information, addressed, missing or not applicable. */
class MandatoryPageTest {

    @TempDir
    static Path project;

    private static Path site;

    @BeforeAll
    static void render() throws IOException {
        BuildConfig config = BuildConfig.builder(project, LocalDate.of(2026, 3, 1)).build();
        site = config.outputDirectory();
        Handbook handbook = new Handbook(List.of(
                doc("policies/isms.md", "POL-ISMS").title("Information Security Policy").version("3.1")
                        .clauses("4.3", "9.2.1").controls("A.5.2").build(),
                doc("policies/roles.md", "POL-ROLES").title("Roles").controls("5.2").build(),
                doc("policies/draft.md", "POL-DRAFT").title("Draft Policy").status(DocumentStatus.DRAFT).clauses("5.2").build(),
                doc("soa.md", "SOA").title("Statement of Applicability").type(DocumentType.SOA)
                        .exclude("A.8.9", "No systems of our own to configure.").build()),
                Set.of(), Set.of(), TestHandbooks.catalog());
        new SiteRenderer(config).render(new Validation(handbook, List.of()));
    }

    private static org.jsoup.nodes.Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    private static Element row(String anchor) throws IOException {
        return page("mandatory.html").getElementById(anchor);
    }

    @Test
    void everyItemHasARowInItsGroup() throws IOException {
        org.jsoup.nodes.Document page = page("mandatory.html");

        assertThat(page.select("h2").eachText()).containsExactly("Clauses 4–10", "Annex A controls");
        assertThat(page.select("#mandatory-clauses ~ .table-wrap tr.mandatory-row")).hasSize(15);
        assertThat(page.select("tr.mandatory-row")).hasSize(25);
        assertThat(page.select("tr.mandatory-row th").eachText()).startsWith("4.3", "5.2", "6.1.2", "6.1.3", "6.1.3 d");
    }

    @Test
    void anAddressedItemListsTheApprovedDocumentsThatAddressIt() throws IOException {
        Element scope = row("mandatory-4.3");
        assertThat(scope.select(".mandatory-kind").text()).isEqualTo("Document");
        assertThat(scope.select(".mandatory-title").text()).isEqualTo("Scope of the information security management system");
        assertThat(scope.select(".mandatory-state").text()).isEqualTo("Addressed");
        assertThat(scope.select(".mandatory-documents a").eachText()).containsExactly("Information Security Policy");
        assertThat(scope.select("th a").attr("href")).isEqualTo("clauses/index.html#clause-4.3");

        Element audits = row("mandatory-9.2.2");
        assertThat(audits.select(".mandatory-kind").text()).isEqualTo("Record");
        assertThat(audits.select(".mandatory-state").text()).isEqualTo("Addressed");

        Element roles = row("mandatory-A.5.2");
        assertThat(roles.select(".mandatory-documents a").eachText()).containsExactly("Information Security Policy", "Roles");
        assertThat(roles.select("th a").attr("href")).isEqualTo("controls/A.5.2.html");
        assertThat(row("mandatory-6.1.3_20d").select(".mandatory-documents a").eachText())
                .containsExactly("Statement of Applicability");
    }

    @Test
    void anItemOnlyADraftAddressesIsMissing() throws IOException {
        Element policy = row("mandatory-5.2");

        assertThat(policy.attr("class")).contains("state-missing");
        assertThat(policy.select(".mandatory-state").text()).isEqualTo("Missing");
        assertThat(policy.select(".mandatory-documents").text()).isEqualTo("No approved document");
    }

    @Test
    void anItemOfAnExcludedControlIsNotApplicable() throws IOException {
        Element configurations = row("mandatory-A.8.9");

        assertThat(configurations.select(".mandatory-state").text()).isEqualTo("Not applicable");
        assertThat(configurations.select(".mandatory-documents a").attr("href")).isEqualTo("soa.html");
    }

    @Test
    void theCountsLeaveOutItemsThatDoNotApply() throws IOException {
        org.jsoup.nodes.Document page = page("mandatory.html");
        // 4.3, 6.1.3 d, 9.2.2 and A.5.2; A.8.9 does not apply
        assertThat(page.select(".mandatory-addressed").text()).isEqualTo("4 of 24");
        assertThat(page.select(".mandatory-missing").text()).isEqualTo("20");
        assertThat(page.select(".mandatory-not-applicable").text()).isEqualTo("1");
        assertThat(page("index.html").select(".stat-mandatory .stat-value").text()).isEqualTo("4 of 24");
    }

    @Test
    void theNavigationLinksThePageWhereTheSoaIs() throws IOException {
        assertThat(page("index.html").select("#siteNav a[href=mandatory.html]").text()).isEqualTo("Mandatory documents");
        assertThat(page("controls/A.5.1.html").select("#siteNav a[href=../mandatory.html]")).hasSize(1);
        assertThat(page("mandatory.html").select("#siteNav a[aria-current=page]").attr("href")).isEqualTo("mandatory.html");
    }
}
