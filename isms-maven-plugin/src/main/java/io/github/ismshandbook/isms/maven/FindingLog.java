package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.model.Finding;
import org.apache.maven.plugin.logging.Log;

/** Findings on Maven's console: one line per finding (SPEC §4), at the log level of its severity. */
final class FindingLog {

    private FindingLog() {
    }

    static void print(Log log, Iterable<Finding> findings) {
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> log.error(f.toConsoleLine());
                case WARNING -> log.warn(f.toConsoleLine());
                default -> log.info(f.toConsoleLine());
            }
        }
    }
}
