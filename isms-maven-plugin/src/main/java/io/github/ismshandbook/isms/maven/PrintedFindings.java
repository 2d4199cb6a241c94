package io.github.ismshandbook.isms.maven;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the goals of this plugin have printed in the current build of a project, so that {@code build} and
 * {@code check}, both bound in {@code mvn verify}, print each finding once. Maven gives the goals of one plugin
 * in one project the same plugin context for the whole build; the first goal to print a validation records its
 * {@linkplain io.github.ismshandbook.isms.report.ConsoleReport#fingerprint fingerprint} there.
 */
final class PrintedFindings {

    static final String KEY = "io.github.ismshandbook.isms.printedFindings";

    private PrintedFindings() {
    }

    /**
     * Records {@code fingerprint} as printed; whether it is new in this build. Without a plugin context (a goal run
     * outside Maven's lifecycle) everything is new.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static boolean firstTime(Map pluginContext, String fingerprint) {
        if (pluginContext == null) {
            return true;
        }
        Set<String> printed = (Set<String>) pluginContext.computeIfAbsent(KEY, key -> ConcurrentHashMap.newKeySet());
        return printed.add(fingerprint);
    }
}
