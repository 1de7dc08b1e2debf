package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.analysis.Analyzer;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.HandoutDetails;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown handout's cover shows the logo as a PNG written beside it, linked by its relative name. */
class MarkdownLogoTest {
    @TempDir
    Path dir;

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(24, 12, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static Scenario withLogo(byte[] logo) throws Exception {
        Scenario s = TemplateCatalog.load("third-party-filter").orElseThrow();
        return new HandoutDetails("Contoso [EU] Ltd", "A. Consultant", null,
                logo == null ? null : Base64.getEncoder().encodeToString(logo)).applyTo(s);
    }

    private static Report report(Scenario s) {
        return new Analyzer().analyze(s);
    }

    @Test
    void aWrittenHandoutLinksItsLogoWrittenBesideIt() throws Exception {
        byte[] logo = png();
        Scenario s = withLogo(logo);
        Path md = dir.resolve("Contoso handout (draft).md");
        Exports.write(ExportFormat.MARKDOWN, s, report(s), md, ExportOptions.defaults());
        Path beside = dir.resolve("Contoso handout (draft)-logo.png");
        assertArrayEquals(logo, Files.readAllBytes(beside));
        String text = Files.readString(md, StandardCharsets.UTF_8);
        String first = text.lines().findFirst().orElseThrow();
        assertEquals("![Logo of Contoso \\[EU\\] Ltd](Contoso%20handout%20%28draft%29-logo.png)", first);
        String target = first.substring(first.indexOf("](") + 2, first.length() - 1);
        assertEquals(beside, md.resolveSibling(java.net.URLDecoder.decode(target, StandardCharsets.UTF_8)),
                "the link, decoded and resolved against the handout, is the logo file");
        assertTrue(text.contains("\n# "), "the title follows the logo");
    }

    @Test
    void withoutAFileOrWithoutALogoThereIsNoImage() throws Exception {
        Scenario s = withLogo(png());
        String rendered = new String(Exports.render(ExportFormat.MARKDOWN, s, report(s), ExportOptions.defaults()),
                StandardCharsets.UTF_8);
        assertFalse(rendered.contains("!["), "standard output carries no logo: " + rendered.lines().findFirst());

        Scenario plain = withLogo(null);
        Path md = dir.resolve("plain.md");
        Exports.write(ExportFormat.MARKDOWN, plain, report(plain), md, ExportOptions.defaults());
        assertFalse(Files.readString(md).contains("!["));
        assertFalse(Files.exists(dir.resolve("plain-logo.png")));
    }

    @Test
    void theLogoIsNamedAfterTheHandoutsStem() {
        assertEquals("handout-logo.png", MarkdownExport.logoName(Path.of("out", "handout.md")));
        assertEquals("contoso.handout-logo.png", MarkdownExport.logoName(Path.of("contoso.handout.md")));
        assertEquals("README-logo.png", MarkdownExport.logoName(Path.of("README")));
    }
}
