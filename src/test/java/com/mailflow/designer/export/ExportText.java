package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Exports as text, the way the tests compare them. */
final class ExportText {
    private ExportText() {
    }

    static String render(ExportFormat format, Scenario s, Report r) throws IOException {
        return new String(Exports.render(format, s, r, ExportFixtures.OPTIONS), StandardCharsets.UTF_8);
    }

    /** The zip's entries by name, as text. */
    static Map<String, String> csvEntries(Scenario s, Report r) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        byte[] zip = Exports.render(ExportFormat.CSV, s, r, ExportFixtures.OPTIONS);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pdfPages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
