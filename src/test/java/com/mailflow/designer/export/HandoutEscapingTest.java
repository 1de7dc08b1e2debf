package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** User text in names, descriptions and report values can't become markup, script or formulas. */
class HandoutEscapingTest {
    private static String render(ExportFormat format) throws Exception {
        return ExportText.render(format, ExportFixtures.hostileScenario(), ExportFixtures.hostileReport());
    }

    @Test
    void htmlEscapesEverythingAndHasNoScript() throws Exception {
        String html = render(ExportFormat.HTML);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                "no event handler attribute");
    }

    @Test
    void htmlContentSecurityPolicyAllowsOnlyItsOwnStylesheet() throws Exception {
        String html = render(ExportFormat.HTML);
        Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")
                .matcher(html);
        assertTrue(csp.find());
        assertTrue(csp.group(1).startsWith("default-src 'none'; style-src 'sha256-"), csp.group(1));
        assertFalse(csp.group(1).contains("unsafe"), csp.group(1));
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertTrue(style.find());
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        assertTrue(csp.group(1).contains("'sha256-" + hash + "'"), "the hash matches the stylesheet");
        assertTrue(html.contains("@media print"));
    }

    @Test
    void svgIsWellFormedXmlWithTheNamesAsText() throws Exception {
        String svg = render(ExportFormat.SVG);
        assertFalse(svg.toLowerCase(Locale.ROOT).contains("<script"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(doc.getDocumentElement().getTextContent().contains("<script>alert(1)</"), "shown as text");
    }

    @Test
    void markdownShowsMarkupAsTextAndKeepsTablesIntact() throws Exception {
        String md = render(ExportFormat.MARKDOWN);
        assertFalse(md.contains("<script>"));
        assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        String piped = MarkdownText.inline("a|b", true);
        assertEquals("a\\|b", piped);
    }

    @Test
    void csvNeutralizesFormulasInEveryTable() throws Exception {
        Map<String, String> csv = ExportText.csvEntries(ExportFixtures.hostileScenario(), ExportFixtures.hostileReport());
        assertTrue(csv.get("safelist.csv").contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv.get("safelist.csv"));
        for (String table : csv.values()) {
            for (String line : table.split("\r\n")) {
                for (String cell : line.split(",")) {
                    String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertFalse(bare.startsWith("="), line);
                }
            }
        }
    }

    @Test
    void csvZipIsTheSameBytesEveryTime() throws Exception {
        byte[] first = Exports.render(ExportFormat.CSV, ExportFixtures.scenario(), ExportFixtures.report(),
                ExportFixtures.OPTIONS);
        byte[] second = Exports.render(ExportFormat.CSV, ExportFixtures.scenario(), ExportFixtures.report(),
                ExportFixtures.OPTIONS);
        assertArrayEquals(first, second);
    }

    @Test
    void zoneCommentsCannotStartARecord() throws Exception {
        String zone = render(ExportFormat.ZONE);
        for (String line : zone.split("\n")) {
            assertTrue(line.isEmpty() || line.startsWith(";") || line.matches("^[A-Za-z0-9_.-]+\\.\\t\\d+\\tIN\\t.*"),
                    line);
        }
    }
}
