package io.github.ismshandbook.isms.check;

import io.github.ismshandbook.isms.model.BuildConfig;
import io.github.ismshandbook.isms.model.Catalog;
import io.github.ismshandbook.isms.model.ControlRef;
import io.github.ismshandbook.isms.model.DidYouMean;
import io.github.ismshandbook.isms.model.Document;
import io.github.ismshandbook.isms.model.DocumentStatus;
import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Handbook;
import io.github.ismshandbook.isms.model.Heading;
import io.github.ismshandbook.isms.model.Link;
import io.github.ismshandbook.isms.model.LinkKind;
import io.github.ismshandbook.isms.model.LinkResolver;
import io.github.ismshandbook.isms.model.Located;
import io.github.ismshandbook.isms.model.Position;
import io.github.ismshandbook.isms.model.Resolution;
import io.github.ismshandbook.isms.model.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The links of document bodies, as the handbook's link graph resolves them, which the site reads too:
 * <ul>
 *   <li>{@code broken-link}: a relative link to a file that is not there (or outside the source folder), a
 *       wiki link to no document, control or clause;</li>
 *   <li>{@code legacy-control}: a wiki link in ISO/IEC 27001:2013 numbering (instead of {@code broken-link});</li>
 *   <li>{@code broken-anchor}: a link to a heading anchor the target document lacks;</li>
 *   <li>{@code retired-referenced} and {@code draft-referenced}: an approved document that links to a retired
 *       document or a draft, in its body or in {@code related}. {@code supersedes} is not counted: naming the
 *       retired document it replaces is what it is for.</li>
 * </ul>
 * External URLs are never fetched. A link to a Markdown file that exists but could not be loaded, or to the id it
 * writes, is not broken: that file has its own finding.
 */
public final class LinkChecks implements Check {

    private static final int SUGGESTIONS = 3;

    @Override
    public List<Finding> check(Handbook handbook, BuildConfig config) {
        List<Finding> findings = new ArrayList<>();
        for (Document d : handbook.documents()) {
            boolean approved = d.frontMatter().status() == DocumentStatus.APPROVED;
            List<Resolution> resolved = handbook.links().of(d);
            for (int i = 0; i < resolved.size(); i++) {
                Link link = d.links().get(i);
                Resolution r = resolved.get(i);
                if (r instanceof Resolution.Missing missing) {
                    findings.add(broken(handbook, d, link, missing));
                } else if (r instanceof Resolution.LegacyControl) {
                    findings.add(legacy(handbook.catalog(), d, link));
                } else if (r instanceof Resolution.InDocument to) {
                    anchor(d, link, to).ifPresent(findings::add);
                    if (approved && to.document() != d) {
                        status(handbook, d, to.document(), link.position(), "Links to").ifPresent(findings::add);
                    }
                }
                // external URLs, assets, controls, clauses and unreadable files: nothing to say
            }
            if (approved) {
                for (Located<String> ref : d.frontMatter().related()) {
                    handbook.byId(Objects.requireNonNullElse(ref.value(), "").trim())
                            .filter(target -> target != d)
                            .flatMap(target -> status(handbook, d, target, ref.position(), "Names in related"))
                            .ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    /** {@code 9.9.9} or {@code 11}: bare numbers with other than two parts are clause-shaped, never controls. */
    private static boolean looksLikeClause(ControlRef ref) {
        return !ref.prefixed() && ref.parts() != 2;
    }

    private static Finding broken(Handbook handbook, Document d, Link link, Resolution.Missing r) {
        if (link.kind() == LinkKind.WIKI) {
            String ref = beforeHash(r.target());
            ControlRef parsed = ControlRef.parse(ref);
            if (parsed.numbered()) {
                return Findings.at(Rule.BROKEN_LINK, d, link.position(),
                        "Wiki link [[" + r.target() + "]] names no control or clause of " + handbook.catalog().name(),
                        looksLikeClause(parsed) ? ReferenceHints.unknownClauseHint(handbook.catalog(), ref)
                                : ReferenceHints.unknownControlHint(handbook.catalog(), ref));
            }
            List<String> ids = DocumentReferences.knownIds(handbook);
            return Findings.at(Rule.BROKEN_LINK, d, link.position(),
                    "Wiki link [[" + r.target() + "]] names no document, control or clause",
                    DocumentReferences.hint(ref, ids));
        }
        boolean leaves = LinkResolver.normalize(d.path(), r.path()) == null
                && Arrays.asList(r.path().replace('\\', '/').split("/")).contains("..");
        if (leaves) {
            return Findings.at(Rule.BROKEN_LINK, d, link.position(),
                    "Link target '" + r.target() + "' is outside the source folder",
                    "Link only to documents and files inside the handbook's source folder.");
        }
        return Findings.at(Rule.BROKEN_LINK, d, link.position(),
                "Link target '" + r.target() + "' does not exist (no file " + r.path() + ")",
                pathHint(handbook, d, r.path()));
    }

    private static String pathHint(Handbook handbook, Document d, String missing) {
        List<String> candidates = missing.endsWith(".md")
                ? handbook.documents().stream().map(Document::path).toList()
                : List.copyOf(handbook.assets());
        List<String> close = DidYouMean.closest(missing, candidates, SUGGESTIONS);
        if (close.isEmpty()) {
            return "Link to an existing file; paths are relative to this document's folder.";
        }
        return "Did you mean " + close.stream().map(p -> relative(d.path(), p)).collect(Collectors.joining(", ")) + "?";
    }

    private static Finding legacy(Catalog catalog, Document d, Link link) {
        String ref = beforeHash(link.target().trim());
        return Findings.at(Rule.LEGACY_CONTROL, d, link.position(), ReferenceHints.legacyMessage(ref),
                ReferenceHints.legacy(catalog, ref).orElse(null));
    }

    private static Optional<Finding> anchor(Document d, Link link, Resolution.InDocument r) {
        Document target = r.document();
        if (r.anchor() == null || target.hasAnchor(r.anchor())) {
            return Optional.empty();
        }
        String where = target == d ? "This document" : "Document '" + target.path() + "'";
        List<String> anchors = target.headings().stream().map(Heading::anchor).toList();
        List<String> close = DidYouMean.closest(r.anchor(), anchors, SUGGESTIONS);
        String hint;
        if (!close.isEmpty()) {
            hint = "Did you mean " + close.stream().map(a -> "#" + a).collect(Collectors.joining(", ")) + "?";
        } else if (anchors.isEmpty()) {
            hint = "The document has no headings to link to.";
        } else {
            hint = "Its heading anchors are " + anchors.stream().limit(5).map(a -> "#" + a)
                    .collect(Collectors.joining(", ")) + (anchors.size() > 5 ? ", …" : "") + ".";
        }
        return Optional.of(Findings.at(Rule.BROKEN_ANCHOR, d, link.position(),
                where + " has no heading with the anchor '#" + r.anchor() + "'", hint));
    }

    private static Optional<Finding> status(Handbook handbook, Document from, Document target, Position at,
                                            String verb) {
        String name = "'" + (target.id() != null ? target.id() : target.path()) + "'";
        if (target.frontMatter().status() == DocumentStatus.RETIRED) {
            String hint = successor(handbook, target)
                    .map(s -> "Link to " + s.id() + " instead, which supersedes it.")
                    .orElse("Link to the document that replaces it, or remove the link.");
            return Optional.of(Findings.at(Rule.RETIRED_REFERENCED, from, at,
                    verb + " retired document " + name, hint));
        }
        if (target.frontMatter().status() == DocumentStatus.DRAFT) {
            return Optional.of(Findings.at(Rule.DRAFT_REFERENCED, from, at,
                    verb + " draft " + name + ", which is not published",
                    "Approve the draft or remove the link."));
        }
        return Optional.empty();
    }

    /** A non-retired document whose {@code supersedes} names {@code retired}. */
    private static Optional<Document> successor(Handbook handbook, Document retired) {
        if (retired.id() == null) {
            return Optional.empty();
        }
        return handbook.documents().stream()
                .filter(d -> d.id() != null && d.frontMatter().status() != DocumentStatus.RETIRED)
                .filter(d -> d.frontMatter().supersedes().stream().anyMatch(s -> retired.id().equals(s.value())))
                .findFirst();
    }

    private static String beforeHash(String target) {
        int hash = target.indexOf('#');
        return (hash < 0 ? target : target.substring(0, hash)).trim();
    }

    /** The relative link from the document at {@code fromPath} to the file at {@code toPath}. */
    static String relative(String fromPath, String toPath) {
        List<String> from = new ArrayList<>(Arrays.asList(fromPath.split("/")));
        from.remove(from.size() - 1);
        List<String> to = Arrays.asList(toPath.split("/"));
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.size(); i++) {
            sb.append("../");
        }
        return sb.append(String.join("/", to.subList(common, to.size()))).toString();
    }
}
