package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.check.LinkResolver;
import io.github.ismshandbook.isms.model.Clause;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.Resolution;

import java.util.regex.Pattern;

/**
 * Turns the links of a body into site URLs, through the same {@link LinkResolver} the checks use, so that what is
 * checked is what is published. A link whose target is missing, unreadable, in 2013 numbering or not published
 * becomes marked text instead of a dead link (SPEC §4).
 */
final class SiteLinks {

    private static final Pattern SAFE_SCHEME = Pattern.compile("^(?i)(https?:|mailto:|//).*", Pattern.DOTALL);

    private final LinkResolver resolver;
    private final SitePages pages;
    private final boolean includeDrafts;

    SiteLinks(Handbook handbook, SitePages pages, boolean includeDrafts) {
        this.resolver = new LinkResolver(handbook);
        this.pages = pages;
        this.includeDrafts = includeDrafts;
    }

    LinkTarget resolve(BodyScope scope, LinkKind kind, String target, String label) {
        Document from = scope.document();
        Resolution r = resolver.resolve(from, new Link(kind, target, label, null));
        return switch (r.kind()) {
            case EXTERNAL -> SAFE_SCHEME.matcher(r.target()).matches()
                    ? LinkTarget.external(r.target())
                    : LinkTarget.broken("Link removed: only http, https and mailto links are kept", null);
            case ANCHOR -> LinkTarget.internal(documentHref(scope, from, r.anchor()), null);
            case DOCUMENT -> toDocument(scope, r);
            case ASSET -> LinkTarget.internal(SitePaths.href(scope.page(), r.path(), null), null);
            case CONTROL -> toControl(scope, r.control());
            case CLAUSE -> toClause(scope, r.clause());
            case LEGACY_CONTROL -> LinkTarget.broken("Broken link: " + r.target()
                    + " is ISO/IEC 27001:2013 numbering", null);
            case UNREADABLE -> LinkTarget.broken("Broken link: " + r.path() + " could not be read", null);
            case MISSING -> LinkTarget.broken("Broken link: " + r.target() + " does not exist", null);
        };
    }

    private LinkTarget toDocument(BodyScope scope, Resolution r) {
        Document target = r.document();
        String title = SiteModel.titleOf(target);
        if (!target.isPublished(includeDrafts)) {
            String status = target.frontMatter().status() == DocumentStatus.DRAFT ? "a draft" : "not published";
            return LinkTarget.broken("Not published: " + title + " is " + status, title);
        }
        return LinkTarget.internal(documentHref(scope, target, r.anchor()), title);
    }

    private String documentHref(BodyScope scope, Document target, String anchor) {
        if (scope.print()) {
            String section = BodyScope.sectionId(target);
            return "#" + (anchor == null ? section : section + "--" + anchor);
        }
        return SitePaths.href(scope.page(), pages.documentPage(target), anchor);
    }

    private static LinkTarget toControl(BodyScope scope, Control control) {
        return LinkTarget.internal(SitePaths.href(scope.page(), SitePaths.controlPage(control), null),
                control.label() + " " + control.title());
    }

    private static LinkTarget toClause(BodyScope scope, Clause clause) {
        return LinkTarget.internal(SitePaths.href(scope.page(), SitePaths.CLAUSES_INDEX, SitePaths.clauseAnchor(clause)),
                clause.id() + " " + clause.title());
    }
}
