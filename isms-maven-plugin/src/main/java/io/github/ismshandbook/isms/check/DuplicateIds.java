package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code duplicate-id}: two or more documents share an id. Every one of them gets a finding at its
 * {@code id} key naming the others, because nobody can tell which of them the author meant to rename.
 */
public final class DuplicateIds implements Check {

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        Map<String, List<Document>> byId = new LinkedHashMap<>();
        for (Document d : handbook.documents()) {
            if (d.id() != null) {
                byId.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Document>> e : byId.entrySet()) {
            List<Document> sharing = e.getValue();
            if (sharing.size() < 2) {
                continue;
            }
            for (Document d : sharing) {
                String others = sharing.stream().filter(o -> o != d).map(Document::path)
                        .collect(Collectors.joining(", "));
                findings.add(Findings.at(Rule.DUPLICATE_ID, d, d.frontMatter().positionOf("id"),
                        "Id '" + e.getKey() + "' is also used by " + others,
                        "Give each document its own id; links and references by id need it to be unique."));
            }
        }
        return findings;
    }
}
