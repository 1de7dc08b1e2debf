package com.mailflow.designer.export;

import com.mailflow.designer.Golden;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.nio.charset.StandardCharsets;
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

    /** As the command line exports by default: the last stage, with every stage and the plan for a staged file. */
    private static ExportOptions options(Scenario file) {
        return ExportFixtures.OPTIONS.withStaged(StagedExport.of(file, file.lastStageId(), null));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void textFormatsMatchGolden(String id) throws Exception {
        Scenario file = load(id);
        ExportOptions options = options(file);
        Scenario scenario = file.inStage(file.lastStageId());
        Report report = options.staged().report();
        for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.SVG,
                ExportFormat.POWERSHELL, ExportFormat.ZONE)) {
            Golden.assertMatches("export/templates/" + id + "/handout." + format.extension(),
                    new String(Exports.render(format, scenario, report, options), StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, String> e : ExportText.csvEntries(scenario, report).entrySet()) {
            Golden.assertMatches("export/templates/" + id + "/csv/" + e.getKey(), e.getValue());
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void pdfTextAndPageCountMatchGolden(String id) throws Exception {
        Scenario file = load(id);
        ExportOptions options = options(file);
        byte[] pdf = Exports.render(ExportFormat.PDF, file.inStage(file.lastStageId()), options.staged().report(),
                options);
        Golden.assertMatches("export/templates/" + id + "/handout.pdf.txt",
                "pages: " + ExportText.pdfPages(pdf) + "\n" + ExportText.pdfText(pdf));
    }
}
