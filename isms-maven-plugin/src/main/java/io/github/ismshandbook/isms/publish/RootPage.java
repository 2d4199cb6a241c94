package io.github.ismshandbook.isms.publish;

/**
 * The {@code index.html} at the root of the publish directory: a meta refresh to the latest version and,
 * for readers whose browser does not follow it, visible links to every version. No script, no style.
 */
final class RootPage {

    private RootPage() {
    }

    static String html(VersionIndex index) {
        // "latest/index.html", not "latest/": from file:// a folder URL shows a listing, not the page.
        String target = VersionIndex.LATEST + "/index.html";
        StringBuilder versions = new StringBuilder();
        for (VersionEntry e : index.entries()) {
            versions.append("<li><a href=\"").append(escape(e.version())).append("/index.html\">")
                    .append(escape(e.title())).append("</a>")
                    .append(e.isLatest() ? " (latest)" : "").append("</li>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="refresh" content="0; url=%1$s">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Handbook versions</title>
                <link rel="icon" href="data:,">
                </head>
                <body>
                <main>
                <h1>Handbook versions</h1>
                <p>Go to <a href="%1$s">the latest version</a>.</p>
                <ul>
                %2$s</ul>
                </main>
                </body>
                </html>
                """.formatted(target, versions);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
