package io.github.ismshandbook.isms.render;

import io.github.ismshandbook.isms.model.Clause;
import io.github.ismshandbook.isms.model.Control;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.LinkGraph;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.Resolution;

import java.util.regex.Pattern;

/**
 * Turns the links of a body into site URLs, through the handbook's {@link LinkGraph}, which the checks read too, so that what is
 * checked is what is published. A link whose target is missing, unreadable, in 2013 numbering or not published
 * becomes marked text instead of a dead link (docs/reference.md, "Front-matter", the body).
 */
final class SiteLinks {

    private static final Pattern SAFE_SCHEME = Pattern.compile("^(?i)(https?:|mailto:|//).*", Pattern.DOTALL);

    /** The page every document is a section of. */
    static final String PRINT = "print.html";

    private final LinkGraph links;
    private final SitePages pages;
    private final boolean includeDrafts;

    SiteLinks(Handbook handbook, SitePages pages, boolean includeDrafts) {
        this.links = handbook.links();
        this.pages = pages;
        this.includeDrafts = includeDrafts;
    }

    /**
     * Where a link of {@code scope}'s body goes: {@link LinkTarget#href()} from the scope's page and
     * {@link LinkTarget#printHref()} from {@code print.html}, so that one rendering serves both pages.
     */
    LinkTarget resolve(BodyScope scope, LinkKind kind, String target, String label) {
        Document from = scope.document();
        Resolution r = links.resolve(from, new Link(kind, target, label, null));
        if (r instanceof Resolution.External) {
            return SAFE_SCHEME.matcher(r.target()).matches()
                    ? LinkTarget.external(r.target())
                    : LinkTarget.broken("Link removed: only http, https and mailto links are kept", null);
        } else if (r instanceof Resolution.Anchor a) {
            return LinkTarget.internal(documentHref(scope, from, a.anchor()), printHref(from, a.anchor()), null);
        } else if (r instanceof Resolution.ToDocument to) {
            return toDocument(scope, to);
        } else if (r instanceof Resolution.Asset asset) {
            return LinkTarget.internal(SitePaths.href(scope.page(), asset.path(), null),
                    SitePaths.href(PRINT, asset.path(), null), null);
        } else if (r instanceof Resolution.ToControl to) {
            return toControl(scope, to.control());
        } else if (r instanceof Resolution.ToClause to) {
            return toClause(scope, to.clause());
        } else if (r instanceof Resolution.LegacyControl) {
            return LinkTarget.broken("Broken link: " + r.target() + " is ISO/IEC 27001:2013 numbering", null);
        } else if (r instanceof Resolution.Unreadable u) {
            return LinkTarget.broken("Broken link: " + u.path() + " could not be read", null);
        }
        return LinkTarget.broken("Broken link: " + r.target() + " does not exist", null);
    }

    private LinkTarget toDocument(BodyScope scope, Resolution.ToDocument r) {
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
     * repeated under the section's own title ({@link io.github.ismshandbook.isms.model.PreparedBody#titleDropped()}): a link
     * to it goes to the section.
     */
    private static String printHref(Document target, String anchor) {
        return "#" + (anchor == null || anchor.equals(titleAnchor(target)) ? BodyScope.sectionId(target)
                : BodyScope.printPrefix(target) + anchor);
    }

    /** The anchor of the body's leading heading when it repeated the title and was left out, or {@code null}. */
    private static String titleAnchor(Document document) {
        return document.prepared().titleDropped() ? document.headings().get(0).anchor() : null;
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
