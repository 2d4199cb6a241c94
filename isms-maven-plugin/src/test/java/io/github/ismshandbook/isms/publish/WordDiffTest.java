package io.github.ismshandbook.isms.publish;

import io.github.ismshandbook.isms.model.DiffSegment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.github.ismshandbook.isms.model.DiffSegment.deleted;
import static io.github.ismshandbook.isms.model.DiffSegment.equal;
import static io.github.ismshandbook.isms.model.DiffSegment.inserted;
import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    private static String words(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    @Test
    void marks_replaced_inserted_and_deleted_words() {
        assertThat(WordDiff.diff("Passwords are rotated every 90 days by IT.",
                "Passwords are rotated every 180 days by the service desk."))
                .containsExactly(
                        equal("Passwords are rotated every "),
                        deleted("90"), inserted("180"),
                        equal(" days by "),
                        deleted("IT"), inserted("the service desk"),
                        equal("."));
    }

    @Test
    void punctuation_is_its_own_word() {
        assertThat(WordDiff.diff("all systems.", "all systems;"))
                .containsExactly(equal("all systems"), deleted("."), inserted(";"));
    }

    @Test
    void same_words_differently_wrapped_are_no_change() {
        assertThat(WordDiff.diff("one two\nthree  four", "one  two three\nfour")).isEmpty();
        assertThat(WordDiff.diff("same", "same")).isEmpty();
        assertThat(WordDiff.diff("", "")).isEmpty();
    }

    @Test
    void a_new_paragraph_break_is_a_change() {
        assertThat(WordDiff.diff("one two", "one\n\ntwo"))
                .containsExactly(equal("one"), deleted(" "), inserted("\n\n"), equal("two"));
    }

    @Test
    void text_added_to_an_empty_body_and_removed_entirely() {
        assertThat(WordDiff.diff("", "New text")).containsExactly(inserted("New text"));
        assertThat(WordDiff.diff("Old text", "")).containsExactly(deleted("Old text"));
    }

    @Test
    void long_unchanged_runs_keep_ten_words_of_context_around_an_ellipsis() {
        String before = words(1, 50) + " old " + words(51, 100);
        String after = words(1, 50) + " new " + words(51, 100);

        List<DiffSegment> diff = WordDiff.diff(before, after);

        assertThat(diff).containsExactly(
                equal("… " + words(41, 50) + " "), deleted("old"), inserted("new"),
                equal(" " + words(51, 60) + " …"));
    }

    @Test
    void an_unchanged_run_between_changes_keeps_context_on_both_sides() {
        String middle = words(1, 30);
        List<DiffSegment> diff = WordDiff.diff("a " + middle + " b", "x " + middle + " y");

        assertThat(diff).containsExactly(deleted("a"), inserted("x"),
                equal(" " + words(1, 10) + " … " + words(21, 30) + " "), deleted("b"), inserted("y"));
    }

    @Test
    void runs_only_slightly_longer_than_the_context_are_kept_whole() {
        String middle = words(1, 22);
        List<DiffSegment> diff = WordDiff.diff("a " + middle + " b", "x " + middle + " y");
        assertThat(diff.get(2)).isEqualTo(equal(" " + middle + " "));
    }
}
