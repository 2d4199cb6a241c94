package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.util.ast.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Bodies nested beyond what the parser and the renderer can take are refused, whatever nests; bodies within the
 * limit are parsed, even where the estimate overshoots. Before the limit, each of the deep bodies below ended the
 * whole build in a {@link StackOverflowError} (or took minutes to parse).
 */
class MarkdownNestingTest {

    /** The constructs that nest, each as a body nested about {@code n} levels (a list and its item are two). */
    static Stream<Arguments> constructs() {
        return Stream.of(
                construct("block quotes", n -> "> ".repeat(n) + "x\n"),
                construct("block quotes without blanks", n -> ">".repeat(n) + "x\n"),
                construct("bullet lists", n -> "- ".repeat(n / 2) + "x\n"),
                construct("ordered lists", n -> "1. ".repeat(n / 2) + "x\n"),
                construct("quoted lists", n -> "> - ".repeat(n / 3) + "x\n"),
                construct("indented lists", n -> lines(n / 2, i -> "  ".repeat(i) + "- x")),
                construct("block quotes line by line", n -> lines(n, i -> "> ".repeat(i + 1) + "x")),
                construct("emphasis", n -> "*a ".repeat(n) + "x" + "*".repeat(n) + "\n"),
                construct("emphasis over lines", n -> "*a\n".repeat(n) + "x" + "*".repeat(n) + "\n"),
                construct("underscores", n -> "_a ".repeat(n) + "x" + "_".repeat(n) + "\n"),
                construct("strong emphasis", n -> "**a ".repeat(n) + "x" + "**".repeat(n) + "\n"),
                construct("strikethrough", n -> "~~a ".repeat(n) + "x" + "~~".repeat(n) + "\n"),
                construct("one run of asterisks", n -> "*".repeat(2 * n) + "x" + "*".repeat(2 * n) + "\n"),
                construct("images", n -> "![".repeat(n) + "x" + "](a.png)".repeat(n) + "\n"),
                construct("images in links", n -> "[![".repeat(n / 2) + "x" + "](a.png)](b.md)".repeat(n / 2) + "\n"),
                construct("wiki links", n -> "[[".repeat(n) + "x" + "]]".repeat(n) + "\n"),
                construct("admonitions line by line", n -> "!!! note\n".repeat(n) + "x\n"),
                construct("indented admonitions", n -> lines(n, i -> "    ".repeat(i) + "!!! note\n")),
                construct("emphasis in a table cell", n -> "| a |\n|---|\n| " + "*a ".repeat(n) + "x" + "*".repeat(n)
                        + " |\n"),
                construct("emphasis in a heading", n -> "# " + "*a ".repeat(n) + "x" + "*".repeat(n) + "\n"));
    }

    private static Arguments construct(String name, IntFunction<String> body) {
        return Arguments.of(name, body);
    }

    private static String lines(int n, IntFunction<String> line) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(line.apply(i)).append('\n');
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void aBodyNestedThousandsDeepIsRefusedAtTheLineItsNestingStarts(String name, IntFunction<String> body) {
        String deep = "# Scope\n\nSome text.\n\n" + body.apply(3000);

        MarkdownNesting.TooDeep e = catchThrowableOfType(MarkdownNesting.TooDeep.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> MarkdownNesting.parse(deep)));

        assertThat(e).as(name).isNotNull();
        assertThat(e.line()).as(name).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void aBodyNestedAFewDozenDeepIsParsed(String name, IntFunction<String> body) {
        assertThatCode(() -> MarkdownNesting.parse(body.apply(45))).as(name).doesNotThrowAnyException();
    }

    @Test
    void theLimitIsOnTheTreeItself() throws MarkdownNesting.TooDeep {
        // the document node holds the quotes, the innermost quote a paragraph, the paragraph its text
        Document atTheLimit = MarkdownNesting.parse("> ".repeat(MarkdownNesting.MAX_DEPTH - 2) + "x\n");
        assertThat(MarkdownNesting.firstBeyond(atTheLimit, MarkdownNesting.MAX_DEPTH)).isNull();
        assertThat(MarkdownNesting.firstBeyond(atTheLimit, MarkdownNesting.MAX_DEPTH - 1)).isNotNull();

        String oneMore = "> ".repeat(MarkdownNesting.MAX_DEPTH - 1) + "x\n";
        assertThat(catchThrowableOfType(MarkdownNesting.TooDeep.class, () -> MarkdownNesting.parse(oneMore)))
                .isNotNull();
    }

    @Test
    void whatOnlyLooksDeepIsParsedOnAThreadOfItsOwnAndKept() throws MarkdownNesting.TooDeep {
        String unmatched = "Brackets that close nothing: " + "[".repeat(300) + "\n\n"
                + "`" + "*a ".repeat(300) + "` and " + "snake_case_words ".repeat(500) + "\n";
        assertThat(NestingEstimate.of(unmatched).depth()).isGreaterThan(MarkdownNesting.MAX_DEPTH);

        Document document = MarkdownNesting.parse(unmatched);

        assertThat(MarkdownNesting.firstBeyond(document, 5)).isNull();
    }

    @Test
    void ordinaryWritingIsEstimatedShallow() {
        String table = "| Control | Owner |\n|---|---|\n" + "| **A.5.15** [Access](a.md) | _CISO_ |\n".repeat(2000);
        String code = "```\n" + "> - [[ *\n".repeat(2000) + "```\n";
        String prose = "The review_date and last_reviewed keys, **bold** and *emphasised* words. ".repeat(2000);

        assertThat(NestingEstimate.of(table + "\n" + code + "\n" + prose).depth()).isLessThan(10);
    }

    @Test
    void anEmptyBodyAndAFlatBodyAreFine() throws MarkdownNesting.TooDeep {
        assertThat(MarkdownNesting.firstBeyond(MarkdownNesting.parse(""), 0)).isNull();
        assertThat(MarkdownNesting.firstBeyond(MarkdownNesting.parse("a\n\nb\n\nc\n"), 2)).isNull();
    }
}
