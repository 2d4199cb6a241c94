package io.github.ismshandbook.isms.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class FrontMatterKeysTest {

    @Test
    void every_component_of_the_front_matter_but_its_key_positions_is_one_key_and_every_key_a_component() {
        List<String> components = Arrays.stream(FrontMatter.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(c -> !c.equals("keyPositions")).toList();

        assertThat(FrontMatterKeys.ALL).extracting(FrontMatterKey::component).containsExactlyInAnyOrderElementsOf(components);
        assertThat(FrontMatterKeys.names()).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z]+(_[a-z]+)*"));
        assertThat(FrontMatterKeys.named("review_date")).contains(FrontMatterKeys.REVIEW_DATE);
        assertThat(FrontMatterKeys.named("reviewDate")).isEmpty();
    }

    @Test
    void every_key_named_by_a_constant_is_in_the_list() throws IllegalAccessException {
        List<Object> constants = new java.util.ArrayList<>();
        for (java.lang.reflect.Field f : FrontMatterKeys.class.getFields()) {
            if (f.getType() == FrontMatterKey.class) {
                constants.add(f.get(null));
            }
        }

        assertThat(constants).hasSizeGreaterThan(20);
        assertThat(FrontMatterKeys.ALL).containsAll(constants.stream().map(FrontMatterKey.class::cast).toList());
    }

    @Test
    void the_reference_documents_exactly_these_keys_and_which_are_required() throws IOException {
        String reference = Files.readString(Path.of("..", "docs", "reference.md"));
        String table = reference.substring(reference.indexOf("## Front-matter"), reference.indexOf("### The body"));
        Matcher row = Pattern.compile("(?m)^\\| `([a-z_]+)` \\| ([^|]+) \\|").matcher(table);
        Map<String, Boolean> documented = new java.util.LinkedHashMap<>();
        while (row.find()) {
            documented.put(row.group(1), row.group(2).strip().equals("yes"));
        }

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(FrontMatterKeys.names());
        FrontMatterKeys.ALL.forEach(k -> assertThat(documented.get(k.name())).as(k.name()).isEqualTo(k.required()));
    }

    @Test
    void the_front_matter_is_built_from_values_by_key_and_each_key_reads_its_own_back() {
        FrontMatter fm = FrontMatterSample.full();

        assertThat(fm.title()).isEqualTo("TITLE-a");
        assertThat(fm.reviewCycle()).isEqualTo(java.time.Period.ofMonths(6));
        assertThat(FrontMatterKeys.REVIEW_CYCLE.value().apply(fm)).isEqualTo("P6M");
        assertThat(FrontMatterKeys.APPROVED_ON.value().apply(fm)).isEqualTo("2026-01-01");
        assertThat(FrontMatterKeys.TYPE.value().apply(fm)).isEqualTo("soa");
        assertThat(FrontMatterKeys.CONTROLS.value().apply(fm)).isEqualTo(List.of("A.5.15"));
        for (FrontMatterKey key : FrontMatterKeys.ALL) {
            Object value = key.value().apply(fm);
            assertThat(value).as(key.name()).isNotNull();
            if (value instanceof List<?> list) {
                assertThat(list).as(key.name()).isNotEmpty();
            }
        }
    }

    @Test
    void a_key_without_a_value_is_null_or_an_empty_list_and_the_defaults_apply() {
        FrontMatter fm = FrontMatterKeys.frontMatter(Map.of(FrontMatterKeys.ID, "POL-1"),
                Map.of("id", new Position(2, 1)));

        assertThat(fm.id()).isEqualTo("POL-1");
        assertThat(fm.title()).isNull();
        assertThat(fm.controls()).isEmpty();
        assertThat(fm.history()).isEmpty();
        assertThat(fm.type()).isEqualTo(FrontMatter.DEFAULT_TYPE);
        assertThat(fm.status()).isEqualTo(FrontMatter.DEFAULT_STATUS);
        assertThat(fm.positionOf("id")).isEqualTo(new Position(2, 1));
    }

    @Test
    void changes_html_lists_the_keys_the_snapshot_records_but_the_version_and_the_history() {
        assertThat(FrontMatterKeys.ALL.stream().filter(FrontMatterKey::inSnapshot).filter(k -> !k.isCompared()))
                .containsExactly(FrontMatterKeys.VERSION, FrontMatterKeys.HISTORY);
    }
}
