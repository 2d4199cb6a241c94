package io.github.ismshandbook.isms.maven;

import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.report.ConsoleReport;
import org.apache.maven.plugin.logging.Log;

import java.util.List;

/** Findings on Maven's console (README, "Findings"): each line at the log level of its severity. */
final class FindingLog {

    private FindingLog() {
    }

    static void print(Log log, List<ConsoleReport.Line> lines) {
        for (ConsoleReport.Line line : lines) {
            switch (line.severity()) {
                case ERROR -> log.error(line.text());
                case WARNING -> log.warn(line.text());
                default -> log.info(line.text());
            }
        }
    }

    /** One line per finding, as {@link ConsoleReport#consoleLine} writes it. */
    static void print(Log log, ConsoleReport console, List<Finding> findings) {
        print(log, findings.stream().map(f -> new ConsoleReport.Line(f.severity(), console.consoleLine(f))).toList());
    }
}
