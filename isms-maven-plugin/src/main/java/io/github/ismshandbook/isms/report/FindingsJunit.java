package io.github.ismshandbook.isms.report;

import io.github.ismshandbook.isms.model.Finding;
import io.github.ismshandbook.isms.model.Severity;
import io.github.ismshandbook.isms.model.Validation;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code findings-junit.xml}: the JUnit XML that CI servers show as test results. One test case per document
 * (and per other file with a finding), one {@code <failure>} per error finding on it. Every finding of the
 * file is also listed in the test case's {@code <system-out>}, because several CI servers show only the first
 * failure of a test case and none show warnings. Findings about the handbook as a whole, with no file, are the
 * last test case, {@code (handbook)}.
 */
final class FindingsJunit {

    /** The JDK's own writer: its output does not change with whatever StAX implementation is on the classpath. */
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    private FindingsJunit() {
    }

    static byte[] of(Validation validation) throws IOException {
        List<String> files = new ArrayList<>(CheckedFiles.withFindings(validation));
        Map<String, List<Finding>> byFile = validation.findings().stream()
                .sorted(Finding.ORDER)
                .collect(Collectors.groupingBy(f -> f.isOnHandbook() ? ConsoleReport.HANDBOOK : f.file(), Collectors.toList()));
        if (validation.findings().stream().anyMatch(Finding::isOnHandbook)) {
            files.add(ConsoleReport.HANDBOOK);
        }
        long failed = files.stream().filter(f -> errors(byFile.getOrDefault(f, List.of())).findAny().isPresent()).count();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            counts(xml, files.size(), failed);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            counts(xml, files.size(), failed);
            for (String file : files) {
                testCase(xml, file, byFile.getOrDefault(file, List.of()));
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the JUnit report: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** {@code failures} counts failed test cases, as in Ant's and Surefire's reports, not failure elements. */
    private static void counts(XMLStreamWriter xml, long tests, long failures) throws XMLStreamException {
        xml.writeAttribute("name", FindingsReport.TOOL);
        xml.writeAttribute("tests", Long.toString(tests));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
    }

    private static void testCase(XMLStreamWriter xml, String file, List<Finding> findings) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        if (findings.isEmpty()) {
            xml.writeEmptyElement("testcase");
            testCaseName(xml, file);
            return;
        }
        xml.writeStartElement("testcase");
        testCaseName(xml, file);
        for (Finding error : errors(findings).toList()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", error.rule().id());
            xml.writeAttribute("message", ReportText.xmlAttribute(error.message()));
            xml.writeCharacters(ReportText.xml(ConsoleReport.line(error)));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n      ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(ReportText.xml(findings.stream().map(ConsoleReport::line).collect(Collectors.joining("\n"))));
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void testCaseName(XMLStreamWriter xml, String file) throws XMLStreamException {
        xml.writeAttribute("classname", "isms");
        xml.writeAttribute("name", ReportText.xmlAttribute(file));
    }

    private static Stream<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR);
    }
}
