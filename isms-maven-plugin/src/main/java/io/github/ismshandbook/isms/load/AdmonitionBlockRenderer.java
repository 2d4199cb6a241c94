package io.github.ismshandbook.isms.load;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders admonitions ({@code !!! note "Title"}) with the CSS classes of flexmark-ext-admonition
 * ({@code adm-block adm-note}, {@code adm-heading}, {@code adm-body}) but without its inline SVG sprite and
 * script, which the pages' Content-Security-Policy would block: the theme draws the icons in CSS, and a
 * collapsible admonition ({@code ???}, {@code ???+} open) is a {@code <details>} element that needs no script.
 */
final class AdmonitionBlockRenderer implements NodeRenderer {

    /** MkDocs' aliases, as flexmark-ext-admonition maps them. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("note", "note"), Map.entry("seealso", "note"),
            Map.entry("abstract", "abstract"), Map.entry("summary", "abstract"), Map.entry("tldr", "abstract"),
            Map.entry("info", "info"), Map.entry("todo", "info"),
            Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("important", "tip"),
            Map.entry("success", "success"), Map.entry("check", "success"), Map.entry("done", "success"),
            Map.entry("question", "question"), Map.entry("help", "question"), Map.entry("faq", "question"),
            Map.entry("warning", "warning"), Map.entry("caution", "warning"), Map.entry("attention", "warning"),
            Map.entry("failure", "failure"), Map.entry("fail", "failure"), Map.entry("missing", "failure"),
            Map.entry("danger", "danger"), Map.entry("error", "danger"),
            Map.entry("bug", "bug"), Map.entry("example", "example"), Map.entry("snippet", "example"),
            Map.entry("quote", "quote"), Map.entry("cite", "quote"));

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, AdmonitionBlockRenderer::render));
    }

    private static void render(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
        String qualifier = node.getInfo().toString().toLowerCase(Locale.ROOT).trim();
        String type = TYPES.getOrDefault(qualifier, "note");
        String marker = node.getOpeningMarker().toString();
        boolean collapsible = marker.startsWith("???");
        // !!! note "" means "no title bar", as in MkDocs
        boolean explicitTitle = !node.getTitleChars().isEmpty();
        String title = explicitTitle ? node.getTitle().unescape().trim() : defaultTitle(qualifier);
        String element = collapsible ? "details" : "div";

        html.attr("class", "adm-block adm-" + type);
        if (collapsible && marker.endsWith("+")) {
            html.attr("open", "");
        }
        if (!collapsible) {
            html.attr("role", "note");
        }
        html.withAttr().tagLine(element);
        if (collapsible || !title.isEmpty()) {
            String heading = collapsible ? "summary" : "p";
            html.attr("class", "adm-heading").withAttr().tag(heading)
                    .text(title.isEmpty() ? defaultTitle(qualifier) : title).tag("/" + heading).line();
        }
        html.attr("class", "adm-body").withAttr().tagLine("div");
        context.renderChildren(node);
        html.tagLine("/div");
        html.tagLine("/" + element);
    }

    private static String defaultTitle(String qualifier) {
        if (qualifier.isEmpty()) {
            return "Note";
        }
        return Character.toUpperCase(qualifier.charAt(0)) + qualifier.substring(1);
    }
}
