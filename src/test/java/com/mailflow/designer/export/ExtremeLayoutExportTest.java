package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every layout the loader accepts (positions up to the format's bound, or none at all) exports in every format. */
class ExtremeLayoutExportTest {
    private static final String NODES = "\"nodes\": [{\"id\": \"internet\", \"kind\": \"internet\", \"name\": \"Internet\"},"
            + " {\"id\": \"exo\", \"kind\": \"cloud-service\", \"name\": \"Exchange Online\"},"
            + " {\"id\": \"gw\", \"kind\": \"gateway\", \"name\": \"Gateway\"}],"
            + " \"links\": [{\"from\": \"internet\", \"to\": \"exo\"}, {\"from\": \"exo\", \"to\": \"gw\"}]";

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("corners", "{\"internet\": {\"x\": -1e7, \"y\": -1e7}, \"exo\": {\"x\": 1e7, \"y\": 1e7},"
                        + " \"gw\": {\"x\": 1e7, \"y\": -1e7}}"),
                Arguments.of("far away, together", "{\"internet\": {\"x\": 1e7, \"y\": 1e7}, \"exo\": {\"x\": 1e7,"
                        + " \"y\": 1e7}, \"gw\": {\"x\": 9999999.5, \"y\": 9999999.25}}"),
                Arguments.of("a thin line", "{\"internet\": {\"x\": -1e7, \"y\": 0}, \"exo\": {\"x\": 1e7, \"y\": 0.5}}"),
                Arguments.of("none", "{}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void everyFormatExportsAndStaysFinite(String name, String layout) throws Exception {
        Scenario s = ScenarioReader.read("{\"format\": \"mailflow-scenario\", \"version\": 1, \"name\": \"t\","
                + " \"domains\": [], " + NODES + ", \"layout\": " + layout + "}");
        var report = new Analyzer().analyze(s);
        for (ExportFormat format : ExportFormat.values()) {
            byte[] bytes = Exports.render(format, s, report, ExportOptions.defaults());
            assertTrue(bytes.length > 0, format.toString());
        }
        String svg = new String(Exports.render(ExportFormat.SVG, s, report, ExportOptions.defaults()),
                StandardCharsets.UTF_8);
        assertFalse(svg.contains("Infinity") || svg.contains("NaN"), svg.substring(0, 300));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                Exports.render(ExportFormat.PNG, s, report, ExportOptions.defaults())));
        assertTrue(png.getWidth() >= 1 && png.getWidth() <= 16_000 && png.getHeight() >= 1 && png.getHeight() <= 16_000);
        byte[] pdf = Exports.render(ExportFormat.PDF, s, report, ExportOptions.defaults());
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }
}
