package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Rule;
import org.assertj.core.groups.Tuple;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Assertions on findings by (rule, file, line), the identity the spec gives them. */
final class FindingAssert {

    private FindingAssert() {
    }

    static Tuple at(Rule rule, String file, int line) {
        return tuple(rule, file, line);
    }

    static void assertFindings(List<Finding> findings, Tuple... expected) {
        assertThat(findings).extracting(Finding::rule, Finding::file, Finding::line).containsExactlyInAnyOrder(expected);
    }

    static void assertNone(List<Finding> findings) {
        assertThat(findings).isEmpty();
    }

    /** The only finding, after asserting there is exactly one. */
    static Finding single(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
