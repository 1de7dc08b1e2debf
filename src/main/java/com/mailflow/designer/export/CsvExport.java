package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip with one CSV file per table (safelist.csv, connectors.csv, dns.csv, findings.csv,
 * flows.csv), always, whatever the output name: one predictable shape for scripts. Each file is
 * UTF-8 with a byte order mark (so Excel reads accents right), CRLF lines, header row first.
 */
final class CsvExport implements Exporter {
    /** Fixed entry times make two exports of the same scenario byte-identical. */
    private static final FileTime EPOCH = FileTime.fromMillis(315_532_800_000L);

    @Override
    public byte[] export(Scenario scenario, Report report, ExportOptions options) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Table table : new HandoutTables(scenario, report).flatTables()) {
                ZipEntry entry = new ZipEntry(table.id() + ".csv");
                entry.setLastModifiedTime(EPOCH);
                zip.putNextEntry(entry);
                zip.write(csv(table).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(CsvText.row(table.headers()));
        table.rows().forEach(row -> out.append(CsvText.row(row)));
        return out.toString();
    }
}
