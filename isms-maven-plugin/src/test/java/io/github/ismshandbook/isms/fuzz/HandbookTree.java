package io.github.ismshandbook.isms.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small handbook built from fuzzer data in a {@link FuzzProject}: two to six documents at random paths, with
 * front-matter of mostly valid keys and fuzzed values, bodies that link to each other (right and wrong),
 * wiki links to ids, controls and clauses, raw HTML with scripts, an asset, and symbolic links that try to
 * leave the source folder towards a secret file next to it.
 */
final class HandbookTree {

    /** Text of a file outside the source folder: it must never be loaded, reported or published. */
    static final String SECRET = "SECRET-7f3a9c";

    private static final String[] PATHS = {"a.md", "soa.md", "policies/access-control.md", "policies/b.md",
            "procedures/c.md", "deep/er/still/d.md", "with space.md", "\u00fc/\u00df.md", "_hidden.md", ".dot/e.md",
            "x.MD", "a.md.md", "policies/a.md", "-dash.md", "%41.md", "a#b.md", "q?.md", "images/../f.md",
            "javascript:alert(1).md", "policies/data:x.md", "A.5.15.md", "index.md", "assets/handbook.md", "404.md",
            "controls/A.5.1.md", "search-index.md", "<b>.md", "&amp;.md", "'q'.md", "\"dq\".md"};
    private static final String[] IDS = {"POL-1", "POL-2", "POL-3", "SOA", "pol-1", "A.5.15", "6.1.2", "1x",
            "x".repeat(70), "../../escape", "<script>alert(1)</script>", "POL 4", "", "~", "[a]", "'q'"};
    private static final String[] DATES = {"2020-01-01", "2026-06-15", "2027-01-01", "2026-02-30", "soon", "",
            "[2027-01-01]"};
    private static final String[] REFS = {"A.5.15", "5.1", "A.8.34", "A.9.2.1", "A.99.1", "6.1.2", "4", "11",
            "x", "", "POL-1", "POL-2", "SOA", "nobody"};
    private static final String[] TYPES = {"policy", "standard", "procedure", "soa", "record", "memo", ""};
    private static final String[] STATUSES = {"approved", "draft", "retired", "in-review", "final", ""};
    private static final String[] HTML = {"<script>alert(1)</script>", "<script src=\"https://evil.example/x.js\"></script>",
            "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">a</a>", "<a href=\" jav&#x09;ascript:x\">b</a>",
            "<svg onload=alert(1)></svg>", "<iframe src=\"javascript:alert(1)\"></iframe>", "<style>*{}</style>",
            "<div><script>x</script></div>", "<scr<script>ipt>alert(1)</script>", "<object data=x></object>",
            "<form action=\"javascript:x\"><button>go</button></form>", "<p style=\"x\">ok</p>", "<!-- <script> -->",
            "<details open><summary>s</summary>d</details>", "<input type=checkbox onclick=x>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">d</a>", "<math><mtext><script>x</script></mtext></math>"};

    private static final Pattern NOT_IN_PATHS = Pattern.compile("[^A-Za-z0-9 ._/-]");

    private final FuzzedDataProvider data;
    private final FuzzProject project;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> links = new LinkedHashMap<>();

    private HandbookTree(FuzzedDataProvider data, FuzzProject project) {
        this.data = data;
        this.project = project;
    }

    /** Writes the tree; returns the files written under the source folder by path, symbolic links excluded. */
    static HandbookTree write(FuzzedDataProvider data, FuzzProject project) {
        HandbookTree tree = new HandbookTree(data, project);
        tree.writeAll();
        return tree;
    }

    /** Regular files written under the source folder, by '/'-separated path. */
    Map<String, byte[]> files() {
        return files;
    }

    /** Symbolic links made under the source folder, by path, with their targets. */
    Map<String, String> links() {
        return links;
    }

    /** Every file and link written, with its content, for a crash report. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        files.forEach((path, bytes) -> out.append("\n  ").append(path).append(": ").append(Fuzzing.quoted(bytes)));
        links.forEach((link, target) -> out.append("\n  ").append(link).append(" -> ").append(target));
        return out.toString();
    }

    private void writeAll() {
        write(project.dir().resolve("secret.md"), document(SECRET, SECRET));
        write(project.dir().resolve("secret.png"), SECRET);
        List<String> paths = new ArrayList<>();
        int count = data.consumeInt(2, 6);
        for (int i = 0; i < count; i++) {
            paths.add(path());
        }
        for (String path : paths) {
            String id = data.consumeInt(0, 3) == 0 ? data.pickValue(IDS) : "POL-" + data.consumeInt(1, 4);
            file(path, document(id, body(path, paths)));
        }
        if (data.consumeBoolean()) {
            file("images/a.png", "\u0089PNG");
        }
        int symlinks = data.consumeInt(0, 2);
        for (int i = 0; i < symlinks; i++) {
            symlink(data.pickValue(new String[] {"out.md", "policies/out.md", "up", "loop", "img.png"}),
                    data.pickValue(new String[] {"../../secret.md", "../secret.md", "..", "../..", ".", "../../secret.png",
                            "missing.md", "/etc/passwd"}));
        }
    }

    /** A path from the list, or a fuzzed one without '..' (which would write outside the source folder). */
    private String path() {
        if (data.consumeInt(0, 3) > 0) {
            return data.pickValue(PATHS).replace("images/../", "");
        }
        String raw = NOT_IN_PATHS.matcher(data.consumeAsciiString(24)).replaceAll("");
        String clean = Arrays.stream(raw.split("/"))
                .filter(s -> !s.isBlank() && !s.equals(".") && !s.equals(".."))
                .collect(Collectors.joining("/"));
        return (clean.isEmpty() ? "z" : clean) + ".md";
    }

    private String document(String id, String body) {
        StringBuilder yaml = new StringBuilder("---\n");
        yaml.append("id: ").append(quoted(id)).append('\n');
        yaml.append("title: ").append(quoted(data.consumeBoolean() ? "Doc " + id : data.consumeString(12))).append('\n');
        yaml.append("owner: CISO\nversion: 1.0\n");
        yaml.append(data.consumeBoolean() ? "review_date: " : "last_reviewed: ").append(data.pickValue(DATES)).append('\n');
        String type = data.pickValue(TYPES);
        yaml.append("type: ").append(type).append('\n');
        yaml.append("status: ").append(data.pickValue(STATUSES)).append('\n');
        for (String key : new String[] {"controls", "clauses", "related", "supersedes"}) {
            if (data.consumeBoolean()) {
                yaml.append(key).append(": [").append(String.join(", ", data.pickValues(REFS, data.consumeInt(0, 3))))
                        .append("]\n");
            }
        }
        if (type.equals("soa") || data.consumeInt(0, 7) == 0) {
            yaml.append("exclusions:\n  A.7.4: ").append(data.consumeBoolean() ? "No premises" : "").append('\n')
                    .append("  ").append(data.pickValue(REFS)).append(": ").append(data.consumeString(8)).append('\n');
        }
        if (type.equals("soa") && data.consumeBoolean()) {
            yaml.append("inclusions:\n  ").append(data.pickValue(REFS)).append(": {justification: ")
                    .append(quoted(data.consumeString(8))).append(", status: ")
                    .append(data.pickValue(new String[] {"implemented", "partial", "planned", "done", ""})).append("}\n");
        }
        return yaml.append("---\n").append(body).toString();
    }

    /** JSON-style quoting keeps fuzzed text one YAML scalar. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    private String body(String from, List<String> paths) {
        StringBuilder body = new StringBuilder("# Scope\n\n");
        int pieces = data.consumeInt(0, 12);
        for (int i = 0; i < pieces; i++) {
            switch (data.consumeInt(0, 5)) {
                case 0 -> body.append('[').append("to").append("](").append(relative(from, data.pickValue(paths)))
                        .append(data.consumeBoolean() ? "" : "#" + data.pickValue(new String[] {"scope", "nope", "", "Scope"}))
                        .append(")\n");
                case 1 -> body.append("[[").append(data.pickValue(data.consumeBoolean() ? REFS : IDS)).append("]]\n");
                case 2 -> body.append(data.pickValue(HTML)).append("\n\n");
                case 3 -> body.append("[x](").append(data.pickValue(new String[] {"javascript:alert(1)", "../../secret.md",
                        "../secret.png", "/etc/passwd", "images/a.png", "vbscript:x", "data:text/html,x",
                        "%2e%2e/%2e%2e/secret.md", "..%2f..%2fsecret.md"})).append(")\n");
                default -> body.append(MarkdownText.piece(data));
            }
        }
        return body.toString();
    }

    /** The relative link from one source path to another, as an author would write it. */
    private static String relative(String from, String to) {
        Path folder = Path.of(from).getParent();
        Path link = folder == null ? Path.of(to) : folder.relativize(Path.of(to));
        return link.toString().replace('\\', '/').replace(" ", "%20");
    }

    /** Writes a document; a path that collides with a folder already written is left out. */
    private void file(String path, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try {
            Path written = project.write(path, bytes);
            files.put(project.source().relativize(written).toString().replace('\\', '/'), bytes);
        } catch (UncheckedIOException e) {
            // a.md written before a.md/b.md: not something the handbook is asked to read
        }
    }

    private void symlink(String name, String target) {
        Path link = project.source().resolve(name);
        try {
            Files.createDirectories(link.getParent());
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, Path.of(target));
                links.put(name, target);
            }
        } catch (IOException e) {
            // the name is taken by a folder or file of the tree: no link this time
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
