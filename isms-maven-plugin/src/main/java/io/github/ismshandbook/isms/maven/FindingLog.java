package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.report.ConsoleReport;
import org.apache.maven.plugin.logging.Log;

/** Findings on Maven's console: one line per finding (SPEC §4), at the log level of its severity. */
final class FindingLog {

    private FindingLog() {
    }

    static void print(Log log, Iterable<Finding> findings) {
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> log.error(ConsoleReport.line(f));
                case WARNING -> log.warn(ConsoleReport.line(f));
                default -> log.info(ConsoleReport.line(f));
            }
        }
    }
}
