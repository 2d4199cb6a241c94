package io.github.ismshandbook.isms.render;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Heading levels renumbered so that none is skipped, the structure and the ids as written. */
class HeadingLevelsTest {

    private static String levels(String headings) {
        StringBuilder html = new StringBuilder();
        for (char c : headings.toCharArray()) {
            html.append("<h").append(c).append(">t</h").append(c).append(">");
        }
        return HeadingLevels.renumber(html.toString(), 2).html().replaceAll("<h(\\d)>t</h\\1>", "$1");
    }

    @Test
    void theFirstHeadingAndAnyAtItsLevelOrAboveStartAtTheTop() {
        assertThat(levels("1")).isEqualTo("2");
        assertThat(levels("111")).isEqualTo("222");
        assertThat(levels("333")).isEqualTo("222");
        assertThat(levels("21")).isEqualTo("22");
    }

    @Test
    void aDeeperHeadingIsOneLevelBelowTheHeadingItFollows() {
        assertThat(levels("1234")).isEqualTo("2345");
        assertThat(levels("1324")).isEqualTo("2334");
        assertThat(levels("335")).isEqualTo("223");
        assertThat(levels("14162")).isEqualTo("23233");
        assertThat(levels("123456")).as("nothing deeper than h6").isEqualTo("234566");
    }

    @Test
    void idsAndOtherAttributesStayAndTheNewLevelOfEachIdIsKnown() {
        HeadingLevels.Renumbered r = HeadingLevels.renumber(
                "<h1 id=\"overview\">Overview</h1><p>x</p><h3 class=\"c\" id=\"scope\">Scope</h3><h4>No id</h4>", 2);

        assertThat(r.html()).isEqualTo(
                "<h2 id=\"overview\">Overview</h2><p>x</p><h3 class=\"c\" id=\"scope\">Scope</h3><h4>No id</h4>");
        assertThat(r.levels()).isEqualTo(Map.of("overview", 2, "scope", 3));
    }

    @Test
    void escapedTextAndOtherTagsAreLeftAlone() {
        String html = "<p>&lt;h1&gt; is a tag, <header>, <hr>, <h7>, <span title=\"&lt;h2&gt;\">x</span></p>";

        assertThat(HeadingLevels.renumber(html, 2).html()).isEqualTo(html);
    }
}
