package io.github.ismshandbook.isms.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class AntPathPatternTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "**/drafts/**, drafts/a.md, true",
            "**/drafts/**, policies/drafts/x/a.md, true",
            "**/drafts/**, policies/drafts.md, false",
            "**/drafts/**, mydrafts/a.md, false",
            "*.md, a.md, true",
            "*.md, dir/a.md, false",
            "**/*.md, a.md, true",
            "**/*.md, x/y/a.md, true",
            "policies/, policies/a/b.md, true",
            "policies/, procedures/a.md, false",
            "policies/a?.md, policies/ab.md, true",
            "policies/a?.md, policies/a.md, false",
            "/policies/*.md, policies/x.md, true",
            "Policies/*.md, policies/x.md, false",
            "%regex[.*/draft-[^/]*\\.md], policies/draft-a.md, true",
            "%regex[.*/draft-[^/]*\\.md], policies/a.md, false",
    })
    void matchesLikeMavensDirectoryScanner(String pattern, String path, boolean expected) {
        assertThat(AntPathPattern.of(pattern).matches(path)).isEqualTo(expected);
    }

    /** Many wildcards against a long name that almost matches: Maven's matcher does not backtrack through them. */
    @Test
    void manyWildcardsTakeNoTime() {
        AntPathPattern pattern = AntPathPattern.of("**/" + "*a".repeat(15) + "*b.md");
        String path = "x/" + "a".repeat(60) + ".md";

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(pattern.matches(path)).isFalse());
    }
}
