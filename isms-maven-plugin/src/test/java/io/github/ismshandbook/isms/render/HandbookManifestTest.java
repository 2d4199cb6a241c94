package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.FrontMatterKey;
import io.github.ismshandbook.isms.model.FrontMatterKeys;
import io.github.ismshandbook.isms.model.FrontMatterSample;
import io.github.ismshandbook.isms.model.Handbook;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HandbookManifestTest {

    private final FrontMatter fm = FrontMatterSample.full();

    @SuppressWarnings("unchecked")
    private Map<String, Object> document() {
        Document d = FrontMatterSample.document("soa.md", fm);
        Handbook handbook = new Handbook(List.of(d), Set.of(), Set.of(), TestHandbooks.catalog());
        SiteModel model = new SiteModel(BuildConfig.builder(Path.of("unused"), SampleHandbook.TODAY).build(), handbook);
        return ((List<Map<String, Object>>) new HandbookManifest(model).manifest().get("documents")).get(0);
    }

    @Test
    void a_document_lists_the_keys_of_the_list_that_are_in_the_manifest_in_the_order_it_has_always_had() {
        Map<String, Object> document = document();

        assertThat(document.keySet()).containsSubsequence("id", "title", "path", "url", "type", "status", "version",
                "owner", "classification", "approved_by", "approved_on", "effective", "last_reviewed", "review_due",
                "review_state", "controls", "clauses", "related", "supersedes", "tags", "summary", "history",
                "last_change");
        for (FrontMatterKey key : FrontMatterKeys.ALL) {
            assertThat(document.containsKey(key.name())).as(key.name()).isEqualTo(key.inManifest());
        }
    }

    @Test
    void a_key_has_the_value_the_list_gives_it_but_where_the_site_knows_more() {
        Map<String, Object> document = document();

        for (FrontMatterKey key : FrontMatterKeys.ALL) {
            if (key.inManifest() && !Set.of(FrontMatterKeys.TITLE, FrontMatterKeys.CONTROLS, FrontMatterKeys.CLAUSES,
                    FrontMatterKeys.HISTORY).contains(key)) {
                assertThat(document.get(key.name())).as(key.name()).isEqualTo(key.value().apply(fm));
            }
        }
        assertThat(document.get("approved_on")).isEqualTo("2026-01-01");
        assertThat(document.get("controls")).isEqualTo(List.of("A.5.15"));
        assertThat(document.get("clauses")).isEqualTo(List.of()); // "clauses-a" is not in the catalog
        assertThat(document.get("history")).asList().singleElement().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKeys("version", "date", "author", "summary");
    }
}
