package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.RevisionEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Binding front-matter keys (README, "Writing documents"): each finding for the case it must catch and the near miss it must not. */
class FrontMatterBinderTest extends FrontMatterBinding {

    // --- required keys

    @Test
    void completeFrontMatterBindsWithDefaults() {
        FrontMatter fm = bind(REQUIRED);

        assertThat(folder.findings()).isEmpty();
        assertThat(fm.id()).isEqualTo("POL-1");
        assertThat(fm.title()).isEqualTo("Access control");
        assertThat(fm.owner()).isEqualTo("CISO");
        assertThat(fm.version()).isEqualTo("1.0");
        assertThat(fm.reviewDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(fm.type()).isEqualTo(DocumentType.POLICY);
        assertThat(fm.status()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(fm.classification()).isEqualTo("internal");
        assertThat(fm.reviewCycle()).isNull();
        assertThat(fm.controls()).isEmpty();
        assertThat(fm.keyPositions()).containsEntry("id", new Position(2, 1)).containsEntry("review_date", new Position(6, 1));
    }

    @Test
    void missingRequiredKeyIsReportedAtTheOpeningLine() {
        assertThat(findingsFor(REQUIRED.replace("owner: CISO\n", "")))
                .containsExactly("required-field a.md:1:1 required key 'owner' is missing");
    }

    @Test
    void emptyRequiredKeyIsReportedAtTheKey() {
        assertThat(findingsFor(REQUIRED.replace("owner: CISO", "owner:").replace("title: Access control", "title: \"\"")))
                .containsExactly("required-field a.md:3:1 required key 'title' is empty",
                        "required-field a.md:4:1 required key 'owner' is empty");
    }

    @Test
    void findingsCarryTheDocumentId() {
        folder.document("a.md", REQUIRED.replace("owner: CISO\n", ""), "");

        assertThat(folder.load().findings()).extracting(Finding::document).containsExactly("POL-1");
    }

    @Test
    void missingReviewDatePairIsOneFinding() {
        assertThat(findingsFor(REQUIRED.replace("review_date: 2027-01-01\n", "")))
                .containsExactly("required-field a.md:1:1 review_date or last_reviewed is required");
    }

    @Test
    void lastReviewedAloneSatisfiesThePair() {
        FrontMatter fm = bind(REQUIRED.replace("review_date:", "last_reviewed:") + "review_cycle: P6M\n");

        assertThat(folder.findings()).isEmpty();
        assertThat(fm.lastReviewed()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(fm.reviewCycle()).isEqualTo(Period.ofMonths(6));
    }

    @Test
    void emptyReviewDateWithoutLastReviewedIsRequiredFieldAtTheKey() {
        assertThat(findingsFor(REQUIRED.replace("review_date: 2027-01-01", "review_date: ~")))
                .containsExactly("required-field a.md:6:1 review_date or last_reviewed is required; review_date is empty");
    }

    @Test
    void invalidReviewDateIsOnlyInvalidValue() {
        assertThat(findingsFor(REQUIRED.replace("2027-01-01", "2026-02-30")))
                .containsExactly("invalid-value a.md:6:14 review_date '2026-02-30' is not a date in the calendar");
    }

    // --- id

    @ParameterizedTest
    @ValueSource(strings = {"A.5.15", "5.15", "6.1.2", "1-access", "POL 1", "\"\\u00e9x\"", "[a]"})
    void invalidIdIsInvalidValueAndLeftOut(String id) {
        folder.document("a.md", REQUIRED.replace("id: POL-1", "id: " + id), "");

        LoadResult result = folder.load();

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().id()).isEqualTo("invalid-value");
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(5);
            assertThat(f.document()).isNull();
        });
        assertThat(result.handbook().documents().get(0).id()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POL-1", "a", "access_control.v2", "ISMS.A5"})
    void validIdsAreKept(String id) {
        assertThat(bind(REQUIRED.replace("id: POL-1", "id: " + id)).id()).isEqualTo(id);
        assertThat(folder.findings()).isEmpty();
    }

    @Test
    void idLongerThan64IsInvalid() {
        assertThat(findingsFor(REQUIRED.replace("POL-1", "a".repeat(65)))).singleElement()
                .asString().startsWith("invalid-value a.md:2:5 id 'aaaa");
        assertThat(bind(REQUIRED.replace("POL-1", "a".repeat(64))).id()).hasSize(64);
    }

    // --- version

    @ParameterizedTest
    @ValueSource(strings = {"2.10", "1.0", "3", "1.2.3", "2026-01", "true"})
    void versionIsKeptVerbatim(String version) {
        assertThat(bind(REQUIRED.replace("version: 1.0", "version: " + version)).version()).isEqualTo(version);
        assertThat(folder.findings()).isEmpty();
    }

    @Test
    void versionListIsInvalid() {
        assertThat(findingsFor(REQUIRED.replace("version: 1.0", "version: [1, 2]")))
                .containsExactly("invalid-value a.md:5:10 version must be a single value, not a list");
    }

    // --- dates

    @Test
    void badDateFormatsAreInvalid() {
        assertThat(findingsFor(REQUIRED + "approved_on: 01.02.2026\neffective: 2026-1-5\nlast_reviewed: [2026-01-01]\n"))
                .containsExactly(
                        "invalid-value a.md:7:14 approved_on '01.02.2026' is not a date in the format YYYY-MM-DD",
                        "invalid-value a.md:8:12 effective '2026-1-5' is not a date in the format YYYY-MM-DD",
                        "invalid-value a.md:9:16 last_reviewed must be a date (YYYY-MM-DD), not a list");
    }

    @Test
    void validOptionalDatesBind() {
        FrontMatter fm = bind(REQUIRED + "approved_on: 2024-02-29\neffective: '2026-03-01'\n");

        assertThat(folder.findings()).isEmpty();
        assertThat(fm.approvedOn()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(fm.effective()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    // --- review_cycle

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "P0D", "P-1Y", "1y", "12.5", "yes", "[12]"})
    void invalidReviewCycle(String cycle) {
        FrontMatter fm = bind(REQUIRED + "review_cycle: " + cycle + "\n");

        assertThat(fm.reviewCycle()).isNull();
        assertThat(folder.load().findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().id()).isEqualTo("invalid-value");
            assertThat(f.line()).isEqualTo(7);
        });
    }

    @Test
    void validReviewCycles() {
        assertThat(bind(REQUIRED + "review_cycle: 12\n").reviewCycle()).isEqualTo(Period.ofYears(1));
        assertThat(bind(REQUIRED + "review_cycle: 18\n").reviewCycle()).isEqualTo(Period.of(1, 6, 0));
        assertThat(bind(REQUIRED + "review_cycle: P1Y6M\n").reviewCycle()).isEqualTo(Period.of(1, 6, 0));
        assertThat(bind(REQUIRED + "review_cycle: P90D\n").reviewCycle()).isEqualTo(Period.ofDays(90));
        assertThat(bind(REQUIRED + "review_cycle: P6M\n").reviewCycle()).isEqualTo(Period.ofMonths(6));
        assertThat(folder.findings()).isEmpty();
    }

    // --- enums

    @Test
    void aValueThatIsNotAllowedIsReadAsTheOneItProbablyMeansAndTheFindingSaysWhich() {
        folder.document("a.md", REQUIRED + "type: SOP\nstatus: dratf\nclassification: Confidental\n", "");

        LoadResult result = folder.load();

        assertThat(SourceFolder.brief(result.findings())).containsExactly(
                "invalid-value a.md:7:7 type 'SOP' is not one of policy, standard, procedure, guideline, plan, "
                        + "record, register, soa",
                "invalid-value a.md:8:9 status 'dratf' is not one of draft, in-review, approved, retired",
                "invalid-value a.md:9:17 classification 'Confidental' is not one of public, internal, confidential, "
                        + "restricted");
        assertThat(result.findings()).extracting(Finding::hint).containsExactly(
                "Did you mean 'procedure'? Until it is corrected, it is read as 'procedure'.",
                "Did you mean 'draft'? Until it is corrected, it is read as 'draft'.",
                "Did you mean 'confidential'? Until it is corrected, it is read as 'confidential'.");
        FrontMatter fm = result.handbook().documents().get(0).frontMatter();
        assertThat(fm.type()).isEqualTo(DocumentType.PROCEDURE);
        assertThat(fm.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(fm.classification()).isEqualTo("confidential");
    }

    @Test
    void aMisspeltStatusSaysWhatItMeansNotThatItIsWrongAndUsedAnyway() {
        folder.document("a.md", REQUIRED + "status: aproved\n", "");

        Finding f = folder.load().findings().get(0);

        assertThat(f.message()).isEqualTo("status 'aproved' is not one of draft, in-review, approved, retired");
        assertThat(f.hint()).isEqualTo("Did you mean 'approved'? Until it is corrected, it is read as 'approved'.");
    }

    @Test
    void aReviewCycleInWordsIsReadAsThePeriodItNames() {
        FrontMatter fm = bind(REQUIRED + "review_cycle: Annually\n");

        assertThat(fm.reviewCycle()).isEqualTo(Period.ofYears(1));
        assertThat(folder.load().findings()).singleElement().extracting(Finding::hint)
                .isEqualTo("Did you mean 'P1Y'? Until it is corrected, it is read as 'P1Y'.");
        assertThat(bind(REQUIRED + "review_cycle: quarterly\n").reviewCycle()).isEqualTo(Period.ofMonths(3));
        assertThat(bind(REQUIRED + "review_cycle: sometimes\n").reviewCycle()).isNull();
    }

    @Test
    void aListWrittenAsCommaSeparatedTextIsToldToTakeBrackets() {
        folder.document("a.md", REQUIRED + "controls: A.5.17, A.8.5\nrelated: POL-2\n", "");

        assertThat(folder.load().findings()).extracting(Finding::hint).containsExactly(
                "Write controls as a list in brackets: [A.5.17, A.8.5].",
                "Write related as a list: one '- item' per line, or [a, b].");
    }

    @Test
    void aKeyThatIsAValueOfTheKeyItStandsForIsAnsweredWithBoth() {
        folder.document("a.md", REQUIRED + "draft: true\npublished: false\n", "");

        assertThat(folder.load().findings()).extracting(Finding::hint).containsExactly(
                "did you mean 'status: draft'?", "did you mean 'status'?");
    }

    @Test
    void aValueLikeNoneAllowedFallsBackToTheDefaultAndSaysSo() {
        folder.document("a.md", REQUIRED + "status: completed\n", "");

        LoadResult result = folder.load();

        assertThat(SourceFolder.brief(result.findings())).containsExactly("invalid-value a.md:7:9 status 'completed' "
                + "is not one of draft, in-review, approved, retired; the default 'approved' is used");
        assertThat(result.findings().get(0).hint()).isEqualTo("Use one of: draft, in-review, approved, retired.");
        assertThat(result.handbook().documents().get(0).frontMatter().status()).isEqualTo(DocumentStatus.APPROVED);
    }

    @Test
    void statusWordsOfOtherToolsAreKnown() {
        assertThat(bind(REQUIRED + "status: Published\n").status()).isEqualTo(DocumentStatus.APPROVED);
        assertThat(bind(REQUIRED + "status: obsolete\n").status()).isEqualTo(DocumentStatus.RETIRED);
        assertThat(bind(REQUIRED + "status: under review\n").status()).isEqualTo(DocumentStatus.IN_REVIEW);
    }

    @Test
    void knownTypeAndStatusBind() {
        FrontMatter fm = bind(REQUIRED + "type: procedure\nstatus: in-review\n");

        assertThat(folder.findings()).isEmpty();
        assertThat(fm.type()).isEqualTo(DocumentType.PROCEDURE);
        assertThat(fm.status()).isEqualTo(DocumentStatus.IN_REVIEW);
    }

    @Test
    void classificationMustBeAConfiguredLabel() {
        assertThat(findingsFor(REQUIRED + "classification: secret\n")).containsExactly(
                "invalid-value a.md:7:17 classification 'secret' is not one of public, internal, confidential, "
                        + "restricted; the default 'internal' is used");
        assertThat(bind(REQUIRED + "classification: confidential\n").classification()).isEqualTo("confidential");
        assertThat(folder.findings()).isEmpty();
    }

    // --- text scalars

    @Test
    void numbersAndBooleansAreTextForTextKeys() {
        FrontMatter fm = bind(REQUIRED.replace("owner: CISO", "owner: 42") + "approved_by: yes\nsummary: 3.10\n");

        assertThat(folder.findings()).isEmpty();
        assertThat(fm.owner()).isEqualTo("42");
        assertThat(fm.approvedBy()).isEqualTo("yes");
        assertThat(fm.summary()).isEqualTo("3.10");
    }

    @Test
    void listOrMappingForATextKeyIsInvalid() {
        assertThat(findingsFor(REQUIRED + "summary:\n  short: x\napproved_by: [a, b]\n")).containsExactly(
                "invalid-value a.md:8:3 summary must be a single value, not a mapping",
                "invalid-value a.md:9:14 approved_by must be a single value, not a list");
    }

    // --- lists

    @Test
    void listsKeepEveryItemsPosition() {
        FrontMatter fm = bind(REQUIRED + "controls:\n  - A.5.15\n  - 8.2\nclauses: [6.1.2, '7.5']\n"
                + "related: [POL-2]\nsupersedes: [OLD-1]\ntags: [access, iam]\n");

        assertThat(folder.findings()).isEmpty();
        assertThat(fm.controls()).containsExactly(new Located<>("A.5.15", new Position(8, 5)),
                new Located<>("8.2", new Position(9, 5)));
        assertThat(fm.clauses()).containsExactly(new Located<>("6.1.2", new Position(10, 11)),
                new Located<>("7.5", new Position(10, 18)));
        assertThat(fm.related()).extracting(Located::value).containsExactly("POL-2");
        assertThat(fm.supersedes()).extracting(Located::value).containsExactly("OLD-1");
        assertThat(fm.tags()).containsExactly("access", "iam");
    }

    @Test
    void controlsKeepTheirNumbersVerbatimAndAreNotCheckedHere() {
        FrontMatter fm = bind(REQUIRED + "controls: [5.10, A.99.1, nonsense]\n");

        assertThat(folder.findings()).isEmpty();
        assertThat(fm.controls()).extracting(Located::value).containsExactly("5.10", "A.99.1", "nonsense");
    }

    @Test
    void scalarInsteadOfListAndNonScalarItemsAreInvalid() {
        FrontMatter fm = bind(REQUIRED + "controls: A.5.15\ntags:\n  - ok\n  - [nested]\n  -\n");

        assertThat(folder.findings()).containsExactly(
                "invalid-value a.md:7:11 controls must be a list, not 'A.5.15'",
                "invalid-value a.md:10:5 an item of tags must be a single value, not a list",
                "invalid-value a.md:11:4 an item of tags must be a single value, not empty");
        assertThat(fm.controls()).isEmpty();
        assertThat(fm.tags()).containsExactly("ok");
    }

    @Test
    void emptyListKeyIsAnEmptyList() {
        assertThat(bind(REQUIRED + "controls:\nrelated: []\n").controls()).isEmpty();
        assertThat(folder.findings()).isEmpty();
    }

    @Test
    void aKeyWrittenEmptyIsAsIfNotWrittenButAnInvalidValueIsWritten() {
        assertThat(bind(REQUIRED + "controls: []\n").keyPositions()).doesNotContainKey("controls");
        assertThat(bind(REQUIRED + "controls:\n").keyPositions()).doesNotContainKey("controls");
        assertThat(bind(REQUIRED + "controls: ''\n").keyPositions()).doesNotContainKey("controls");
        assertThat(folder.findings()).isEmpty();

        FrontMatter invalid = bind(REQUIRED + "controls: {a: b}\n");
        assertThat(invalid.keyPositions()).containsEntry("controls", new Position(7, 1));
        assertThat(folder.findings()).containsExactly("invalid-value a.md:7:11 controls must be a list, not a mapping");
    }

    // --- history

    @Test
    void historyBindsEntriesWithVerbatimVersions() {
        FrontMatter fm = bind(REQUIRED + "history:\n  - version: 2.10\n    date: 2026-01-15\n    author: Ann\n"
                + "    summary: Yearly review\n  - version: 1.0\n");

        assertThat(folder.findings()).isEmpty();
        assertThat(fm.history()).containsExactly(
                new RevisionEntry("2.10", LocalDate.of(2026, 1, 15), "Ann", "Yearly review"),
                new RevisionEntry("1.0", null, null, null));
    }

    @Test
    void badHistoryShapesAreInvalidAndUnknownEntryKeysUnknown() {
        FrontMatter fm = bind(REQUIRED + "history:\n  - just text\n  - version: 1\n    date: 2026-13-01\n"
                + "    auther: Bob\n");

        assertThat(folder.findings()).containsExactly(
                "invalid-value a.md:8:5 an entry of history must be a list of entries with version, date, author "
                        + "and summary, not a value",
                "invalid-value a.md:10:11 history date '2026-13-01' is not a date in the calendar",
                "unknown-field a.md:11:5 unknown key 'auther'");
        assertThat(fm.history()).containsExactly(new RevisionEntry("1", null, null, null));
        assertThat(folder.load().findings().get(2).hint()).isEqualTo("did you mean 'author'?");
    }

    @Test
    void historyThatIsNotAListIsInvalid() {
        assertThat(findingsFor(REQUIRED + "history: reviewed yearly\n")).containsExactly(
                "invalid-value a.md:7:10 history must be a list of entries with version, date, author and summary, "
                        + "not a value");
    }

    // --- unknown keys

    @Test
    void aMisspeltRequiredKeyIsOneFindingAtItsLineThatNamesTheKey() {
        folder.document("a.md", REQUIRED.replace("review_date:", "reveiw_date:"), "");

        List<Finding> findings = folder.load().findings();

        assertThat(SourceFolder.brief(findings)).containsExactly("required-field a.md:6:1 review_date or last_reviewed "
                + "is required; did you mean 'review_date' for 'reveiw_date'?");
        assertThat(findings.get(0).hint()).isEqualTo("Rename 'reveiw_date' to 'review_date'.");
    }

    @Test
    void aKeyOtherToolsUseForARequiredKeyIsOneFindingAtItsLine() {
        assertThat(findingsFor(REQUIRED.replace("owner:", "author:").replace("review_date:", "next_review:")
                .replace("id:", "ID:"))).containsExactly(
                "required-field a.md:2:1 required key 'id' is missing; did you mean 'id' for 'ID'?",
                "required-field a.md:4:1 required key 'owner' is missing; did you mean 'owner' for 'author'?",
                "required-field a.md:6:1 review_date or last_reviewed is required; did you mean 'review_date' for "
                        + "'next_review'?");
    }

    @Test
    void onlyOneUnknownKeyStandsForAMissingKeyAndOnlyWhenTheKeyIsMissing() {
        assertThat(findingsFor(REQUIRED.replace("review_date: 2027-01-01", "last_reviewed: 2026-01-01")
                + "next_review: 2027-01-01\nauthor: Ann\n")).containsExactly(
                "unknown-field a.md:7:1 unknown key 'next_review'",
                "unknown-field a.md:8:1 unknown key 'author'");
        assertThat(findingsFor(REQUIRED.replace("review_date: 2027-01-01", "next_review: 2027-01-01")
                + "last_review: 2026-01-01\n")).containsExactly(
                "required-field a.md:6:1 review_date or last_reviewed is required; did you mean 'review_date' for "
                        + "'next_review'?",
                "unknown-field a.md:7:1 unknown key 'last_review'");
    }

    @ParameterizedTest
    @CsvSource({"approver, approved_by", "Approval Date, approved_on", "reviewed, last_reviewed",
            "last_review, last_reviewed", "reviewed_on, last_reviewed", "review, review_date",
            "review_due, review_date", "responsible, owner", "document_owner, owner", "name, title",
            "doc_id, id", "document_id, id", "rev, version", "revision, version", "classification_level, classification",
            "effective_date, effective", "related_documents, related", "description, summary"})
    void unknownKeysAreAnsweredWithTheKeyOtherToolsMeanByThem(String written, String meant) {
        folder.document("a.md", REQUIRED + written + ": x\n", "");

        List<Finding> findings = folder.load().findings();

        assertThat(findings).filteredOn(f -> f.message().equals("unknown key '" + written + "'"))
                .singleElement().extracting(Finding::hint).isEqualTo("did you mean '" + meant + "'?");
    }

    @Test
    void unknownKeysAreWarningsWithTheClosestKnownKey() {
        folder.document("a.md", REQUIRED + "reviewDate: 2027-01-01\nreview-cycle: 12\nTitel: X\nowners: [a]\n"
                + "colour: blue\n", "");

        List<Finding> findings = folder.load().findings();

        assertThat(SourceFolder.brief(findings)).containsExactly(
                "unknown-field a.md:7:1 unknown key 'reviewDate'",
                "unknown-field a.md:8:1 unknown key 'review-cycle'",
                "unknown-field a.md:9:1 unknown key 'Titel'",
                "unknown-field a.md:10:1 unknown key 'owners'",
                "unknown-field a.md:11:1 unknown key 'colour'");
        assertThat(findings).extracting(Finding::hint).containsExactly("did you mean 'review_date'?",
                "did you mean 'review_cycle'?", "did you mean 'title'?", "did you mean 'owner'?", null);
        assertThat(findings).extracting(f -> f.severity().key()).containsOnly("warning");
        assertThat(findings).extracting(Finding::document).containsOnly("POL-1");
    }
}
