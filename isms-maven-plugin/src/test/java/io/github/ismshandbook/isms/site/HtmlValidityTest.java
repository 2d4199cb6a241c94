package io.github.ismshandbook.isms.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of the example handbook, and of a policy set written as public ones are, is valid HTML5 according to the Nu HTML Checker. */
class HtmlValidityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedValidator validator;

    @BeforeAll
    static void createValidator() {
        validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    }

    /** The Nu checker's errors for one file, as {@code line: message}. */
    static List<String> errors(Path file) throws Exception {
        JsonNode report = JSON.readTree(validator.validate(file));
        List<String> errors = new ArrayList<>();
        for (JsonNode m : report.path("messages")) {
            String type = m.path("type").asText();
            if (type.equals("error") || type.equals("non-document-error")) {
                errors.add(m.path("lastLine").asInt() + ": " + m.path("message").asText());
            }
        }
        return errors;
    }

    @Test
    void theCheckerSeesAnError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head>"
                + "<body><p><div></span></body></html>");
        assertThat(errors(bad)).anyMatch(e -> e.contains("Stray end tag"));
    }

    /**
     * Documents that start with {@code # Title}, {@code # Overview} or {@code ### Intro} give neither skipped
     * heading levels nor a second {@code h1}, on their pages and in {@code print.html}.
     */
    @Test
    void aPolicySetWrittenAsPublicOnesAreIsValidHtml5WithOneH1PerDocument() throws Exception {
        Path site = PolicySet.directory();
        List<String> problems = new ArrayList<>();
        for (String page : List.of("policies/access.html", "policies/information-security.html",
                "policies/application.html", "policies/data-protection.html", "policies/mdm.html", "procedures/hr.html", "soa.html",
                "print.html", "index.html")) {
            errors(site.resolve(page)).forEach(e -> problems.add(page + ":" + e));
        }
        assertThat(problems).as("Nu HTML Checker errors").isEmpty();

        for (String page : List.of("policies/access.html", "policies/information-security.html", "procedures/hr.html")) {
            org.jsoup.nodes.Document html = Jsoup.parse(site.resolve(page).toFile());
            assertThat(html.select("h1")).as(page).hasSize(1);
            assertThat(html.select(".doc-body h2").first()).as(page + ": the body starts one level below the title").isNotNull();
        }
        org.jsoup.nodes.Document print = Jsoup.parse(site.resolve("print.html").toFile());
        assertThat(print.select("article.print-section")).hasSize(7).allSatisfy(section ->
                assertThat(section.select("h1")).as(section.id()).hasSize(1));
        assertThat(Jsoup.parse(site.resolve("policies/information-security.html").toFile()).select("h1").attr("id"))
                .as("the title keeps the anchor of the '# Title' it stands for").isEqualTo("information-security-policy");
    }

    @Test
    void everyPageIsValidHtml5() throws Exception {
        Path site = ExampleSite.directory();
        List<String> pages = ExampleSite.pages();
        assertThat(pages).contains("index.html", "soa.html", "controls/index.html", "search.html", "404.html");
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            errors(site.resolve(page)).forEach(e -> problems.add(page + ":" + e));
        }
        assertThat(problems).as("Nu HTML Checker errors").isEmpty();
    }
}
