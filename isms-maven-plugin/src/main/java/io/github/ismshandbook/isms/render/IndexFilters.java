package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.DocumentStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The choices of the filters above the document list of the home page: the types, owners and statuses that the
 * published documents have, each once. A row of the list carries the same values ({@link #ownerOf}), so that the
 * script that filters compares strings only.
 *
 * @param types    the type groups, in the order of the page
 * @param owners   the owners, case-insensitively sorted
 * @param statuses the statuses, in workflow order (draft, in review, approved, retired)
 */
record IndexFilters(List<Choice> types, List<Choice> owners, List<Choice> statuses) {

    /** The owner of documents whose front-matter names none (the loader has reported it). */
    static final String NO_OWNER = "No owner";

    /** One option of a filter: the value the rows carry and the text the reader sees. */
    record Choice(String value, String label) {
    }

    static IndexFilters of(List<SiteModel.TypeGroup> groups) {
        List<Choice> types = groups.stream().map(g -> new Choice(g.key(), g.label())).toList();
        TreeSet<String> owners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        TreeSet<String> statuses = new TreeSet<>();
        for (SiteModel.TypeGroup group : groups) {
            for (DocumentView d : group.documents()) {
                owners.add(ownerOf(d));
                statuses.add(d.status());
            }
        }
        List<Choice> statusChoices = new ArrayList<>();
        for (DocumentStatus s : DocumentStatus.values()) {
            if (statuses.contains(s.key())) {
                statusChoices.add(new Choice(s.key(), SiteModel.capitalize(s.key().replace('-', ' '))));
            }
        }
        return new IndexFilters(types, owners.stream().map(o -> new Choice(o, o)).toList(), List.copyOf(statusChoices));
    }

    /** The owner of a row, for the template: {@link #ownerOf}. */
    public String owner(DocumentView d) {
        return ownerOf(d);
    }

    /** The owner as the filters and the owners page name it: trimmed, or {@value #NO_OWNER}. */
    static String ownerOf(DocumentView d) {
        return d.owner() == null || d.owner().isBlank() ? NO_OWNER : d.owner().trim();
    }
}
