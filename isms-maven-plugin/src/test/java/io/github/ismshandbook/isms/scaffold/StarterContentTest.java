package io.github.ismshandbook.isms.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Node;
import io.github.ismshandbook.isms.load.MarkdownSyntax;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter set's promise: {@code init} followed by {@code check} gives no error and no warning. Each test
 * states one rule of docs/reference.md ("Front-matter", "Findings") over every starter document, so that an edit that
 * breaks it fails here, with the document named, rather than in a user's first build.
 */
class StarterContentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Set<String> KEYS = Set.of("id", "title", "owner", "version", "review_date", "last_reviewed",
            "review_cycle", "type", "status", "approved_by", "approved_on", "effective", "classification", "controls",
            "clauses", "related", "supersedes", "tags", "summary", "history", "exclusions", "inclusions");
    private static final Pattern ID = Pattern.compile("^[A-Za-z][A-Za-z0-9._-]{0,63}$");
    /** ISO/IEC 27001:2022 Annex A: 5.1–5.37, 6.1–6.8, 7.1–7.14, 8.1–8.34. */
    private static final Set<String> CONTROLS = new TreeSet<>();
    /** ISO/IEC 27001:2022 clauses 4–10 and their sub-clauses. */
    private static final Set<String> CLAUSES = Set.of("4", "4.1", "4.2", "4.3", "4.4", "5", "5.1", "5.2", "5.3",
            "6", "6.1", "6.1.1", "6.1.2", "6.1.3", "6.2", "6.3", "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1",
            "7.5.2", "7.5.3", "8", "8.1", "8.2", "8.3", "9", "9.1", "9.2", "9.2.1", "9.2.2", "9.3", "9.3.1", "9.3.2",
            "9.3.3", "10", "10.1", "10.2");

    private static final Map<String, Starter> DOCS = new LinkedHashMap<>();

    record Starter(String file, JsonNode front, Node body) {
        String id() {
            return front.path("id").asText();
        }

        String type() {
            return front.path("type").asText("policy");
        }
    }

    @BeforeAll
    static void load() throws IOException {
        int[] sizes = {37, 8, 14, 34};
        for (int theme = 0; theme < sizes.length; theme++) {
            for (int n = 1; n <= sizes[theme]; n++) {
                CONTROLS.add((theme + 5) + "." + n);
            }
        }
        StarterHandbook starter = new StarterHandbook();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String file : starter.files()) {
            String text = starter.text(file, new StarterValues("Acme Ltd", TODAY));
            assertThat(text).as(file).startsWith("---\n");
            int end = text.indexOf("\n---\n", 4);
            assertThat(end).as(file + " closes its front-matter").isPositive();
            JsonNode front = yaml.readTree(text.substring(4, end));
            DOCS.put(file, new Starter(file, front, MarkdownSyntax.PARSER.parse(text.substring(end + 5))));
        }
    }

    @Test
    void frontMatterHasTheRequiredKeysAndNoUnknownOnes() {
        for (Starter d : DOCS.values()) {
            for (String key : List.of("id", "title", "owner", "version", "review_date")) {
                assertThat(d.front.path(key).asText()).as(d.file + " " + key).isNotBlank();
            }
            assertThat(fieldNames(d.front)).as(d.file).allMatch(KEYS::contains);
            assertThat(d.front.get("version").isTextual()).as(d.file + " version is quoted text").isTrue();
            assertThat(d.front.path("version").asText()).isEqualTo("0.1");
            assertThat(d.front.path("status").asText()).as(d.file).isEqualTo("approved");
            assertThat(d.front.path("review_date").asText()).as(d.file).isEqualTo("2027-03-01");
            assertThat(d.front.path("history").get(0).path("date").asText()).as(d.file).isEqualTo("2026-03-01");
            assertThat(d.front.path("owner").asText()).as(d.file).doesNotContain("Acme");
        }
    }

    @Test
    void eachFolderHoldsTheTypeItIsNamedFor() {
        Map<String, String> typeOfFolder = Map.of("policies", "policy", "standards", "standard",
                "procedures", "procedure", "plans", "plan");
        for (Starter d : DOCS.values()) {
            String folder = d.file.contains("/") ? d.file.substring(0, d.file.indexOf('/')) : "";
            assertThat(d.front.path("type").asText()).as(d.file).isEqualTo(typeOfFolder.getOrDefault(folder, "soa"));
        }
    }

    @Test
    void idsAreValidAndUnique() {
        List<String> ids = DOCS.values().stream().map(Starter::id).toList();
        assertThat(ids).allMatch(id -> ID.matcher(id).matches()).doesNotHaveDuplicates();
        assertThat(ids).noneMatch(id -> id.matches("(?i)^(A\\.)?\\d+(\\.\\d+)*$"));
    }

    @Test
    void controlsAndClausesExistInIso27001Of2022() {
        assertThat(CONTROLS).hasSize(93);
        for (Starter d : DOCS.values()) {
            for (String ref : texts(d.front.path("controls"))) {
                assertThat(ref).as(d.file).startsWith("A.");
                assertThat(CONTROLS).as(d.file + " control " + ref).contains(ref.substring(2));
            }
            for (String ref : texts(d.front.path("clauses"))) {
                assertThat(CLAUSES).as(d.file + " clause " + ref).contains(ref);
            }
        }
    }

    @Test
    void everyPolicyStandardAndProcedureNamesItsControls() {
        for (Starter d : DOCS.values()) {
            if (Set.of("policy", "standard", "procedure").contains(d.type())) {
                assertThat(texts(d.front.path("controls"))).as(d.file).isNotEmpty();
            }
        }
    }

    @Test
    void theSoaExcludesAControlWithAJustificationThatNoDocumentReferences() {
        List<Starter> soa = DOCS.values().stream().filter(d -> d.type().equals("soa")).toList();
        assertThat(soa).hasSize(1);
        JsonNode exclusions = soa.get(0).front.path("exclusions");
        assertThat(fieldNames(exclusions)).isNotEmpty();
        for (String control : fieldNames(exclusions)) {
            assertThat(CONTROLS).contains(control.replaceFirst("^A\\.", ""));
            assertThat(exclusions.get(control).asText()).as(control + " justification").hasSizeGreaterThan(20);
            for (Starter d : DOCS.values()) {
                assertThat(texts(d.front.path("controls"))).as(d.file + " references excluded " + control)
                        .doesNotContain(control);
                assertThat(wikiTargets(d)).as(d.file + " links excluded " + control).doesNotContain(control);
            }
        }
    }

    @Test
    void theSoaIncludesControlsWithAJustificationAndAnImplementationStatus() {
        Starter soa = DOCS.values().stream().filter(d -> d.type().equals("soa")).findFirst().orElseThrow();
        JsonNode inclusions = soa.front.path("inclusions");
        assertThat(fieldNames(inclusions)).isNotEmpty();
        for (String control : fieldNames(inclusions)) {
            assertThat(control).startsWith("A.");
            assertThat(CONTROLS).contains(control.substring(2));
            assertThat(fieldNames(soa.front.path("exclusions"))).doesNotContain(control);
            assertThat(inclusions.get(control).path("justification").asText()).as(control).hasSizeGreaterThan(20);
            assertThat(inclusions.get(control).path("status").asText()).as(control)
                    .isIn("implemented", "partial", "planned", "not-implemented");
        }
    }

    /**
     * Every item of mandatory documented information (the reference table) is addressed: a starter document lists
     * one of its references under {@code clauses} or {@code controls}, or is of the type it names.
     */
    @Test
    void everyMandatoryItemIsAddressedByAStarterDocument() throws IOException {
        List<String> rows;
        try (InputStream in = StarterContentTest.class.getResourceAsStream("/reference/iso27001-2022-mandatory.tsv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank()).toList();
        }
        assertThat(rows).hasSize(25);
        for (String row : rows) {
            String[] cells = row.split("\t");
            boolean addressed = false;
            for (String ref : cells[3].split(" ")) {
                for (Starter d : DOCS.values()) {
                    addressed |= ref.startsWith("type:") ? d.type().equals(ref.substring(5))
                            : texts(d.front.path(ref.startsWith("A.") ? "controls" : "clauses")).contains(ref);
                }
            }
            assertThat(addressed).as(cells[0] + " " + cells[2]).isTrue();
        }
    }

    @Test
    void relatedIdsExist() {
        Set<String> ids = new TreeSet<>(DOCS.values().stream().map(Starter::id).toList());
        for (Starter d : DOCS.values()) {
            assertThat(ids).as(d.file + " related").containsAll(texts(d.front.path("related")));
        }
    }

    @Test
    void wikiLinksResolveToDocumentsControlsOrClauses() {
        Set<String> ids = new TreeSet<>(DOCS.values().stream().map(Starter::id).toList());
        for (Starter d : DOCS.values()) {
            for (String target : wikiTargets(d)) {
                boolean ok = target.startsWith("A.") ? CONTROLS.contains(target.substring(2))
                        : target.matches("\\d.*") ? CLAUSES.contains(target) : ids.contains(target);
                assertThat(ok).as(d.file + " [[" + target + "]]").isTrue();
            }
        }
    }

    @Test
    void relativeLinksReachAStarterDocumentAndItsHeading() {
        int checked = 0;
        for (Starter d : DOCS.values()) {
            for (Link link : descendants(d.body, Link.class)) {
                String url = link.getUrl().toString();
                String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                String anchor = url.contains("#") ? url.substring(url.indexOf('#') + 1) : null;
                String target = resolve(d.file, path);
                assertThat(DOCS).as(d.file + " -> " + url).containsKey(target);
                if (anchor != null) {
                    assertThat(anchors(DOCS.get(target))).as(d.file + " -> " + url).contains(anchor);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void fillInsAreEscapedTextNotLinks() {
        for (Starter d : DOCS.values()) {
            assertThat(descendants(d.body, LinkRef.class)).as(d.file).isEmpty();
            assertThat(descendants(d.body, RefNode.class)).as(d.file).isEmpty();
        }
    }

    private static String resolve(String from, String relative) {
        List<String> parts = new ArrayList<>(List.of(from.split("/")));
        parts.remove(parts.size() - 1);
        for (String p : relative.split("/")) {
            if (p.equals("..")) {
                parts.remove(parts.size() - 1);
            } else if (!p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    /** Heading anchors as on Git forges: lower case, punctuation dropped, spaces to '-'. */
    private static Set<String> anchors(Starter d) {
        Set<String> anchors = new TreeSet<>();
        for (Heading h : descendants(d.body, Heading.class)) {
            anchors.add(h.getText().toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-'));
        }
        return anchors;
    }

    private static List<String> wikiTargets(Starter d) {
        return descendants(d.body, WikiLink.class).stream().map(w -> w.getLink().toString()).toList();
    }

    private static <T extends Node> List<T> descendants(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node n : root.getDescendants()) {
            if (type.isInstance(n)) {
                found.add(type.cast(n));
            }
        }
        return found;
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
