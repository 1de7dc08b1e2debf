package com.mailflow.designer.export;

import com.mailflow.designer.Golden;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every export of every built-in template, with the real analyzer, compared whole against
 * src/test/resources/golden/export/templates/ID/. Regenerate with -Dgolden.update=true.
 */
class TemplateExportGoldenTest {
    static Stream<String> templates() {
        return TemplateCatalog.ids().stream();
    }

    private static Scenario load(String id) throws Exception {
        return TemplateCatalog.load(id).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void textFormatsMatchGolden(String id) throws Exception {
        Scenario scenario = load(id);
        Report report = new Analyzer().analyze(scenario);
        for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.SVG,
                ExportFormat.POWERSHELL, ExportFormat.ZONE)) {
            Golden.assertMatches("export/templates/" + id + "/handout." + format.extension(),
                    ExportText.render(format, scenario, report));
        }
        for (Map.Entry<String, String> e : ExportText.csvEntries(scenario, report).entrySet()) {
            Golden.assertMatches("export/templates/" + id + "/csv/" + e.getKey(), e.getValue());
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void pdfTextAndPageCountMatchGolden(String id) throws Exception {
        Scenario scenario = load(id);
        byte[] pdf = Exports.render(ExportFormat.PDF, scenario, new Analyzer().analyze(scenario),
                ExportFixtures.OPTIONS);
        Golden.assertMatches("export/templates/" + id + "/handout.pdf.txt",
                "pages: " + ExportText.pdfPages(pdf) + "\n" + ExportText.pdfText(pdf));
    }
}
