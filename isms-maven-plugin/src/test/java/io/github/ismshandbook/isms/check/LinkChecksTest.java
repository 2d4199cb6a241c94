package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.ismshandbook.isms.check.FindingAssert.assertFindings;
import static io.github.ismshandbook.isms.check.FindingAssert.assertNone;
import static io.github.ismshandbook.isms.check.FindingAssert.at;
import static io.github.ismshandbook.isms.check.FindingAssert.single;
import static io.github.ismshandbook.isms.check.TestHandbook.config;
import static io.github.ismshandbook.isms.check.TestHandbook.doc;
import static org.assertj.core.api.Assertions.assertThat;

class LinkChecksTest {

    private static final String FROM = "policies/access-control.md";

    private static List<Finding> check(Handbook handbook) {
        return new LinkChecks().check(handbook, config());
    }

    private static TestHandbook.DocumentBuilder target() {
        return doc("procedures/user-access-review.md").id("PRO-UAR")
                .heading("Scope", 8).heading("Quarterly review", 12);
    }

    @Test
    void relativeLinksToExistingDocumentsAndAssetsAreFine() {
        Handbook handbook = TestHandbook.with(
                doc(FROM).link("../procedures/user-access-review.md", 10)
                        .link("../procedures/user-access-review.md#quarterly-review", 11)
                        .link("/procedures/user-access-review.md", 12)
                        .link(LinkKind.IMAGE, "../images/network%20map.png", 13)
                        .link("./access-control.md", 14)
                        .build(),
                target().build()).assets("images/network map.png").build();

        assertNone(check(handbook));
    }

    @Test
    void aRelativeLinkToAMissingFileIsBrokenWithTheClosestFileAsHint() {
        Finding f = single(check(TestHandbook.of(doc(FROM).link("../procedures/user-acess-review.md", 10).build(),
                target().build())));

        assertThat(f).extracting(Finding::rule, Finding::file, Finding::line).containsExactly(Rule.BROKEN_LINK, FROM, 10);
        assertThat(f.message()).isEqualTo("Link target '../procedures/user-acess-review.md' does not exist "
                + "(no file procedures/user-acess-review.md)");
        assertThat(f.hint()).isEqualTo("Did you mean ../procedures/user-access-review.md?");
    }

    @Test
    void aLinkToAMissingAssetIsBroken() {
        Handbook handbook = TestHandbook.with(doc(FROM).link(LinkKind.IMAGE, "../images/network.svg", 10).build())
                .assets("images/network.png").build();

        assertFindings(check(handbook), at(Rule.BROKEN_LINK, FROM, 10));
    }

    @Test
    void aLinkLeavingTheSourceFolderIsBrokenEvenWhenNamedLikeADocument() {
        Finding f = single(check(TestHandbook.of(doc(FROM).link("../../etc/passwd.md", 10).build())));

        assertThat(f.rule()).isEqualTo(Rule.BROKEN_LINK);
        assertThat(f.message()).isEqualTo("Link target '../../etc/passwd.md' is outside the source folder");
    }

    @Test
    void wikiLinksToDocumentsControlsAndClausesAreFine() {
        assertNone(check(TestHandbook.of(
                doc(FROM).wiki("PRO-UAR", 10).wiki("A.5.15", 11).wiki("5.15", 12).wiki("6.1.2", 13)
                        .wiki("PRO-UAR#scope", 14).build(),
                target().build())));
    }

    @Test
    void wikiLinksToUnknownTargetsAreBroken() {
        List<Finding> findings = check(TestHandbook.of(
                doc(FROM).wiki("PRO-UAS", 10).wiki("5.38", 11).build(), target().build()));

        assertFindings(findings, at(Rule.BROKEN_LINK, FROM, 10), at(Rule.BROKEN_LINK, FROM, 11));
        assertThat(findings.get(0).message()).isEqualTo("Wiki link [[PRO-UAS]] names no document, control or clause");
        assertThat(findings.get(0).hint()).isEqualTo("Did you mean PRO-UAR?");
        assertThat(findings.get(1).hint()).contains("A.5.37");
    }

    @Test
    void aWikiLinkInLegacyNumberingIsALegacyControlAndNotAlsoBroken() {
        Finding f = single(check(TestHandbook.of(doc(FROM).wiki("A.9.2.1", 10).build())));

        assertThat(f).extracting(Finding::rule, Finding::line).containsExactly(Rule.LEGACY_CONTROL, 10);
        assertThat(f.hint()).contains("A.5.16 Identity management");
    }

    @Test
    void aWikiLinkInLegacyNumberingIsAnsweredAlikeInAnyCase() {
        List<Finding> findings = check(TestHandbook.of(doc(FROM).wiki("a.9.2.1", 10).wiki(" A.9.2.1 ", 11).build()));

        assertFindings(findings, at(Rule.LEGACY_CONTROL, FROM, 10), at(Rule.LEGACY_CONTROL, FROM, 11));
        assertThat(findings.get(0).message()).isEqualTo("Control 'a.9.2.1' uses ISO/IEC 27001:2013 numbering");
        assertThat(findings).extracting(Finding::hint)
                .containsOnly("Its ISO/IEC 27001:2022 equivalent is A.5.16 Identity management.");
    }

    @Test
    void aWikiLinkToTheIdOfAFileThatCouldNotBeLoadedIsNotBroken() {
        Handbook handbook = TestHandbook.with(doc(FROM).wiki("POL-BROKEN", 10).wiki("POL-BROKEN#scope", 11).build())
                .taken("POL-BROKEN", "policies/broken.md").build();

        assertNone(check(handbook));
    }

    @Test
    void anAnchorThatTheTargetLacksWarnsWithTheClosestAnchors() {
        List<Finding> findings = check(TestHandbook.of(
                doc(FROM).link("../procedures/user-access-review.md#quartely-review", 10)
                        .wiki("PRO-UAR#nothing-like-it", 11).build(),
                target().build()));

        assertFindings(findings, at(Rule.BROKEN_ANCHOR, FROM, 10), at(Rule.BROKEN_ANCHOR, FROM, 11));
        assertThat(findings.get(0).severity().key()).isEqualTo("warning");
        assertThat(findings.get(0).message())
                .isEqualTo("Document 'procedures/user-access-review.md' has no heading with the anchor '#quartely-review'");
        assertThat(findings.get(0).hint()).isEqualTo("Did you mean #quarterly-review?");
        assertThat(findings.get(1).hint()).isEqualTo("Its heading anchors are #scope, #quarterly-review.");
    }

    @Test
    void anchorsInTheSameDocumentAreChecked() {
        List<Finding> findings = check(TestHandbook.of(
                doc(FROM).heading("Purpose", 8).link("#purpose", 10).link("#scope", 11).build()));

        assertFindings(findings, at(Rule.BROKEN_ANCHOR, FROM, 11));
        assertThat(findings.get(0).message()).isEqualTo("This document has no heading with the anchor '#scope'");
    }

    @Test
    void externalLinksAreNeverChecked() {
        assertNone(check(TestHandbook.of(doc(FROM)
                .link("https://example.invalid/nowhere.md#x", 10)
                .link("mailto:security@example.com", 11)
                .link("//cdn.example.invalid/x.png", 12)
                .link(LinkKind.AUTOLINK, "www.example.invalid", 13).build())));
    }

    @Test
    void aLinkToAFileThatCouldNotBeLoadedIsNotBroken() {
        Handbook handbook = TestHandbook.with(doc(FROM).link("broken-front-matter.md", 10).build())
                .unreadable("policies/broken-front-matter.md").build();

        assertNone(check(handbook));
    }

    @Test
    void anApprovedDocumentLinkingToARetiredOneIsWarnedOncePerLink() {
        List<Finding> findings = check(TestHandbook.of(
                doc(FROM).link("old.md", 10).wiki("OLD", 11).related("OLD").build(),
                doc("policies/old.md").id("OLD").status(DocumentStatus.RETIRED).build(),
                doc("policies/new.md").id("NEW").supersedes("OLD").build()));

        assertFindings(findings, at(Rule.RETIRED_REFERENCED, FROM, 10), at(Rule.RETIRED_REFERENCED, FROM, 11),
                at(Rule.RETIRED_REFERENCED, FROM, 3));
        assertThat(findings.get(0).message()).isEqualTo("Links to retired document 'OLD'");
        assertThat(findings.get(0).hint()).isEqualTo("Link to NEW instead, which supersedes it.");
        assertThat(findings.get(2).message()).isEqualTo("Names in related retired document 'OLD'");
    }

    @Test
    void aRetiredDocumentNamedOnlyInSupersedesIsFine() {
        assertNone(check(TestHandbook.of(
                doc("policies/new.md").id("NEW").supersedes("OLD").build(),
                doc("policies/old.md").id("OLD").status(DocumentStatus.RETIRED).build())));
    }

    @Test
    void anApprovedDocumentLinkingToADraftIsWarned() {
        List<Finding> findings = check(TestHandbook.of(
                doc(FROM).wiki("DRAFT", 10).related("DRAFT").build(),
                doc("policies/draft.md").id("DRAFT").status(DocumentStatus.DRAFT).build()));

        assertFindings(findings, at(Rule.DRAFT_REFERENCED, FROM, 10), at(Rule.DRAFT_REFERENCED, FROM, 3));
        assertThat(findings.get(0).message()).isEqualTo("Links to draft 'DRAFT', which is not published");
    }

    @Test
    void onlyApprovedDocumentsAreHeldToTheStatusOfWhatTheyLinkTo() {
        assertNone(check(TestHandbook.of(
                doc("a.md").status(DocumentStatus.DRAFT).wiki("OLD", 10).wiki("DRAFT", 11).related("OLD").build(),
                doc("b.md").status(DocumentStatus.IN_REVIEW).wiki("OLD", 10).build(),
                doc("c.md").wiki("REVIEW", 10).build(),
                doc("old.md").id("OLD").status(DocumentStatus.RETIRED).build(),
                doc("draft.md").id("DRAFT").status(DocumentStatus.DRAFT).build(),
                doc("review.md").id("REVIEW").status(DocumentStatus.IN_REVIEW).build())));
    }

    @Test
    void relativeSuggestionsWalkUpAndDown() {
        assertThat(LinkChecks.relative("policies/a.md", "procedures/b.md")).isEqualTo("../procedures/b.md");
        assertThat(LinkChecks.relative("policies/a.md", "policies/b.md")).isEqualTo("b.md");
        assertThat(LinkChecks.relative("a.md", "x/y/b.md")).isEqualTo("x/y/b.md");
        assertThat(LinkChecks.relative("x/y/a.md", "b.md")).isEqualTo("../../b.md");
    }
}
