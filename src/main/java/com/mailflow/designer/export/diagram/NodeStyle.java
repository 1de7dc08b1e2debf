package com.mailflow.designer.export.diagram;

import com.mailflow.designer.model.NodeKind;

/** How each kind is drawn (scenario-format.md "drawn as"): outline, colours and icon. */
public enum NodeStyle {
    INTERNET(NodeShape.ELLIPSE, 0xE3F2FD, 0x1565C0),
    CLOUD_SERVICE(NodeShape.PILL, 0xE8EAF6, 0x283593),
    THIRD_PARTY_FILTER(NodeShape.HEXAGON, 0xFFF3E0, 0xE65100),
    THIRD_PARTY_SERVICE(NodeShape.HEXAGON, 0xFCE4EC, 0xAD1457),
    GATEWAY(NodeShape.RECT, 0xE8F5E9, 0x2E7D32),
    MAIL_SERVER(NodeShape.ROUNDED, 0xE0F7FA, 0x00838F),
    APP_SERVER(NodeShape.ROUNDED, 0xF3E5F5, 0x6A1B9A),
    DEVICE(NodeShape.ROUNDED, 0xECEFF1, 0x455A64);

    private final NodeShape shape;
    private final Rgb fill;
    private final Rgb stroke;

    NodeStyle(NodeShape shape, int fill, int stroke) {
        this.shape = shape;
        this.fill = Rgb.hex(fill);
        this.stroke = Rgb.hex(stroke);
    }

    public static NodeStyle of(NodeKind kind) {
        return valueOf(kind.name());
    }

    public NodeShape shape() {
        return shape;
    }

    public Rgb fill() {
        return fill;
    }

    public Rgb stroke() {
        return stroke;
    }
}
