package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.LinkResolver;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Resolution;
import io.github.ismshandbook.isms.model.Resolution.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.ismshandbook.isms.check.TestHandbook.doc;
import static org.assertj.core.api.Assertions.assertThat;

class LinkResolverTest {

    private static final Document FROM = doc("policies/access-control.md").id("POL-AC")
            .heading("Scope", 10).heading("Übersicht", 12).build();
    private static final Document REVIEW = doc("procedures/user-access-review.md").id("PRO-UAR")
            .heading("Quarterly review", 8).build();
    private static final Document ROOT = doc("index.md").id("INDEX").build();
    private static final Handbook HANDBOOK = TestHandbook.with(FROM, REVIEW, ROOT)
            .assets("images/network map.png", "files/policy.pdf")
            .unreadable("policies/broken.md")
            .taken("POL-BROKEN", "policies/broken.md")
            .taken("POL 1", "index.md")
            .build();

    private static Resolution resolve(LinkKind kind, String target) {
        return HANDBOOK.links().resolve(FROM, new Link(kind, target, null, new Position(20, 1)));
    }

    private static String anchor(Resolution r) {
        return ((Resolution.InDocument) r).anchor();
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "LINK     | ../procedures/user-access-review.md            | DOCUMENT   | procedures/user-access-review.md",
            "LINK     | ./../procedures/./user-access-review.md        | DOCUMENT   | procedures/user-access-review.md",
            "LINK     | /procedures/user-access-review.md              | DOCUMENT   | procedures/user-access-review.md",
            "LINK     | ..\\procedures\\user-access-review.md          | DOCUMENT   | procedures/user-access-review.md",
            "LINK     | ../procedures/user-access-review.md?plain=1    | DOCUMENT   | procedures/user-access-review.md",
            "LINK     | access-control.md                              | DOCUMENT   | policies/access-control.md",
            "LINK     | ../index.md                                    | DOCUMENT   | index.md",
            "LINK     | ../images/network%20map.png                    | ASSET      | -",
            "IMAGE    | ../images/network map.png                      | ASSET      | -",
            "LINK     | /files/policy.pdf                              | ASSET      | -",
            "LINK     | broken.md                                      | UNREADABLE | -",
            "LINK     | missing.md                                     | MISSING    | -",
            "LINK     | ../../etc/passwd.md                            | MISSING    | -",
            "LINK     | /../index.md                                   | MISSING    | -",
            "LINK     | https://example.com/a.md                       | EXTERNAL   | -",
            "LINK     | mailto:security@example.com                    | EXTERNAL   | -",
            "LINK     | //example.com/a.png                            | EXTERNAL   | -",
            "LINK     | javascript:alert(1)                            | EXTERNAL   | -",
            "AUTOLINK | www.example.com                                | EXTERNAL   | -",
            "LINK     | #scope                                         | ANCHOR     | policies/access-control.md",
            "WIKI     | PRO-UAR                                        | DOCUMENT   | procedures/user-access-review.md",
            "WIKI     | PRO-UAR#quarterly-review                       | DOCUMENT   | procedures/user-access-review.md",
            "WIKI     | A.5.15                                         | CONTROL    | -",
            "WIKI     | 5.15                                           | CONTROL    | -",
            "WIKI     | A.5.1                                          | CONTROL    | -",
            "WIKI     | 5.1                                            | CLAUSE     | -",
            "WIKI     | 6.1.2                                          | CLAUSE     | -",
            "WIKI     | A.9.2.1                                        | LEGACY_CONTROL | -",
            "WIKI     | a.9.2.1                                        | LEGACY_CONTROL | -",
            "WIKI     | 9.2.1                                          | CLAUSE     | -",
            "WIKI     | a.5.15                                         | CONTROL    | -",
            "WIKI     | ' A.5.15 '                                     | CONTROL    | -",
            "WIKI     | POL-BROKEN                                     | UNREADABLE | -",
            "WIKI     | POL 1                                          | DOCUMENT   | index.md",
            "WIKI     | A.5.38                                         | MISSING    | -",
            "WIKI     | 11.1                                           | MISSING    | -",
            "WIKI     | NO-SUCH-DOC                                    | MISSING    | -",
    })
    void resolves(LinkKind kind, String target, Kind expected, String documentPath) {
        Resolution r = resolve(kind, target);

        assertThat(r.kind()).isEqualTo(expected);
        assertThat(r instanceof Resolution.InDocument to ? to.document().path() : null).isEqualTo(documentPath);
        assertThat(r.target()).isEqualTo(target.trim());
    }

    @Test
    void aPathLeavingTheSourceFolderIsMissingAndNormalizeSaysSo() {
        Resolution r = resolve(LinkKind.LINK, "../../etc/passwd.md");

        assertThat(r.isMissing()).isTrue();
        assertThat(LinkResolver.normalize("policies/a.md", "../../etc/passwd.md")).isNull();
        assertThat(LinkResolver.normalize("policies/a.md", "../x/../y.md")).isEqualTo("y.md");
        assertThat(LinkResolver.normalize("a.md", "/policies/b.md")).isEqualTo("policies/b.md");
    }

    @Test
    void keepsTheAnchorDecodedAndTheMissingPathNormalised() {
        assertThat(anchor(resolve(LinkKind.LINK, "../procedures/user-access-review.md#quarterly-review")))
                .isEqualTo("quarterly-review");
        assertThat(anchor(resolve(LinkKind.LINK, "#%C3%BCbersicht"))).isEqualTo("übersicht");
        assertThat(anchor(resolve(LinkKind.LINK, "#"))).isNull();
        assertThat(((Resolution.Missing) resolve(LinkKind.LINK, "../procedures/nothing.md")).path())
                .isEqualTo("procedures/nothing.md");
        assertThat(((Resolution.Asset) resolve(LinkKind.LINK, "../images/network%20map.png")).path())
                .isEqualTo("images/network map.png");
    }

    @Test
    void aWikiAnchorMayNameAHeadingByItsText() {
        assertThat(anchor(resolve(LinkKind.WIKI, "PRO-UAR#Quarterly review"))).isEqualTo("quarterly-review");
        assertThat(anchor(resolve(LinkKind.WIKI, "PRO-UAR#no such heading"))).isEqualTo("no such heading");
    }

    @Test
    void controlsAndClausesResolveToTheCatalogEntries() {
        assertThat(((Resolution.ToControl) resolve(LinkKind.WIKI, "A.5.15")).control().title())
                .isEqualTo("Access control");
        assertThat(((Resolution.ToClause) resolve(LinkKind.WIKI, "6.1.2")).clause().title())
                .isEqualTo("Information security risk assessment");
    }

}
