package com.mailflow.designer.export;

import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.export.diagram.DiagramExports;
import com.mailflow.designer.export.diagram.NodeMarks;
import com.mailflow.designer.export.pdf.PdfHandout;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point for exports, shared by the command line and the designer. The whole
 * output is built in memory first and then written atomically, so a failed export never leaves
 * a half-written file where a good one was. Safe to call off the JavaFX thread; uses no JavaFX.
 */
public final class Exports {
    private Exports() {
    }

    /** Writes {@code format} to {@code out} with today's date and the default PNG scale. */
    public static void write(ExportFormat format, Scenario scenario, Report report, Path out) throws IOException {
        write(format, scenario, report, out, ExportOptions.defaults());
    }

    public static void write(ExportFormat format, Scenario scenario, Report report, Path out, ExportOptions options)
            throws IOException {
        if (format == ExportFormat.MARKDOWN) {
            // Markdown links its logo as a file beside it (the bytes alone, from render, have none).
            MarkdownExport.write(scenario, report, out, options);
            return;
        }
        AtomicFiles.write(out, render(format, scenario, report, options));
    }

    /** The file's bytes, without writing anything. */
    public static byte[] render(ExportFormat format, Scenario scenario, Report report, ExportOptions options)
            throws IOException {
        return exporter(format).export(scenario, report, options);
    }

    /** DNS records as BIND zone lines, each with its comments: what the zone export writes per domain. */
    public static String zoneLines(List<DnsRecord> records) {
        return ZoneExport.domainLines(records);
    }

    private static Exporter exporter(ExportFormat format) {
        return switch (format) {
            case PDF -> (s, r, o) -> PdfHandout.render(s, r, o);
            case HTML -> new HtmlExport();
            case MARKDOWN -> new MarkdownExport();
            case CSV -> new CsvExport();
            case PNG -> (s, r, o) -> DiagramExports.png(s, NodeMarks.of(r), o.pngScale());
            case SVG -> (s, r, o) -> DiagramExports.svg(s, NodeMarks.of(r));
            case POWERSHELL -> new PowerShellExport();
            case ZONE -> new ZoneExport();
        };
    }
}
