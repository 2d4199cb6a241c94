package io.github.ismshandbook.isms.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the preview runs.
 *
 * @param host     address to listen on; loopback by default, because the preview shows drafts
 * @param port     port to listen on, {@code 0} for any free port ({@link PreviewServer#port()} tells which)
 * @param siteRoot the built site; nothing outside it is ever served
 * @param watched  folders whose changes trigger a rebuild (the source folder, the theme overrides); missing
 *                 folders are left out
 * @param ignored  folders inside {@code watched} whose changes never trigger a rebuild (the build's own output)
 * @param debounce how long the files must stay quiet before a rebuild starts, so that a burst of saves
 *                 gives one rebuild
 */
public record PreviewSettings(String host, int port, Path siteRoot, List<Path> watched, List<Path> ignored,
                              Duration debounce) {

    public PreviewSettings {
        watched = List.copyOf(watched);
        ignored = List.copyOf(ignored);
    }
}
