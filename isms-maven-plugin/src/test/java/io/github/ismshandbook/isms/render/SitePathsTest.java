package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Control;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SitePathsTest {

    @Test
    void rootLeadsBackFromAnyDepth() {
        assertThat(SitePaths.root("index.html")).isEmpty();
        assertThat(SitePaths.root("policies/a.html")).isEqualTo("../");
        assertThat(SitePaths.root("a/b/c.html")).isEqualTo("../../");
    }

    @Test
    void hrefsAreRelativeAndEncoded() {
        assertThat(SitePaths.href("policies/a.html", "procedures/my review.html", "scope"))
                .isEqualTo("../procedures/my%20review.html#scope");
        assertThat(SitePaths.href("policies/a.html", "policies/a.html", "scope")).isEqualTo("#scope");
        assertThat(SitePaths.href("index.html", "über.html", null)).isEqualTo("%C3%BCber.html");
    }

    @Test
    void controlPagesCannotLeaveTheirFolder() {
        assertThat(SitePaths.controlPage(new Control("5.15", "Access control", "Organizational controls", "x")))
                .isEqualTo("controls/A.5.15.html");
        String evil = SitePaths.controlPage(new Control("../../evil", "t", "t", "x"));
        assertThat(evil).startsWith("controls/").endsWith(".html");
        assertThat(evil.substring("controls/".length())).doesNotContain("/").doesNotStartWith(".");
        assertThat(SitePaths.safeName("a/b")).isNotEqualTo(SitePaths.safeName("a_b"));
    }
}
