package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.FrontMatter;
import io.github.ismshandbook.isms.model.FrontMatterKey;
import io.github.ismshandbook.isms.model.FrontMatterKeys;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The binder binds every key of {@link FrontMatterKeys#ALL}, from the list: a key added there is bound. */
class FrontMatterKeyBindingTest extends FrontMatterBinding {

    /** A Statement of Applicability that writes every key, each with a value of its kind. */
    private static String everyKey() {
        StringBuilder yaml = new StringBuilder();
        for (FrontMatterKey key : FrontMatterKeys.ALL) {
            String name = key.name();
            yaml.append(name).append(switch (key.kind()) {
                case TEXT -> key == FrontMatterKeys.ID ? ": POL-1" : ": Text of " + name;
                case DATE -> ": 2026-01-01";
                case PERIOD -> ": 6";
                case CHOICE -> ": " + choice(key);
                case LIST -> key == FrontMatterKeys.CONTROLS ? ": [A.5.15]" : ": [" + name + "-1]";
                case WORDS -> ": [" + name + "-1]";
                case HISTORY -> ":\n  - version: 1.0\n    date: 2026-01-01\n    author: Jane Doe\n    summary: First";
                case EXCLUSIONS -> ":\n  A.7.4: No premises";
                case INCLUSIONS -> ":\n  A.5.15: {justification: Contracts, status: implemented}";
            }).append('\n');
        }
        return yaml.toString();
    }

    private static String choice(FrontMatterKey key) {
        if (key == FrontMatterKeys.TYPE) {
            return "soa";
        } else if (key == FrontMatterKeys.STATUS) {
            return "approved";
        } else if (key == FrontMatterKeys.CLASSIFICATION) {
            return "internal";
        }
        throw new IllegalArgumentException("a value of the choice " + key + " is missing here");
    }

    @Test
    void every_key_of_the_list_is_known_and_bound_with_where_it_is_written() {
        assertThat(findingsFor(everyKey())).isEmpty();

        FrontMatter fm = bind(everyKey());

        for (FrontMatterKey key : FrontMatterKeys.ALL) {
            Object value = key.value().apply(fm);
            assertThat(value).as(key.name()).isNotNull();
            if (value instanceof List<?> list) {
                assertThat(list).as(key.name()).isNotEmpty();
            }
            assertThat(fm.keyPositions()).as(key.name()).containsKey(key.name());
        }
        assertThat(fm.reviewCycle()).hasMonths(6);
        assertThat(fm.title()).isEqualTo("Text of title");
    }

    @Test
    void a_key_outside_the_list_is_unknown_and_a_required_key_of_the_list_is_required() {
        assertThat(findingsFor(REQUIRED + "reviewer: CISO\n"))
                .containsExactly("unknown-field a.md:7:1 unknown key 'reviewer'");
        assertThat(findingsFor(REQUIRED.replace("version: 1.0\n", "")))
                .containsExactly("required-field a.md:1:1 required key 'version' is missing");
    }
}
