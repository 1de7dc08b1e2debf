package com.mailflow.designer.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DiagramExportsTest {
    private static Scenario small() {
        return Scenario.empty("t").withNodes(List.of(Node.of("internet", NodeKind.INTERNET, "Internet"),
                Node.of("exo", NodeKind.CLOUD_SERVICE, "Exchange Online")));
    }

    private static BufferedImage png(Scenario s, double scale) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(DiagramExports.png(s, NodeMarks.NONE, scale)));
    }

    @Test
    void pngIsTheDiagramAtTheChosenScale() throws Exception {
        Diagram d = DiagramBuilder.build(small());
        BufferedImage one = png(small(), 1);
        BufferedImage three = png(small(), 3);
        assertEquals((int) Math.ceil(d.width()), one.getWidth());
        assertEquals((int) Math.ceil(d.height() * 3), three.getHeight());
    }

    @Test
    void pngShowsTheNodesInTheirColours() throws Exception {
        BufferedImage image = png(small(), 2);
        Diagram d = DiagramBuilder.build(small());
        NodeBox cloud = d.nodes().get(1);
        // Inside the cloud-service box, right of its text: its fill colour.
        int rgb = image.getRGB((int) ((cloud.x() + cloud.w() - 20) * 2), (int) (cloud.y() + cloud.h() - 8) * 2);
        assertEquals(NodeStyle.CLOUD_SERVICE.fill(), Rgb.hex(rgb & 0xffffff));
        assertEquals(0xffffff, image.getRGB(1, 1) & 0xffffff, "white background");
    }

    @Test
    void hugeDiagramsAreScaledDownInsteadOfExhaustingMemory() {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            nodes.add(Node.of("n" + i, NodeKind.APP_SERVER, "App " + i));
        }
        Diagram d = DiagramBuilder.build(Scenario.empty("big").withNodes(nodes));
        double s = DiagramExports.effectiveScale(d, 10);
        assertTrue(d.width() * s <= DiagramExports.MAX_SIDE && d.height() * s <= DiagramExports.MAX_SIDE);
        assertTrue(d.width() * s * d.height() * s <= DiagramExports.MAX_PIXELS * 1.0001);
    }
}
