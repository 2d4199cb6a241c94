package io.github.ismshandbook.isms.publish;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentChange;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.FieldChange;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.FrontMatterKey;
import io.github.ismshandbook.isms.model.FrontMatterKeys;
import io.github.ismshandbook.isms.model.FrontMatterSample;
import io.github.ismshandbook.isms.model.Handbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.ismshandbook.isms.publish.TestDocument.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotTest {

    @TempDir
    Path tmp;

    private final Handbook handbook = TestDocument.handbook(
            TestDocument.of("policies/b.md", "POL-2").version("2.10").controls("5.15", "A.8.5")
                    .reviewCycle(Period.ofMonths(6)).history(revision("2.10", "2026-01-15", "Yearly review"))
                    .body("## Scope\n\nEvery system.\n"),
            TestDocument.of("policies/a.md", "POL-1").classification("public").body("Text \"quoted\" é\n"),
            TestDocument.of("drafts/c.md", "POL-3").status(DocumentStatus.DRAFT).body("secret plans"));

    @Test
    void writes_the_published_documents_by_path_and_reads_them_back() throws IOException {
        Path file = SnapshotWriter.write(handbook, tmp);

        assertThat(file).isEqualTo(tmp.resolve("isms-snapshot.json"));
        Snapshot read = SnapshotReader.read(tmp).orElseThrow();
        assertThat(read).isEqualTo(Snapshot.of(handbook.published(false)));
        assertThat(read.format()).isEqualTo(1);
        assertThat(read.documents()).extracting(SnapshotDocument::id).containsExactly("POL-1", "POL-2");
        SnapshotDocument b = read.documents().get(1);
        assertThat(b.version()).isEqualTo("2.10");
        assertThat(b.value(FrontMatterKeys.CONTROLS)).isEqualTo(List.of("A.5.15", "A.8.5"));
        assertThat(b.value(FrontMatterKeys.REVIEW_CYCLE)).isEqualTo("P6M");
        assertThat(b.value(FrontMatterKeys.REVIEW_DATE)).isEqualTo("2027-01-01");
        assertThat(b.history()).containsExactly(revision("2.10", "2026-01-15", "Yearly review"));
        assertThat(b.body()).isEqualTo("## Scope\n\nEvery system.\n");
        assertThat(Files.readString(file)).doesNotContain("secret plans");
    }

    @Test
    void drafts_are_in_the_snapshot_only_when_the_site_publishes_them() throws IOException {
        SnapshotWriter.write(handbook, true, tmp);
        assertThat(SnapshotReader.read(tmp).orElseThrow().documents()).extracting(SnapshotDocument::id)
                .containsExactly("POL-3", "POL-1", "POL-2");
    }

    @Test
    void streamed_it_is_the_same_bytes_as_the_file() throws IOException {
        Handbook unusual = TestDocument.handbook(TestDocument.of("policies/u.md", "POL-U")
                .body("Zugriff für Ärzte — 🔐\r\nline\ttab \"q\" \\ </script>\n"));
        Path file = SnapshotWriter.write(unusual, true, tmp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SnapshotWriter.write(unusual, true, out);

        assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(file));
        assertThat(SnapshotReader.read(tmp).orElseThrow()).isEqualTo(Snapshot.of(unusual.published(true)));
    }

    @Test
    void the_same_handbook_gives_the_same_bytes_with_front_matter_keys() throws IOException {
        String json = SnapshotWriter.toJson(Snapshot.of(handbook.published(false)));
        assertThat(SnapshotWriter.toJson(Snapshot.of(handbook.published(false)))).isEqualTo(json);
        assertThat(json).isEqualTo("""
                {
                  "format": 1,
                  "documents": [
                    {
                      "id": "POL-1",
                      "path": "policies/a.md",
                      "title": "Title of POL-1",
                      "type": "policy",
                      "version": "1.0",
                      "status": "approved",
                      "owner": "CISO",
                      "classification": "public",
                      "review_date": "2027-01-01",
                      "controls": [ ],
                      "clauses": [ ],
                      "history": [ ],
                      "body": "Text \\"quoted\\" é\\n"
                    },
                    {
                      "id": "POL-2",
                      "path": "policies/b.md",
                      "title": "Title of POL-2",
                      "type": "policy",
                      "version": "2.10",
                      "status": "approved",
                      "owner": "CISO",
                      "classification": "internal",
                      "review_date": "2027-01-01",
                      "review_cycle": "P6M",
                      "controls": [
                        "A.5.15",
                        "A.8.5"
                      ],
                      "clauses": [ ],
                      "history": [
                        {
                          "version": "2.10",
                          "date": "2026-01-15",
                          "author": "Jane Doe",
                          "summary": "Yearly review"
                        }
                      ],
                      "body": "## Scope\\n\\nEvery system.\\n"
                    }
                  ]
                }
                """);
    }

    @Test
    void a_site_without_snapshot_has_none_and_a_damaged_one_is_an_error() throws IOException {
        assertThat(SnapshotReader.read(tmp)).isEmpty();
        Files.writeString(tmp.resolve("isms-snapshot.json"), "{\"documents\": [");
        assertThatThrownBy(() -> SnapshotReader.read(tmp)).isInstanceOf(IOException.class);
    }

    private static Document document(FrontMatter fm) {
        return FrontMatterSample.document("policies/soa.md", fm);
    }

    @Test
    void every_key_of_the_list_the_snapshot_records_is_written_in_the_order_format_1_has_and_read_back()
            throws IOException {
        Snapshot snapshot = Snapshot.of(List.of(document(FrontMatterSample.full())));
        String json = SnapshotWriter.toJson(snapshot);

        List<String> fields = new ArrayList<>();
        PublishJson.MAPPER.readTree(json).get("documents").get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsSubsequence("id", "path", "title", "type", "version", "status", "owner",
                "classification", "approved_by", "approved_on", "effective", "review_date", "last_reviewed",
                "review_cycle", "controls", "clauses", "history", "body");
        for (FrontMatterKey key : FrontMatterKeys.ALL) {
            assertThat(fields.contains(key.name())).as(key.name()).isEqualTo(key.inSnapshot());
        }
        assertThat(SnapshotReader.fromJson(json)).isEqualTo(snapshot);
    }

    @Test
    void a_snapshot_an_earlier_version_wrote_is_read_and_compared_key_by_key() throws IOException {
        // as published editions have it on disk: every key format 1 has, and one this version does not know
        String earlier = """
                {
                  "format": 1,
                  "documents": [
                    {
                      "id": "ID-a",
                      "path": "policies/soa.md",
                      "title": "TITLE-a",
                      "type": "soa",
                      "version": "VERSION-a",
                      "status": "approved",
                      "owner": "OWNER-a",
                      "classification": "internal",
                      "approved_by": "APPROVED_BY-a",
                      "approved_on": "2026-01-01",
                      "effective": "2026-01-01",
                      "review_date": "2026-01-01",
                      "last_reviewed": "2026-01-01",
                      "review_cycle": "P6M",
                      "controls": [
                        "A.5.15"
                      ],
                      "clauses": [
                        "clauses-a"
                      ],
                      "history": [
                        {
                          "version": "1.0",
                          "date": "2026-01-01",
                          "author": "Jane Doe",
                          "summary": "First issue"
                        }
                      ],
                      "x_not_a_key": "skipped",
                      "body": "Body.\\n"
                    }
                  ]
                }
                """;
        Snapshot read = SnapshotReader.fromJson(earlier);
        Snapshot now = Snapshot.of(List.of(document(FrontMatterSample.full())));
        JsonNode written = PublishJson.MAPPER.readTree(earlier).get("documents").get(0);
        List<FrontMatterKey> format1 = FrontMatterKeys.ALL.stream().filter(k -> written.has(k.name())).toList();

        assertThat(format1).hasSize(16);
        for (FrontMatterKey key : format1) {
            assertThat(read.documents().get(0).value(key)).as(key.name()).isEqualTo(now.documents().get(0).value(key));
        }
        assertThat(ChangeSets.compare("1.0", read, now).changed()).flatExtracting(DocumentChange::fields)
                .extracting(FieldChange::field).doesNotContainAnyElementsOf(format1.stream().map(FrontMatterKey::name).toList());
        // and this version writes those keys as format 1 did, byte for byte
        SnapshotDocument same = now.documents().get(0);
        Map<FrontMatterKey, Object> values = new HashMap<>(same.values());
        values.keySet().retainAll(format1);
        assertThat(SnapshotWriter.toJson(new Snapshot(1, List.of(new SnapshotDocument(same.path(), values, same.body())))))
                .isEqualTo(earlier.replace("      \"x_not_a_key\": \"skipped\",\n", ""));
        Snapshot older = SnapshotReader.fromJson("{\"format\": 1, \"documents\": [{\"id\": \"ID-a\", "
                + "\"path\": \"policies/soa.md\", \"version\": \"VERSION-a\", \"body\": \"Body.\\n\"}]}");
        assertThat(older.documents().get(0).value(FrontMatterKeys.CONTROLS)).isEqualTo(List.of());
        assertThat(ChangeSets.compare("1.0", older, now).changed()).singleElement()
                .satisfies(c -> assertThat(c.fields()).extracting(FieldChange::field).contains("title", "controls"));
    }

    @Test
    void a_value_of_the_wrong_shape_makes_the_snapshot_unreadable() {
        assertThatThrownBy(() -> SnapshotReader.fromJson(
                "{\"format\": 1, \"documents\": [{\"path\": \"a.md\", \"controls\": \"A.5.15\"}]}"))
                .isInstanceOf(IOException.class).hasMessageContaining("controls must be a list");
        assertThatThrownBy(() -> SnapshotReader.fromJson(
                "{\"format\": 1, \"documents\": [{\"path\": \"a.md\", \"title\": [\"A\"]}]}"))
                .isInstanceOf(IOException.class).hasMessageContaining("title must be a single value");
    }
}
