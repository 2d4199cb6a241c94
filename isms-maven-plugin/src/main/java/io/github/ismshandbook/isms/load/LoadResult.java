package io.github.ismshandbook.isms.load;

import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;

import java.util.List;

/** What loading gave: the handbook and the findings about files that could not be read as they should. */
public record LoadResult(Handbook handbook, List<Finding> findings) {
    public LoadResult {
        findings = List.copyOf(findings);
    }
}
