package com.mailflow.designer.export.diagram;

/** A colour the three renderers share. */
public record Rgb(int r, int g, int b) {
    public static final Rgb BLACK = new Rgb(0x21, 0x21, 0x21);
    public static final Rgb WHITE = new Rgb(0xff, 0xff, 0xff);
    public static final Rgb GREY = new Rgb(0x61, 0x61, 0x61);

    public static Rgb hex(int rgb) {
        return new Rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    public String css() {
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
