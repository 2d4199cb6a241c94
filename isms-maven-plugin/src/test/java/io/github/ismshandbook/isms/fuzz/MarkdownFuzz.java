package io.github.ismshandbook.isms.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ismshandbook.isms.load.HandbookLoader;
import io.github.ismshandbook.isms.load.LoadResult;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Heading;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.RawHtml;
import io.github.ismshandbook.isms.model.Rule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.github.ismshandbook.isms.fuzz.Fuzzing.require;

/**
 * Any Markdown body behind a valid front-matter: the loader must keep the document and outline the body, with
 * every heading, link and piece of raw HTML placed inside the body's lines and every heading anchor unique in
 * the document, so that a link to one heading never lands on another; or, for a body nested deeper than the
 * handbook takes, refuse it with one finding in the body, never overflow the stack.
 */
class MarkdownFuzz {

    static final String FRONT_MATTER = """
            ---
            id: POL-1
            title: Fuzzed body
            owner: CISO
            version: 1.0
            review_date: 2027-01-01
            ---
            """;
    private static final int BODY_LINE = 8;

    @FuzzTest
    void outlinesAnyBody(FuzzedDataProvider data) throws IOException {
        // a NUL byte makes the file binary, not a document: FrontMatterFuzz covers that
        String body = MarkdownText.body(data).replace('\0', ' ');
        byte[] file = (FRONT_MATTER + body).getBytes(StandardCharsets.UTF_8);
        try (FuzzProject project = new FuzzProject()) {
            project.write(FrontMatterFuzz.FILE, file);
            Fuzzing.with(() -> "the file " + Fuzzing.quoted(file), () -> {
                LoadResult result = new HandbookLoader(project.config()).load();
                List<Document> documents = result.handbook().documents();
                SourceLines lines = new SourceLines(file);
                if (documents.isEmpty()) {
                    checkRefusal(result.findings(), lines);
                    return;
                }
                require(documents.size() == 1, () -> "a valid front-matter must give a document: " + result.findings());
                require(result.findings().isEmpty(), () -> "the front-matter is valid: " + result.findings());
                checkOutline(documents.get(0), lines);
            });
        }
    }

    /**
     * A body nested too deep is the one thing that keeps a file with a valid front-matter from being a document: then
     * exactly one finding says so, in the body.
     */
    private static void checkRefusal(List<Finding> findings, SourceLines lines) {
        require(findings.size() == 1, () -> "a file that is not loaded has exactly one finding: " + findings);
        Finding f = findings.get(0);
        require(f.rule() == Rule.INVALID_VALUE && f.message().startsWith("the body is nested more than"),
                () -> "a valid front-matter is only refused for a body nested too deep: " + f);
        require(f.line() >= BODY_LINE, () -> "the nesting is placed outside the body: " + f);
        lines.requireInside(f);
    }

    /** Whether the text at a link's position is where such a link starts, so that a finding about it points at it. */
    private static boolean startsLikeLink(Link link, String at) {
        return switch (link.kind()) {
            case LINK -> at.startsWith("[");
            case IMAGE -> at.startsWith("![");
            case WIKI -> at.startsWith("[[");
            case AUTOLINK -> at.startsWith("<") || at.startsWith(link.target());
            case HTML_LINK -> at.regionMatches(true, 0, "href", 0, 4);
            case HTML_IMAGE -> at.regionMatches(true, 0, "src", 0, 3);
        };
    }

    /** Headings, links and raw HTML lie in the body at their start; anchors are unique and never empty. */
    static void checkOutline(Document document, SourceLines lines) {
        int bodyLine = document.bodyLine();
        Set<String> anchors = new HashSet<>();
        for (Heading h : document.headings()) {
            require(h.line() >= bodyLine && lines.contains(h.line(), 1), () -> "heading outside the body: " + h);
            require(h.level() >= 1 && h.level() <= 6, () -> "heading level: " + h);
            require(!h.anchor().isEmpty() && h.anchor().chars().noneMatch(Character::isWhitespace),
                    () -> "anchor is empty or has blanks: " + h);
            require(anchors.add(h.anchor()), () -> "anchor '" + h.anchor() + "' twice in " + document.headings());
        }
        for (Link link : document.links()) {
            require(link.position().line() >= bodyLine && lines.contains(link.position()),
                    () -> "link outside the body (from line " + bodyLine + "): " + link);
            require(link.target() != null, () -> "link without a target: " + link);
            String at = lines.from(link.position());
            require(startsLikeLink(link, at), () -> "link placed at '" + at + "', not at its start: " + link);
        }
        for (RawHtml html : document.rawHtml()) {
            require(html.position().line() >= bodyLine && lines.contains(html.position()),
                    () -> "raw HTML outside the body (from line " + bodyLine + "): " + html);
            String at = lines.from(html.position());
            require(at.stripLeading().startsWith("<"), () -> "raw HTML placed at '" + at + "', not at a tag: " + html);
        }
    }
}
