package io.github.ismshandbook.isms.maven;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each goal lists exactly the parameters it reads in the plugin descriptor (what {@code mvn isms:help -Ddetail} and
 * the plugin's documentation show), and a parameter has the same user property and default in every goal that
 * has it, as the README's "Parameters" gives them.
 */
class GoalParametersTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    /** Loading and checking: every goal that reads the handbook. */
    private static final Set<String> CHECKING = Set.of("skip", "sourceDirectory", "publishDirectory", "reportDirectory",
            "projectDirectory", "handbookVersion", "today", "reviewWarningDays", "reviewCycle", "classifications",
            "defaultClassification", "rules", "catalogs", "includes", "excludes", "git");
    /** Rendering: every goal that writes a site. */
    private static final Set<String> RENDERING = union(CHECKING, Set.of("themeDirectory", "title", "organization",
            "baseUrl", "pdf", "outputTimestamp"));

    /** Name → user property (or "") and default (or ""). */
    private static final Map<String, List<String>> PROPERTY_AND_DEFAULT = Map.ofEntries(
            Map.entry("sourceDirectory", List.of("isms.sourceDirectory", "${project.basedir}/src/handbook")),
            Map.entry("outputDirectory", List.of("isms.outputDirectory", "${project.build.directory}/handbook")),
            Map.entry("themeDirectory", List.of("", "${project.basedir}/src/handbook-theme")),
            Map.entry("title", List.of("", "${project.name}")),
            Map.entry("handbookVersion", List.of("isms.version", "${project.version}")),
            Map.entry("organization", List.of("", "${project.organization.name}")),
            Map.entry("today", List.of("isms.today", "")),
            Map.entry("reviewWarningDays", List.of("isms.reviewWarningDays", "30")),
            Map.entry("reviewCycle", List.of("", "P1Y")),
            Map.entry("classifications", List.of("", "")),
            Map.entry("defaultClassification", List.of("", "internal")),
            Map.entry("includeDrafts", List.of("isms.includeDrafts", "false")),
            Map.entry("rules", List.of("", "")),
            Map.entry("catalogs", List.of("", "")),
            Map.entry("includes", List.of("", "")),
            Map.entry("excludes", List.of("", "")),
            Map.entry("baseUrl", List.of("isms.baseUrl", "")),
            Map.entry("pdf", List.of("isms.pdf", "false")),
            Map.entry("failOnError", List.of("isms.failOnError", "true")),
            Map.entry("failOnWarning", List.of("isms.failOnWarning", "false")),
            Map.entry("skip", List.of("isms.skip", "false")),
            Map.entry("publishDirectory", List.of("isms.publishDirectory", "${project.build.directory}/handbook-versions")),
            Map.entry("port", List.of("isms.port", "8000")),
            Map.entry("host", List.of("isms.host", "127.0.0.1")),
            Map.entry("republish", List.of("isms.republish", "false")),
            Map.entry("git", List.of("isms.git", "true")),
            Map.entry("reportDirectory", List.of("", "${project.build.directory}/isms")),
            Map.entry("projectDirectory", List.of("", "${project.basedir}")),
            Map.entry("outputTimestamp", List.of("", "${project.build.outputTimestamp}")),
            Map.entry("previewDirectory", List.of("", "${project.build.directory}/handbook-preview")),
            Map.entry("reportOutputDirectory", List.of("", "${project.reporting.outputDirectory}")),
            Map.entry("basedir", List.of("", "${project.basedir}")));

    private static Map<String, Map<String, Parameter>> goals;

    private record Parameter(String property, String defaultValue, String description, String since) {
    }

    @BeforeAll
    static void readDescriptor() throws Exception {
        assertThat(DESCRIPTOR).as("the plugin descriptor, written by maven-plugin-plugin before the tests").exists();
        org.w3c.dom.Document xml;
        try (var in = Files.newInputStream(DESCRIPTOR)) {
            xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        goals = new LinkedHashMap<>();
        for (Element mojo : children((Element) xml.getElementsByTagName("mojos").item(0), "mojo")) {
            Map<String, String[]> configured = new HashMap<>();
            for (Element configuration : children(mojo, "configuration")) {
                for (Element c : children(configuration, null)) {
                    String text = c.getTextContent().trim();
                    String property = text.startsWith("${") ? text.substring(2, text.length() - 1) : "";
                    configured.put(c.getTagName(), new String[] {property, c.getAttribute("default-value")});
                }
            }
            Map<String, Parameter> parameters = new LinkedHashMap<>();
            for (Element list : children(mojo, "parameters")) {
                for (Element p : children(list, "parameter")) {
                    String name = text(p, "name");
                    String[] c = configured.getOrDefault(name, new String[] {"", ""});
                    parameters.put(name, new Parameter(c[0], c[1], text(p, "description"), text(p, "since")));
                }
            }
            goals.put(text(mojo, "goal"), parameters);
        }
    }

    @Test
    void eachGoalListsExactlyTheParametersItReads() {
        assertThat(goals.get("check")).containsOnlyKeys(union(CHECKING,
                Set.of("includeDrafts", "failOnError", "failOnWarning")));
        assertThat(goals.get("build")).containsOnlyKeys(union(RENDERING,
                Set.of("outputDirectory", "includeDrafts", "failOnError", "failOnWarning")));
        assertThat(goals.get("report")).containsOnlyKeys(union(RENDERING,
                Set.of("reportOutputDirectory", "includeDrafts")));
        assertThat(goals.get("serve")).containsOnlyKeys(union(RENDERING, Set.of("previewDirectory", "port", "host")));
        assertThat(goals.get("publish")).containsOnlyKeys("skip", "sourceDirectory", "outputDirectory",
                "publishDirectory", "handbookVersion", "includeDrafts", "republish", "basedir");
        assertThat(goals.get("init")).containsOnlyKeys("skip", "sourceDirectory", "organization", "today", "basedir");
    }

    @Test
    void aParameterHasTheSamePropertyAndDefaultInEveryGoal() {
        goals.forEach((goal, parameters) -> {
            if (goal.equals("help")) {
                return;
            }
            parameters.forEach((name, p) -> assertThat(List.of(p.property(), p.defaultValue()))
                    .as(goal + " " + name).isEqualTo(PROPERTY_AND_DEFAULT.get(name)));
        });
        assertThat(goals.entrySet().stream().filter(g -> !g.getKey().equals("help"))
                .flatMap(g -> g.getValue().keySet().stream()).collect(Collectors.toSet()))
                .as("every documented parameter is some goal's").isEqualTo(PROPERTY_AND_DEFAULT.keySet());
    }

    @Test
    void everyParameterIsDocumentedAndSaysSinceWhen() {
        goals.forEach((goal, parameters) -> {
            if (goal.equals("help")) {
                return;
            }
            parameters.forEach((name, p) -> {
                assertThat(p.description()).as(goal + " " + name).isNotBlank();
                assertThat(p.since()).as(goal + " " + name).isEqualTo("0.1.0");
            });
        });
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }

    private static List<Element> children(Element parent, String tag) {
        NodeList nodes = parent.getChildNodes();
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(nodes::item)
                .filter(n -> n.getNodeType() == Node.ELEMENT_NODE).map(Element.class::cast)
                .filter(e -> tag == null || e.getTagName().equals(tag)).toList();
    }

    private static String text(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }
}
