package com.mailflow.designer.export.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.edit.BoxSize;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeAttribute;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.persistence.TemplateCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class BoxTextTest {
    /** Where the canvas's connect handle and the 2-px selection border begin, from the box's left. */
    private static double clearRight(BoxText t) {
        return t.width() - BoxSize.PORT_RADIUS - 2;
    }

    @Test
    void everyFittedLineEndsBeforeTheConnectHandleAndTheSelectionBorder() throws Exception {
        ToDoubleFunction<String> name = TextMeasure.of(Diagram.TITLE_SIZE, true);
        ToDoubleFunction<String> detail = TextMeasure.of(Diagram.SUBTITLE_SIZE, false);
        List<Node> nodes = new ArrayList<>();
        for (String id : TemplateCatalog.ids()) {
            nodes.addAll(TemplateCatalog.load(id).orElseThrow().nodes());
        }
        nodes.add(Node.of("r", NodeKind.GATEWAY, "Relay")
                .with(NodeAttribute.HOSTNAME, "smtp-relay01.mail.northwind-traders-europe.example.com"));
        nodes.add(Node.of("w", NodeKind.MAIL_SERVER, "Exchange 2019 Mailbox Server (hybrid, site A)"));
        for (Node n : nodes) {
            BoxText t = BoxText.fit(n, name, detail);
            for (String line : t.nameLines()) {
                assertTrue(BoxSize.TEXT_LEFT + name.applyAsDouble(line) <= clearRight(t), n.id() + ": " + line);
            }
            assertTrue(BoxSize.TEXT_LEFT + detail.applyAsDouble(t.detail()) <= clearRight(t),
                    n.id() + ": " + t.detail());
        }
    }
}
