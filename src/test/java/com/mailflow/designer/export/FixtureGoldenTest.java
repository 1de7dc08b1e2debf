package com.mailflow.designer.export;

import com.mailflow.designer.Golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whole outputs for the hand-built fixture report, one golden file per format. */
class FixtureGoldenTest {
    private final Scenario scenario = ExportFixtures.scenario();
    private final Report report = ExportFixtures.report();

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"HTML", "MARKDOWN", "SVG", "POWERSHELL", "ZONE"})
    void textFormatMatchesGolden(ExportFormat format) throws IOException {
        Golden.assertMatches("export/fixture/handout." + format.extension(),
                ExportText.render(format, scenario, report));
    }

    @Test
    void everyCsvTableMatchesGolden() throws IOException {
        Map<String, String> entries = ExportText.csvEntries(scenario, report);
        assertEquals(java.util.List.of("safelist.csv", "connectors.csv", "dns.csv", "findings.csv", "flows.csv"),
                java.util.List.copyOf(entries.keySet()));
        for (Map.Entry<String, String> e : entries.entrySet()) {
            Golden.assertMatches("export/fixture/csv/" + e.getKey(), e.getValue());
        }
    }

    @Test
    void pdfTextMatchesGolden() throws IOException {
        byte[] pdf = Exports.render(ExportFormat.PDF, scenario, report, ExportFixtures.OPTIONS);
        Golden.assertMatches("export/fixture/handout.pdf.txt",
                "pages: " + ExportText.pdfPages(pdf) + "\n" + ExportText.pdfText(pdf));
    }
}
