package io.github.ismshandbook.isms.render;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code soa.csv} and {@code soa.xlsx}: the rows of {@link SoaTable} under a header block (handbook, version,
 * organisation, date), for auditors who want the Statement of Applicability as a spreadsheet.
 * <p>
 * The CSV is RFC 4180 (CRLF line ends, fields quoted where needed), UTF-8 with a byte order mark so that a
 * spreadsheet program does not read it in the local code page. The workbook is written with fastexcel, then its
 * zip is rewritten with every entry dated {@code today} and the workbook's creation date set to {@code today}:
 * fastexcel stamps that date with the clock, and the same input must give the same bytes.
 */
final class SoaFiles {

    static final String CSV = "soa.csv";
    static final String XLSX = "soa.xlsx";
    private static final String SHEET = "Statement of Applicability";
    private static final String CORE_PROPERTIES = "docProps/core.xml";
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private final SiteModel model;
    private final List<SoaTable.Row> rows;

    SoaFiles(SiteModel model, List<SoaTable.Row> rows) {
        this.model = model;
        this.rows = rows;
    }

    void write(SiteOutput out) throws IOException {
        out.writeBytes(CSV, this::csv);
        out.write(XLSX, xlsx());
    }

    /** The lines above the table: label and value. */
    private List<List<String>> headerBlock() {
        SiteModel.SiteInfo info = model.info;
        return List.of(List.of("Handbook", text(info.title())), List.of("Version", text(info.version())),
                List.of("Organisation", text(info.organization())), List.of("Date", info.today()));
    }

    private void csv(OutputStream target) throws IOException {
        Writer writer = new OutputStreamWriter(target, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180); // not closed here: the site output closes the file
        for (List<String> line : headerBlock()) {
            csv.printRecord(line);
        }
        csv.println();
        csv.printRecord(SoaTable.HEADER);
        for (SoaTable.Row row : rows) {
            csv.printRecord(row.cells());
        }
        csv.flush();
    }

    private byte[] xlsx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "ISMS Handbook", null);
        workbook.properties().setTitle(SHEET);
        Worksheet sheet = workbook.newWorksheet(SHEET);
        int r = 0;
        for (List<String> line : headerBlock()) {
            sheet.value(r, 0, line.get(0));
            sheet.value(r, 1, line.get(1));
            sheet.style(r, 0).bold().set();
            r++;
        }
        r++; // an empty row, as in the CSV
        int header = r;
        for (int c = 0; c < SoaTable.HEADER.size(); c++) {
            sheet.value(header, c, SoaTable.HEADER.get(c));
        }
        sheet.range(header, 0, header, SoaTable.HEADER.size() - 1).style().bold().fillColor("D9E2F3").set();
        for (SoaTable.Row row : rows) {
            r++;
            List<String> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                sheet.value(r, c, cells.get(c));
            }
        }
        double[] widths = {10, 40, 24, 11, 60, 20, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
        sheet.range(header + 1, 4, Math.max(r, header + 1), 6).style().wrapText(true).verticalAlignment("top").set();
        sheet.freezePane(0, header + 1);
        workbook.finish();
        return reproducible(bytes.toByteArray(), model.config.today());
    }

    /**
     * The same zip with every entry dated {@code today} at midnight (local zip time: no time zone is involved) and
     * the workbook's creation date set to the same instant. The zip is read through its central directory:
     * fastexcel writes zip64 data descriptors, which {@link java.util.zip.ZipInputStream} misreads.
     */
    static byte[] reproducible(byte[] xlsx, LocalDate today) throws IOException {
        LocalDateTime stamp = today.atStartOfDay();
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        boolean dated = false;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get();
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                if (entry.getName().equals(CORE_PROPERTIES)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    String fixed = CREATED.matcher(xml).replaceFirst("$1" + today + "T00:00:00Z$2");
                    dated = !fixed.equals(xml);
                    content = fixed.getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(stamp);
                rewritten.putNextEntry(copy);
                rewritten.write(content);
                rewritten.closeEntry();
            }
        }
        if (!dated) {
            throw new IOException("The workbook has no creation date in " + CORE_PROPERTIES
                    + ": cannot make " + XLSX + " reproducible");
        }
        return out.toByteArray();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
