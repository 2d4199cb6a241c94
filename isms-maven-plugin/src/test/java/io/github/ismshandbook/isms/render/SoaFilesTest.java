package io.github.ismshandbook.isms.render;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code soa.csv} and {@code soa.xlsx} hold the rows of {@code soa.html}, under the same header block. */
class SoaFilesTest {

    private static final List<String> HEADER_BLOCK = List.of("Handbook", "Acme Security Handbook", "Version", "2026.1",
            "Organisation", "Acme Ltd", "Date", "2026-03-01");

    @TempDir
    static Path project;

    private static Path site;

    @BeforeAll
    static void render() throws IOException {
        site = SampleHandbook.render(project);
    }

    /** Each control row of soa.html as the seven columns of the files; the theme comes from its row group. */
    private static List<List<String>> htmlRows() throws IOException {
        org.jsoup.nodes.Document soa = Jsoup.parse(site.resolve("soa.html").toFile(), "UTF-8");
        List<List<String>> rows = new ArrayList<>();
        for (Element body : soa.select("table.soa-table > tbody")) {
            String theme = body.selectFirst("tr.group-row > th").text();
            for (Element tr : body.select("tr.soa-row")) {
                rows.add(List.of(tr.selectFirst("th").text(), tr.selectFirst(".soa-title").text(), theme,
                        tr.selectFirst(".soa-applicability").text(), tr.selectFirst(".soa-justification").text(),
                        tr.selectFirst(".soa-status").text(),
                        tr.select(".soa-documents li").stream().map(Element::text).collect(Collectors.joining("; "))));
            }
        }
        return rows;
    }

    private static List<List<String>> csvRecords() throws IOException {
        String text = Files.readString(site.resolve("soa.csv"), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    @Test
    void theHtmlTableHasEveryControlWithInclusionsStatusesAndImplementingDocuments() throws IOException {
        List<List<String>> html = htmlRows();

        assertThat(html).hasSize(93);
        assertThat(html).filteredOn(r -> r.get(0).equals("A.5.15")).singleElement().isEqualTo(List.of("A.5.15",
                "Access control", "Organizational controls", "Yes",
                "Required by customer contracts, \"need to know\" for every system; reviewed yearly.", "Implemented",
                "Access Control Policy (POL-AC), version 2.10"));
        assertThat(html).filteredOn(r -> r.get(0).equals("A.8.5")).singleElement().isEqualTo(List.of("A.8.5",
                "Secure authentication", "Technological controls", "Yes",
                "Implemented by Access Control Policy, Password Standard", "Partially implemented",
                "Access Control Policy (POL-AC), version 2.10; Password Standard (STD-PW), version 1.3"));
        assertThat(html).filteredOn(r -> r.get(0).equals("A.5.1")).singleElement().isEqualTo(List.of("A.5.1",
                "Policies for information security", "Organizational controls", "Yes",
                "Management direction for information security.", "Planned", ""));
        assertThat(html).filteredOn(r -> r.get(0).equals("A.5.2")).singleElement().isEqualTo(List.of("A.5.2",
                "Information security roles and responsibilities", "Organizational controls", "Yes",
                "Not covered by any approved document", "Not stated", ""));
        assertThat(html).filteredOn(r -> r.get(0).equals("A.7.4")).singleElement().isEqualTo(List.of("A.7.4",
                "Physical security monitoring", "Physical controls", "No",
                "No physical premises of our own: offices are rented in a serviced building.", "", ""));
    }

    @Test
    void theCsvHasTheHeaderBlockThenTheRowsOfTheHtmlTable() throws IOException {
        List<List<String>> records = csvRecords();

        assertThat(records.subList(0, 4).stream().flatMap(List::stream).toList()).isEqualTo(HEADER_BLOCK);
        assertThat(records.get(4)).containsExactly("");
        assertThat(records.get(5)).containsExactly("Control", "Title", "Theme", "Applicable", "Justification", "Status",
                "Implementing documents");
        assertThat(records.subList(6, records.size())).isEqualTo(htmlRows());
    }

    @Test
    void theCsvIsRfc4180Utf8WithAByteOrderMark() throws IOException {
        byte[] bytes = Files.readAllBytes(site.resolve("soa.csv"));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text).endsWith("\r\n").doesNotContain("\n\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(text).contains("\r\nA.5.15,Access control,Organizational controls,Yes,\"Required by customer contracts, "
                + "\"\"need to know\"\" for every system; reviewed yearly.\",Implemented,"
                + "\"Access Control Policy (POL-AC), version 2.10\"\r\n");
        assertThat(text).contains("\r\nA.5.2,Information security roles and responsibilities,Organizational controls,Yes,"
                + "Not covered by any approved document,Not stated,\r\n");
    }

    @Test
    void theWorkbookHasTheHeaderBlockThenTheRowsOfTheHtmlTable() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(site.resolve("soa.xlsx"));
             ReadableWorkbook workbook = new ReadableWorkbook(in);
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Statement of Applicability");
            sheet.forEach(row -> rows.add(IntStream.range(0, 7).mapToObj(row::getCellText).toList()));
        }

        assertThat(rows.subList(0, 4)).extracting(r -> r.subList(0, 2))
                .containsExactly(HEADER_BLOCK.subList(0, 2), HEADER_BLOCK.subList(2, 4), HEADER_BLOCK.subList(4, 6),
                        HEADER_BLOCK.subList(6, 8));
        assertThat(rows.get(4)).containsExactly("Control", "Title", "Theme", "Applicable", "Justification", "Status",
                "Implementing documents");
        assertThat(rows.subList(5, rows.size())).isEqualTo(htmlRows());
    }

    @Test
    void theSoaPageLinksBothFiles() throws IOException {
        org.jsoup.nodes.Document soa = Jsoup.parse(site.resolve("soa.html").toFile(), "UTF-8");

        assertThat(soa.select(".soa-downloads a").eachAttr("href")).containsExactly("soa.csv", "soa.xlsx");
    }

    @Test
    void theWorkbookIsByteIdenticalForTheSameInputWithEveryDateFromToday() throws IOException {
        Path again = SampleHandbook.render(project.resolve("again"));

        assertThat(again.resolve("soa.xlsx")).hasSameBinaryContentAs(site.resolve("soa.xlsx"));
        assertThat(again.resolve("soa.csv")).hasSameBinaryContentAs(site.resolve("soa.csv"));
        try (ZipFile zip = new ZipFile(site.resolve("soa.xlsx").toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            assertThat(entries).extracting(ZipEntry::getName).contains("docProps/core.xml", "xl/worksheets/sheet1.xml");
            assertThat(entries).extracting(ZipEntry::getTimeLocal).containsOnly(LocalDateTime.of(2026, 3, 1, 0, 0));
            String core = new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(core).contains(">2026-03-01T00:00:00Z</dcterms:created>");
        }
    }
}
