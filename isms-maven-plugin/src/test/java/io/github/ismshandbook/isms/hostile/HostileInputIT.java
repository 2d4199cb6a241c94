package io.github.ismshandbook.isms.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guarantees of docs/reference.md ("Guarantees") tried from outside with real Maven: a handbook written to break
 * the build, leak files from the build machine, write outside the output folder or run script in a reader's browser.
 * With {@code failOnError=false} the build succeeds, every broken file has a finding, and none of it gets through.
 */
class HostileInputIT {

    private static final String SECRET = "SECRET-TOKEN-7f3a9c";
    private static final String FRONT = "---\nid: %s\ntitle: %s\nowner: CISO\nversion: 1.0\nreview_date: 2027-01-31\n"
            + "controls: [A.5.1]\napproved_by: Management Board\napproved_on: 2026-01-05\n---\n";

    private static Path workspace;
    private static Path project;
    private static MavenRun.Result run;
    private static Set<String> before;
    private static Set<String> workspaceBefore;

    @BeforeAll
    static void buildHostileProject() throws Exception {
        workspace = Path.of("target/hostile-it").toAbsolutePath();
        MavenRun.deleteTree(workspace);
        project = Files.createDirectories(workspace.resolve("project"));
        Files.writeString(workspace.resolve("secret.txt"), SECRET + " outside the project\n");
        Files.writeString(project.resolve("secret.txt"), SECRET + " outside the source folder\n");
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example.it</groupId>
                  <artifactId>hostile</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <name>Hostile handbook</name>
                  <properties><isms.today>2026-03-01</isms.today></properties>
                </project>
                """);
        Path src = Files.createDirectories(project.resolve("src/handbook"));
        Files.writeString(src.resolve("ok.md"), FRONT.formatted("OK-1", "A fine policy") + "\n## Scope\n\nFine.\n");
        Files.writeString(src.resolve("escaping-links.md"), FRONT.formatted("ESC-1", "Escaping links")
                + "\n[a](../../pom.xml)\n\n[b](/etc/passwd)\n\n[c](..%2F..%2Fpom.xml)\n\n![d](../../secret.txt)\n");
        Files.writeString(src.resolve("escaping-id.md"), FRONT.formatted("../../x", "Escaping id"));
        Files.writeString(src.resolve("absolute-id.md"), FRONT.formatted("/etc/passwd", "Absolute id"));
        Files.createSymbolicLink(src.resolve("leak.md"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(src.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(src.resolve("secret.png"), workspace.resolve("secret.txt"));
        Files.writeString(src.resolve("Collide.md"), FRONT.formatted("COL-1", "Upper case"));
        Files.writeString(src.resolve("collide.md"), FRONT.formatted("COL-2", "Lower case"));
        Files.writeString(src.resolve("huge.md"), FRONT.formatted("HUGE-1", "Huge") + "word ".repeat(700_000));
        Files.write(src.resolve("binary.md"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, (byte) 0xff});
        byte[] head = (FRONT.formatted("UTF-1", "Bad bytes") + "\nBad: ").getBytes(StandardCharsets.UTF_8);
        byte[] badUtf8 = new byte[head.length + 3];
        System.arraycopy(head, 0, badUtf8, 0, head.length);
        badUtf8[head.length] = (byte) 0xc3;
        badUtf8[head.length + 1] = (byte) 0x28;
        badUtf8[head.length + 2] = '\n';
        Files.write(src.resolve("bad-utf8.md"), badUtf8);
        StringBuilder bomb = new StringBuilder("---\nid: BOMB-1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            String prev = String.valueOf((char) (c - 1));
            bomb.append(String.join(",", java.util.Collections.nCopies(9, "*" + prev))).append("]\n");
        }
        Files.writeString(src.resolve("bomb.md"), bomb + "---\n");
        Files.writeString(src.resolve("deep.md"), "---\nid: DEEP-1\nx: " + "[".repeat(500) + "]".repeat(500) + "\n---\n");
        Files.writeString(src.resolve("unterminated.md"), "---\nid: OPEN-1\ntitle: Never closed\n\nBody text.\n");
        Files.writeString(src.resolve("deep-body.md"), FRONT.formatted("DEEP-2", "Deep body") + "> ".repeat(5000) + "x\n");
        Files.writeString(src.resolve("script-values.md"), """
                ---
                id: XSS-1
                title: "<script>alert('title')</script>"
                owner: "<img src=x onerror=alert('owner')>"
                version: "<b>1</b>"
                review_date: 2027-01-31
                controls: [A.5.1]
                approved_by: "<script>alert('approver')</script>"
                approved_on: 2026-01-05
                summary: "</title><script>alert('summary')</script>"
                ---
                Text.
                """);
        Files.writeString(src.resolve("raw-html.md"), FRONT.formatted("RAW-1", "Raw HTML") + """

                <script>alert('raw')</script>

                <img src="x.png" onerror="alert('img')">

                [j](javascript:alert('link'))

                ![d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

                <a href="javascript:alert('a')">a</a>

                <a href="ok.md" onclick="alert('a2')">ok</a> <a href="gone.md&quot; onclick=&quot;alert('a3')">gone</a>
                <img src="../ok.md#x&quot;onerror=&quot;alert('i2')"> <a href="ok.md#scope"
                onmouseover="alert('a4')">scope</a>
                """);
        Files.write(src.resolve("crlf-bom.md"), ("\uFEFF" + FRONT.formatted("CRLF-1", "Windows file")
                + "\n## Scope\n\nText.\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        before = listing(project, "target");
        workspaceBefore = listing(workspace, "project");
        run = MavenRun.run(project, workspace.resolve("repository"),
                "io.github.ismshandbook:isms-maven-plugin:" + MavenRun.pluginVersion() + ":build",
                "-Disms.failOnError=false");
    }

    @Test
    void theBuildSucceedsWithoutAStackTrace() {
        assertThat(run.output()).contains("BUILD SUCCESS");
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).doesNotContain("Exception").doesNotContain("\tat io.github.ismshandbook");
    }

    @Test
    void everyBrokenFileHasAFinding() throws IOException {
        JsonNode report = new ObjectMapper().readTree(project.resolve("target/isms/findings.json").toFile());
        Map<String, Set<String>> rulesByFile = new TreeMap<>();
        for (JsonNode f : report.path("findings")) {
            rulesByFile.computeIfAbsent(f.path("file").asText(), k -> new TreeSet<>()).add(f.path("rule").asText());
        }
        assertThat(rulesByFile.get("escaping-links.md")).containsExactly("broken-link");
        assertThat(rulesByFile.get("escaping-id.md")).containsExactly("invalid-value");
        assertThat(rulesByFile.get("absolute-id.md")).containsExactly("invalid-value");
        assertThat(rulesByFile).containsKeys("leak.md", "etc", "secret.png");
        assertThat(rulesByFile.get("huge.md")).containsExactly("invalid-value");
        assertThat(rulesByFile.get("binary.md")).containsExactly("front-matter-missing");
        assertThat(rulesByFile.get("bad-utf8.md")).containsExactly("invalid-value");
        assertThat(rulesByFile.get("bomb.md")).containsExactly("yaml-syntax");
        assertThat(rulesByFile.get("deep.md")).containsExactly("yaml-syntax");
        assertThat(rulesByFile.get("unterminated.md")).containsExactly("front-matter-missing");
        assertThat(rulesByFile.get("deep-body.md")).containsExactly("invalid-value");
        assertThat(rulesByFile.get("raw-html.md")).containsExactly("broken-link", "unsafe-html");
        assertThat(rulesByFile.get("Collide.md")).contains("invalid-value");
        assertThat(rulesByFile.get("collide.md")).contains("invalid-value");
        assertThat(rulesByFile).doesNotContainKeys("ok.md", "crlf-bom.md", "script-values.md");
    }

    @Test
    void nothingIsWrittenOutsideTarget() throws IOException {
        assertThat(listing(project, "target")).isEqualTo(before);
        assertThat(listing(workspace, "project")).isEqualTo(workspaceBefore);
    }

    @Test
    void noByteOfAFileOutsideTheSourceFolderReachesTheOutput() throws IOException {
        String passwd = Files.readString(Path.of("/etc/passwd"));
        String firstLine = passwd.lines().findFirst().orElse("root:x:0:0");
        try (Stream<Path> files = Files.walk(project.resolve("target"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain(SECRET).doesNotContain(firstLine);
            }
        }
    }

    @Test
    void noScriptFromContentCanRun() throws IOException {
        Path site = project.resolve("target/handbook");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                org.jsoup.nodes.Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element script : doc.select("script")) {
                    String src = script.attr("src");
                    if (src.isEmpty() || src.contains(":") || !script.data().isBlank()) {
                        problems.add(page + ": " + script.outerHtml());
                    }
                }
                for (Element e : doc.getAllElements()) {
                    e.attributes().forEach(a -> {
                        String value = a.getValue().trim().toLowerCase(java.util.Locale.ROOT);
                        if (a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")
                                || value.startsWith("javascript:") || value.startsWith("vbscript:")
                                || (value.startsWith("data:") && !a.getKey().equals("content"))) {
                            problems.add(page + ": " + a);
                        }
                    });
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(Files.readString(site.resolve("script-values.html")))
                .contains("&lt;script&gt;alert('title')&lt;/script&gt;");
    }

    private static Set<String> listing(Path root, String skip) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString())
                    .filter(p -> !p.equals(skip) && !p.startsWith(skip + "/") && !p.startsWith("repository"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
