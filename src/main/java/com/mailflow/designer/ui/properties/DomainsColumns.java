package com.mailflow.designer.ui.properties;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The Domains table's columns and how wide they must be so that no header is cut (a 1366-px
 * screen's default window cut "Purpose" and "Mailboxes on"). Apart from {@link DomainsView} so the
 * window can give its side panel this minimum before its first frame without loading the view,
 * which is built after it: the panel then never widens under a drawing already fitted to the view.
 */
public final class DomainsColumns {
    static final List<String> TITLES = List.of("Domain", "Purpose", "Mailboxes on");
    /**
     * The columns' widths when their headers need less. The domain's name is what people read
     * first, so it gets room for a usual one (fabrikam.com, contoso.co.uk).
     */
    private static final double[] WIDTHS = {116, 68, 104};
    /** A column header's left and right padding plus its border. */
    private static final double HEADER_PADDING = 20;
    /** Room for the table's vertical scroll bar and border. */
    private static final double SCROLL_BAR = 16;
    /** The Domains view's padding on each side (designer.css, {@code .domains}). */
    private static final double PADDING = 10;

    private DomainsColumns() {
    }

    /** The narrowest the side panel may be without cutting the table's headers. */
    public static double panelWidth() {
        return tableWidth() + 2 * PADDING;
    }

    static double tableWidth() {
        double sum = 0;
        for (int i = 0; i < TITLES.size(); i++) {
            sum += width(i);
        }
        return sum + SCROLL_BAR;
    }

    static double width(int i) {
        return Math.max(WIDTHS[i], headerWidth(TITLES.get(i)));
    }

    /**
     * Room for a header's title: its width in the theme's header font (bold, 14 px), a tenth more
     * for other platforms' fonts, and the header's padding.
     */
    private static double headerWidth(String title) {
        Text text = new Text(title);
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14));
        return Math.ceil(text.getLayoutBounds().getWidth() * 1.1) + HEADER_PADDING;
    }
}
