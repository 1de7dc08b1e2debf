package com.mailflow.designer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void inlineSyntaxIsEscapedAndHtmlBecomesEntities() {
        assertEquals("\\*bold\\* \\_x\\_ \\`code\\` \\[link\\](u) a\\|b &lt;b&gt; &amp;",
                MarkdownText.inline("*bold* _x_ `code` [link](u) a|b <b> &", false));
    }

    @Test
    void lineBreaksInTableCellsBecomeBrAndElsewhereSpaces() {
        assertEquals("a<br>b", MarkdownText.inline("a\r\nb", true));
        assertEquals("a b", MarkdownText.inline("a\nb", false));
    }

    @Test
    void blockMarkersAtALineStartAreEscaped() {
        assertEquals("\\# not a heading", MarkdownText.line("# not a heading"));
        assertEquals("\\- not a list", MarkdownText.line("- not a list"));
        assertEquals("1\\. not a list", MarkdownText.line("1. not a list"));
        assertEquals("  12\\) not a list", MarkdownText.line("  12) not a list"));
        assertEquals("&gt; not a quote", MarkdownText.line("> not a quote"));
        assertEquals("version 1. fine", MarkdownText.line("version 1. fine"));
    }
}
