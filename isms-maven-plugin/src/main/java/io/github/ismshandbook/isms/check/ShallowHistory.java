package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.GitFacts;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Rule;

import java.util.List;

/**
 * {@code git-history-shallow}: the handbook is in a shallow clone, the default checkout of CI services, whose
 * history is cut off. Documents last changed before the cut have no last change, and {@code approval-stale} cannot
 * check them. Reported once, for the handbook as a whole, without a file.
 */
public final class ShallowHistory implements Check {

    /** The hint: how to get the whole history, by hand and on the two CI services most handbooks run on. */
    static final String FETCH_HINT = "Fetch the whole history: run 'git fetch --unshallow'; on GitHub Actions set "
            + "'fetch-depth: 0' on actions/checkout; on GitLab CI set the variable 'GIT_DEPTH: 0'.";

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        if (!handbook.git().map(GitFacts::shallow).orElse(false)) {
            return List.of();
        }
        GitFacts git = handbook.git().orElseThrow();
        long unknown = handbook.documents().stream().filter(d -> git.lastChange(d.path()).isEmpty()).count();
        String known = unknown == 0 ? "every document's last change lies after the cut"
                : "the last change of " + unknown + " of " + handbook.documents().size()
                        + (handbook.documents().size() == 1 ? " document" : " documents") + " is not known";
        return List.of(Finding.onHandbook(Rule.GIT_HISTORY_SHALLOW,
                "The Git repository is a shallow clone, its history cut off: " + known, FETCH_HINT));
    }
}
