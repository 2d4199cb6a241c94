package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;

import java.util.List;

/**
 * One family of rules over the loaded handbook. Findings carry the rule's default severity;
 * the configured severities are applied afterwards by {@link HandbookChecker}.
 */
public interface Check {
    List<Finding> check(Handbook handbook, BuildConfig config);
}
