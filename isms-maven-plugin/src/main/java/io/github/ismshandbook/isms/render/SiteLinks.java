package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.check.LinkResolver;
import io.github.ismshandbook.isms.load.HeadingAnchors;
import io.github.ismshandbook.isms.model.Clause;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Heading;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.Resolution;

import java.util.regex.Pattern;

/**
 * Turns the links of a body into site URLs, through the same {@link LinkResolver} the checks use, so that what is
 * checked is what is published. A link whose target is missing, unreadable, in 2013 numbering or not published
 * becomes marked text instead of a dead link (docs/reference.md, "Front-matter", the body).
 */
final class SiteLinks {

    private static final Pattern SAFE_SCHEME = Pattern.compile("^(?i)(https?:|mailto:|//).*", Pattern.DOTALL);

    /** The page every document is a section of. */
    static final String PRINT = "print.html";

    private final LinkResolver resolver;
    private final SitePages pages;
    private final boolean includeDrafts;

    SiteLinks(Handbook handbook, SitePages pages, boolean includeDrafts) {
        this.resolver = new LinkResolver(handbook);
        this.pages = pages;
        this.includeDrafts = includeDrafts;
    }

    /**
     * Where a link of {@code scope}'s body goes: {@link LinkTarget#href()} from the scope's page and
     * {@link LinkTarget#printHref()} from {@code print.html}, so that one rendering serves both pages.
     */
    LinkTarget resolve(BodyScope scope, LinkKind kind, String target, String label) {
        Document from = scope.document();
        Resolution r = resolver.resolve(from, new Link(kind, target, label, null));
        return switch (r.kind()) {
            case EXTERNAL -> SAFE_SCHEME.matcher(r.target()).matches()
                    ? LinkTarget.external(r.target())
                    : LinkTarget.broken("Link removed: only http, https and mailto links are kept", null);
            case ANCHOR -> LinkTarget.internal(documentHref(scope, from, r.anchor()),
                    printHref(from, r.anchor()), null);
            case DOCUMENT -> toDocument(scope, r);
            case ASSET -> LinkTarget.internal(SitePaths.href(scope.page(), r.path(), null),
                    SitePaths.href(PRINT, r.path(), null), null);
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
        return LinkTarget.internal(documentHref(scope, target, r.anchor()), printHref(target, r.anchor()), title);
    }

    /** From the scope's page, whether {@code print.html} or a document's page. */
    private String documentHref(BodyScope scope, Document target, String anchor) {
        return scope.print() ? printHref(target, anchor)
                : SitePaths.href(scope.page(), pages.documentPage(target), anchor);
    }

    /**
     * In {@code print.html} every document is a section of the page. A body's leading {@code # Title} is not
     * repeated under the section's own title ({@link BodyRenderer#leadingTitle}): a link to it goes to the section.
     */
    private static String printHref(Document target, String anchor) {
        return "#" + (anchor == null || anchor.equals(titleAnchor(target)) ? BodyScope.sectionId(target)
                : BodyScope.printPrefix(target) + anchor);
    }

    /** The anchor of the first heading when it is an {@code h1} that repeats the title, or {@code null}. */
    private static String titleAnchor(Document document) {
        String title = document.frontMatter().title();
        return document.headings().stream().findFirst()
                .filter(h -> h.level() == 1 && title != null
                        && HeadingAnchors.slug(h.text().strip()).equals(HeadingAnchors.slug(title.strip())))
                .map(Heading::anchor)
                .orElse(null);
    }

    private static LinkTarget toControl(BodyScope scope, Control control) {
        String page = SitePaths.controlPage(control);
        return LinkTarget.internal(SitePaths.href(scope.page(), page, null), SitePaths.href(PRINT, page, null),
                control.label() + " " + control.title());
    }

    private static LinkTarget toClause(BodyScope scope, Clause clause) {
        String anchor = SitePaths.clauseAnchor(clause);
        return LinkTarget.internal(SitePaths.href(scope.page(), SitePaths.CLAUSES_INDEX, anchor),
                SitePaths.href(PRINT, SitePaths.CLAUSES_INDEX, anchor), clause.id() + " " + clause.title());
    }
}
