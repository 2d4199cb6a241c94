package io.github.ismshandbook.isms.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the Git repository says about the handbook's documents (README "Git evidence").
 *
 * @param lastChanges the last change of each document, by document path; a document is missing when its last
 *                    change is not known (the file is ignored by Git, or lies beyond a shallow clone's history)
 * @param shallow     whether the history the documents were looked for in is cut off: the repository is a shallow
 *                    clone, and some documents are committed (uncommitted ones need no history)
 */
public record GitFacts(Map<String, LastChange> lastChanges, boolean shallow) {

    public GitFacts {
        lastChanges = Map.copyOf(lastChanges);
    }

    public Optional<LastChange> lastChange(String documentPath) {
        return Optional.ofNullable(lastChanges.get(documentPath));
    }

    /** These facts after the documents at {@code paths} were edited in the working tree, on {@code today}. */
    public GitFacts edited(Collection<String> paths, LocalDate today) {
        Map<String, LastChange> changes = new HashMap<>(lastChanges);
        paths.forEach(p -> changes.put(p, LastChange.uncommitted(today)));
        return new GitFacts(changes, shallow);
    }
}
