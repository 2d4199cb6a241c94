package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Validation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static io.github.ismshandbook.isms.render.TestHandbooks.doc;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code print.html}: the structure that the browser prints and {@code handbook.pdf} is made from. */
class PrintPageTest {

    @TempDir
    Path project;

    private org.jsoup.nodes.Document print(List<Document> documents) throws IOException {
        BuildConfig config = SampleHandbook.config(project);
        new SiteRenderer(config).render(new Validation(
                new Handbook(documents, Set.of(), Set.of(), TestHandbooks.catalog()), List.of()));
        return Jsoup.parse(config.outputDirectory().resolve("print.html").toFile(), "UTF-8");
    }

    private static String row(Element table, String label) {
        Element th = table.select("th").stream().filter(h -> h.text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
        return th.nextElementSibling().text();
    }

    @Test
    void coverHasTheDocumentControlBlock() throws IOException {
        Element block = print(SampleHandbook.documents()).selectFirst(".print-cover table.control-block");

        assertThat(block.selectFirst("caption").text()).isEqualTo("Document control");
        assertThat(row(block, "Handbook")).isEqualTo("Acme Security Handbook");
        assertThat(row(block, "Version")).isEqualTo("2026.1");
        assertThat(row(block, "Organization")).isEqualTo("Acme Ltd");
        assertThat(row(block, "Date")).isEqualTo("2026-03-01");
        assertThat(row(block, "Documents")).isEqualTo("7");
        // the incident procedure is restricted
        assertThat(row(block, "Classification")).isEqualTo("RESTRICTED");
    }

    @Test
    void classificationIsTheHighestOfThePublishedDocumentsNotTheDefault() throws IOException {
        List<Document> documents = List.of(
                doc("policies/a.md", "POL-A").classification("public").build(),
                doc("policies/b.md", "POL-B").classification("public").build(),
                doc("policies/c.md", "POL-C").classification("restricted").status(DocumentStatus.DRAFT).build());

        org.jsoup.nodes.Document page = print(documents);

        // the default is internal, and the restricted draft is not in the handbook
        assertThat(row(page.selectFirst("table.control-block"), "Classification")).isEqualTo("PUBLIC");
        assertThat(page.selectFirst(".print-running-footer").text()).endsWith("· PUBLIC");
    }

    @Test
    void contentsListTheDocumentsByTypeWithTheirIds() throws IOException {
        Element toc = print(SampleHandbook.documents()).selectFirst("nav.print-toc");

        assertThat(toc.select(".toc-group").eachText()).containsExactly("Policies", "Standards", "Procedures",
                "Registers", "Statement of Applicability");
        assertThat(toc.select("a").first().text()).isEqualTo("POL-AC Access Control Policy");
        assertThat(toc.select("a").first().attr("href")).isEqualTo("#doc-policies.access-control");
    }

    @Test
    void eachDocumentHasItsMetadataAsATable() throws IOException {
        Element section = print(SampleHandbook.documents()).getElementById("doc-policies.access-control");
        Element table = section.selectFirst("table.print-control");

        assertThat(row(table, "Id")).isEqualTo("POL-AC");
        assertThat(row(table, "Version")).isEqualTo("2.10");
        assertThat(row(table, "Status")).isEqualTo("Approved");
        assertThat(row(table, "Owner")).isEqualTo("CISO");
        assertThat(row(table, "Classification")).isEqualTo("INTERNAL");
        assertThat(row(table, "Approved by")).isEqualTo("Management Board");
        assertThat(row(table, "Approved on")).isEqualTo("2025-06-01");
        assertThat(row(table, "Next review")).isEqualTo("2026-06-01");
        assertThat(row(table, "Effective")).isEqualTo("2025-07-01");
        assertThat(row(table, "Controls")).isEqualTo("A.5.15, A.5.18, A.8.5");
        assertThat(table.select("th").eachAttr("scope")).containsOnly("row");
        // the running title the PDF repeats on each of the document's pages
        assertThat(section.selectFirst(".print-running-title").text()).isEqualTo("POL-AC · Access Control Policy");
    }
}
