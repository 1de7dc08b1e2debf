package com.mailflow.designer.export.diagram;

import com.mailflow.designer.edit.BoxSize;
import com.mailflow.designer.export.text.LineText;
import com.mailflow.designer.export.text.TextWrap;
import com.mailflow.designer.model.Node;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A node's box text fitted by the one rule the canvas and the exported diagram share: the box
 * grows with its name up to {@link BoxSize#MAX_WIDTH}, a longer name takes a second line (only a
 * name longer than two lines ends in an ellipsis), and the detail line (host name or addresses)
 * is cut to the box. Each renderer passes its own font's widths.
 *
 * @param nameLines one or two lines
 * @param detail what identifies the node to a mail administrator, fitted
 */
public record BoxText(List<String> nameLines, String detail, double width) {
    public BoxText {
        nameLines = List.copyOf(nameLines);
    }

    public static BoxText fit(Node n, ToDoubleFunction<String> nameWidth, ToDoubleFunction<String> detailWidth) {
        List<String> lines = TextWrap.wrap(LineText.oneLine(n.name()), BoxSize.MAX_TEXT_WIDTH, 2, nameWidth);
        double widest = lines.stream().mapToDouble(nameWidth).max().orElse(0);
        String detail = LineText.oneLine(detail(n));
        double width = BoxSize.widthFor(Math.max(widest, Math.min(detailWidth.applyAsDouble(detail),
                BoxSize.MAX_TEXT_WIDTH)));
        double room = width - BoxSize.TEXT_LEFT - BoxSize.TEXT_RIGHT;
        return new BoxText(lines, TextWrap.ellipsize(detail, room, detailWidth), width);
    }

    /** The detail line: the host name, else the addresses, else the kind. */
    public static String detail(Node n) {
        if (n.hostname().isPresent()) {
            return n.hostname().get();
        }
        if (!n.addresses().isEmpty()) {
            return String.join(", ", n.addresses());
        }
        return n.kind().displayName();
    }
}
