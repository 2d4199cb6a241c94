package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.DocumentType;
import io.github.ismshandbook.isms.model.Handbook;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static io.github.ismshandbook.isms.render.TestHandbooks.doc;
import static org.assertj.core.api.Assertions.assertThat;

class IndexFiltersTest {

    private static IndexFilters filters(Handbook handbook) {
        SiteModel model = new SiteModel(BuildConfig.builder(Path.of("unused"),
                SampleHandbook.TODAY).includeDrafts(true).build(), handbook);
        return IndexFilters.of(model.groups());
    }

    @Test
    void typesFollowTheGroupsOwnersAreSortedAndStatusesFollowTheWorkflow() {
        Handbook handbook = new Handbook(List.of(
                doc("standards/b.md", "STD-B").title("B").owner("it Operations").type(DocumentType.STANDARD)
                        .status(DocumentStatus.RETIRED).build(),
                doc("policies/a.md", "POL-A").title("A").owner("CISO").build(),
                doc("policies/c.md", "POL-C").title("C").owner("  CISO ").status(DocumentStatus.DRAFT).build(),
                doc("procedures/d.md", "PRO-D").title("D").owner("Auditor").type(DocumentType.PROCEDURE).build()),
                Set.of(), Set.of(), TestHandbooks.catalog());

        IndexFilters filters = filters(handbook);

        assertThat(filters.types()).extracting(IndexFilters.Choice::value)
                .containsExactly("policy", "standard", "procedure");
        assertThat(filters.types()).extracting(IndexFilters.Choice::label)
                .containsExactly("Policies", "Standards", "Procedures");
        assertThat(filters.owners()).extracting(IndexFilters.Choice::value)
                .containsExactly("Auditor", "CISO", "it Operations");
        assertThat(filters.statuses()).extracting(IndexFilters.Choice::value)
                .containsExactly("draft", "approved", "retired");
        assertThat(filters.statuses()).extracting(IndexFilters.Choice::label)
                .containsExactly("Draft", "Approved", "Retired");
    }

    @Test
    void aDocumentWithoutOwnerIsFilteredAsNoOwner() {
        Handbook handbook = new Handbook(List.of(doc("policies/a.md", "POL-A").title("A").owner(null).build()),
                Set.of(), Set.of(), TestHandbooks.catalog());

        IndexFilters filters = filters(handbook);

        assertThat(filters.owners()).extracting(IndexFilters.Choice::value).containsExactly("No owner");
        DocumentView view = new SiteModel(BuildConfig.builder(Path.of("unused"),
                SampleHandbook.TODAY).build(), handbook).views().get(0);
        assertThat(filters.owner(view)).isEqualTo("No owner");
    }
}
