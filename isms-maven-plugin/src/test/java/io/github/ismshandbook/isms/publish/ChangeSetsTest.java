package io.github.ismshandbook.isms.publish;

import io.github.ismshandbook.isms.model.ChangeSet;
import io.github.ismshandbook.isms.model.DiffSegment;
import io.github.ismshandbook.isms.model.DocumentChange;
import io.github.ismshandbook.isms.model.DocumentEntry;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.FieldChange;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.FrontMatterKey;
import io.github.ismshandbook.isms.model.FrontMatterKeys;
import io.github.ismshandbook.isms.model.FrontMatterSample;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.RevisionEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static io.github.ismshandbook.isms.model.DiffSegment.deleted;
import static io.github.ismshandbook.isms.model.DiffSegment.equal;
import static io.github.ismshandbook.isms.model.DiffSegment.inserted;
import static io.github.ismshandbook.isms.publish.TestDocument.revision;
import static org.assertj.core.api.Assertions.assertThat;

class ChangeSetsTest {

    @TempDir
    Path tmp;

    private static final RevisionEntry FIRST = revision("1.0", "2025-01-10", "First issue");

    private static Snapshot snapshot(TestDocument... documents) {
        return Snapshot.of(List.of(documents).stream().map(TestDocument::build).toList());
    }

    private static TestDocument accessControl() {
        return TestDocument.of("policies/access-control.md", "POL-1").title("Access Control Policy")
                .controls("A.5.15").history(FIRST).body("Access rights are reviewed every year by IT.");
    }

    @Test
    void lists_added_removed_and_changed_documents() {
        Snapshot before = snapshot(
                accessControl(),
                TestDocument.of("policies/backup.md", "POL-2").body("Backups run nightly."),
                TestDocument.of("policies/old.md", "POL-3").title("Old Policy").version("3"),
                TestDocument.of("old/moved.md", "POL-5").body("Unchanged."));
        RevisionEntry second = revision("1.1", "2026-02-01", "Quarterly reviews");
        RevisionEntry added = revision("1.0", "2026-02-01", "New policy");
        Snapshot after = snapshot(
                accessControl().version("1.1").owner("IT Manager").controls("5.15", "A.5.18").history(FIRST, second)
                        .body("Access rights are reviewed every quarter by IT."),
                TestDocument.of("policies/backup.md", "POL-2").body("Backups run\nnightly."),
                TestDocument.of("policies/crypto.md", "POL-4").title("Cryptography Policy").history(added),
                TestDocument.of("new/moved.md", "POL-5").body("Unchanged."));

        ChangeSet changes = ChangeSets.compare("1.0.0", before, after);

        assertThat(changes.previousVersion()).isEqualTo("1.0.0");
        assertThat(changes.compared()).isTrue();
        assertThat(changes.isFirstVersion()).isFalse();
        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.added()).containsExactly(new DocumentEntry("POL-4", "Cryptography Policy",
                "policies/crypto.md", "policies/crypto.html", "1.0", List.of(added)));
        assertThat(changes.removed()).containsExactly(new DocumentEntry("POL-3", "Old Policy", "policies/old.md",
                "policies/old.html", "3", List.of()));
        assertThat(changes.changed()).extracting(DocumentChange::id).containsExactly("POL-5", "POL-1");

        DocumentChange moved = changes.changed().get(0);
        assertThat(moved.fields()).containsExactly(new FieldChange("path", "Path", "old/moved.md", "new/moved.md"));
        assertThat(moved.bodyChanged()).isFalse();
        assertThat(moved.versionChanged()).isFalse();

        DocumentChange policy = changes.changed().get(1);
        assertThat(policy.title()).isEqualTo("Access Control Policy");
        assertThat(policy.page()).isEqualTo("policies/access-control.html");
        assertThat(policy.oldVersion()).isEqualTo("1.0");
        assertThat(policy.newVersion()).isEqualTo("1.1");
        assertThat(policy.versionChanged()).isTrue();
        assertThat(policy.fields()).containsExactly(
                new FieldChange("owner", "Owner", "CISO", "IT Manager"),
                new FieldChange("controls", "Controls", "A.5.15", "A.5.15, A.5.18"));
        assertThat(policy.body()).containsExactly(equal("Access rights are reviewed every "), deleted("year"),
                inserted("quarter"), equal(" by IT."));
        assertThat(policy.history()).containsExactly(second);
    }

    @Test
    void the_same_documents_are_no_change() {
        ChangeSet changes = ChangeSets.compare("1.0", snapshot(accessControl()), snapshot(accessControl()));
        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.compared()).isTrue();
    }

    @Test
    void a_changed_review_date_alone_is_a_change() {
        ChangeSet changes = ChangeSets.compare("1.0", snapshot(accessControl()),
                snapshot(accessControl().reviewDate(LocalDate.of(2028, 1, 1))));
        assertThat(changes.changed()).singleElement().satisfies(c -> assertThat(c.fields())
                .containsExactly(new FieldChange("review_date", "Review date", "2027-01-01", "2028-01-01")));
    }

    @Test
    void history_lists_only_entries_written_since() {
        RevisionEntry typoFixed = revision("1.0", "2025-01-10", "First issued");
        RevisionEntry undated = new RevisionEntry(null, null, "Jane Doe", "Clarified scope");
        RevisionEntry next = revision("1.0.1", "2026-03-01", "Wording");

        ChangeSet changes = ChangeSets.compare("1.0", snapshot(accessControl()),
                snapshot(accessControl().history(typoFixed, undated, next)));

        DocumentChange change = changes.changed().get(0);
        assertThat(change.history()).containsExactly(undated, next);
        assertThat(change.fields()).isEmpty();
        assertThat(change.body()).isEmpty();
    }

    @Test
    void a_document_whose_id_changed_is_matched_by_its_path() {
        ChangeSet changes = ChangeSets.compare("1.0", snapshot(accessControl()), snapshot(accessControl().id("POL-9")));
        assertThat(changes.added()).isEmpty();
        assertThat(changes.removed()).isEmpty();
        assertThat(changes.changed().get(0).fields()).containsExactly(new FieldChange("id", "Id", "POL-1", "POL-9"));
    }

    @Test
    void without_a_publish_directory_or_published_versions_nothing_is_published_yet() throws IOException {
        Handbook handbook = TestDocument.handbook(accessControl());
        assertThat(ChangeSets.against(null, "1.0", handbook, false)).isEqualTo(ChangeSet.nothingPublished());
        assertThat(ChangeSets.against(tmp.resolve("none"), "1.0", handbook, false)).isEqualTo(ChangeSet.nothingPublished());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("versions.json"), "[]");
        assertThat(ChangeSets.against(empty, "1.0", handbook, false)).isEqualTo(ChangeSet.nothingPublished());
        assertThat(ChangeSet.nothingPublished().isFirstVersion()).isTrue();
        assertThat(ChangeSet.nothingPublished().anyPublished()).isFalse();
        assertThat(ChangeSet.firstVersion().anyPublished()).isTrue();
        assertThat(ChangeSet.firstVersion().isEmpty()).isFalse();
    }

    @Test
    void compares_with_the_newest_published_version_older_than_the_one_being_built() throws Exception {
        Path versions = tmp.resolve("versions");
        VersionPublisher publisher = new VersionPublisher(versions);
        publisher.publish(builtSite("1.0.0", TestDocument.handbook(accessControl())), "1.0.0");
        Path withoutSnapshot = Files.createDirectories(tmp.resolve("old-build"));
        Files.writeString(withoutSnapshot.resolve("index.html"), "built before snapshots");
        publisher.publish(marked(withoutSnapshot, "2.0.0"), "2.0.0");

        Handbook current = TestDocument.handbook(accessControl(),
                TestDocument.of("policies/new.md", "POL-7").title("New Policy"),
                TestDocument.of("drafts/secret.md", "DRAFT-1").status(DocumentStatus.DRAFT));

        ChangeSet hotfix = ChangeSets.against(versions, "1.1.0", current, false);
        assertThat(hotfix.previousVersion()).isEqualTo("1.0.0");
        assertThat(hotfix.compared()).isTrue();
        assertThat(hotfix.added()).extracting(DocumentEntry::id).containsExactly("POL-7");
        assertThat(hotfix.changed()).isEmpty();

        assertThat(ChangeSets.against(versions, "1.1.0", current, true).added())
                .extracting(DocumentEntry::id).containsExactly("DRAFT-1", "POL-7");

        assertThat(ChangeSets.against(versions, "2.1.0", current, false)).isEqualTo(ChangeSet.withoutSnapshot("2.0.0"));
        // versions are published, none older: the first version, not "nothing published"
        assertThat(ChangeSets.against(versions, "1.0.0", current, false)).isEqualTo(ChangeSet.firstVersion());
    }

    @Test
    void a_damaged_snapshot_makes_the_previous_version_not_comparable() throws Exception {
        Path versions = tmp.resolve("versions");
        new VersionPublisher(versions).publish(builtSite("1.0", TestDocument.handbook(accessControl())), "1.0");
        Files.writeString(versions.resolve("1.0/isms-snapshot.json"), "{\"documents\": [{");

        ChangeSet changes = ChangeSets.against(versions, "1.1", TestDocument.handbook(accessControl()), false);

        assertThat(changes).isEqualTo(ChangeSet.withoutSnapshot("1.0"));
        assertThat(changes.isFirstVersion()).isFalse();
        assertThat(changes.compared()).isFalse();
    }

    private Path builtSite(String name, Handbook handbook) throws IOException {
        Path site = Files.createDirectories(tmp.resolve("build-" + name));
        Files.writeString(site.resolve("index.html"), "home");
        SnapshotWriter.write(handbook, site);
        return marked(site, name);
    }

    /** The record isms:build leaves in a site, which the publisher asks for. */
    private static Path marked(Path site, String version) throws IOException {
        Files.writeString(site.resolve(SiteOrigin.FILE_NAME),
                "{\"goal\": \"build\", \"version\": \"" + version + "\", \"drafts\": []}");
        return site;
    }

    private static Snapshot snapshotOf(FrontMatter fm) {
        return Snapshot.of(List.of(FrontMatterSample.document("policies/soa.md", fm)));
    }

    @Test
    void each_key_the_snapshot_records_is_compared_under_its_label_and_a_key_it_does_not_is_no_change() {
        Snapshot before = snapshotOf(FrontMatterSample.full());

        for (FrontMatterKey key : FrontMatterKeys.ALL) {
            List<DocumentChange> changed = ChangeSets.compare("1.0", before, snapshotOf(FrontMatterSample.changed(key)))
                    .changed();
            if (!key.inSnapshot()) {
                assertThat(changed).as(key.name()).isEmpty();
            } else if (key.isCompared()) {
                assertThat(changed).as(key.name()).singleElement().extracting(DocumentChange::fields)
                        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldChange.class))
                        .singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo(key.name());
                            assertThat(f.label()).isEqualTo(key.label());
                            assertThat(f.before()).isNotEqualTo(f.after());
                        });
            } else {
                assertThat(changed).as(key.name()).singleElement().extracting(DocumentChange::fields)
                        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
            }
        }
        assertThat(ChangeSets.compare("1.0", before, snapshotOf(FrontMatterSample.changed(FrontMatterKeys.VERSION)))
                .changed()).singleElement().satisfies(c -> {
                    assertThat(c.oldVersion()).isEqualTo("VERSION-a");
                    assertThat(c.newVersion()).isEqualTo("VERSION-b");
                });
        assertThat(ChangeSets.compare("1.0", before, snapshotOf(FrontMatterSample.changed(FrontMatterKeys.CONTROLS)))
                .changed().get(0).fields()).containsExactly(new FieldChange("controls", "Controls", "A.5.15", "A.5.16"));
    }
}
