package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.HandoutDetails;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.ScenarioReader;
import com.mailflow.designer.persistence.ScenarioWriter;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The cover a consultant signs: customer, author, date and logo, from the file's "handout" object. */
class HandoutCoverTest {
    private static String logo() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    @Test
    void coverShowsCustomerAuthorDateAndLogoInEveryHandout() throws Exception {
        Scenario s = TemplateCatalog.load("third-party-filter").orElseThrow();
        Scenario signed = new HandoutDetails("Contoso Ltd", "A. Consultant", "1 December 2026", logo()).applyTo(s);
        // Through the file, as the export command reads it.
        signed = ScenarioReader.read(ScenarioWriter.toJson(signed));
        Report r = new Analyzer().analyze(signed);
        String pdf = ExportText.pdfText(Exports.render(ExportFormat.PDF, signed, r, ExportOptions.defaults()));
        assertTrue(pdf.contains("Customer: Contoso Ltd"), pdf);
        assertTrue(pdf.contains("Prepared by: A. Consultant"));
        assertTrue(pdf.contains("Date: 1 December 2026"));
        String html = ExportText.render(ExportFormat.HTML, signed, r);
        assertTrue(html.contains("<dt>Customer</dt>") || html.contains("Customer"), html);
        assertTrue(html.contains("Contoso Ltd") && html.contains("data:image/png;base64,"));
        String md = ExportText.render(ExportFormat.MARKDOWN, signed, r);
        assertTrue(md.contains("- Customer: Contoso Ltd") && md.contains("- Prepared by: A. Consultant"), md);
        assertTrue(md.contains("- Date: 1 December 2026"));
    }

    @Test
    void withoutDetailsTheCoverIsAsBeforeAndTheFileHasNoHandoutObject() throws Exception {
        Scenario s = TemplateCatalog.load("third-party-filter").orElseThrow();
        assertFalse(ScenarioWriter.toJson(HandoutDetails.NONE.applyTo(s)).contains("\"handout\""));
        String md = ExportText.render(ExportFormat.MARKDOWN, s, new Analyzer().analyze(s));
        assertFalse(md.contains("Customer"));
        assertTrue(md.contains("- Date: "));
    }
}
