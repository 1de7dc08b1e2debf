package com.mailflow.designer.export;

import com.mailflow.designer.export.text.TextWrap;

/** Lines of a PowerShell script; comments pass through {@link PowerShellText#comment}. */
final class ScriptBuilder {
    private final StringBuilder out = new StringBuilder();

    ScriptBuilder comment(String text) {
        return comment("", text);
    }

    /** A comment indented with the code it belongs to. */
    ScriptBuilder comment(String indent, String text) {
        out.append(indent).append(text.isEmpty() ? "#" : "# " + PowerShellText.comment(text)).append('\n');
        return this;
    }

    /** A paragraph of comment lines, wrapped at about 100 columns. */
    ScriptBuilder paragraph(String indent, String text) {
        for (String line : TextWrap.wrap(PowerShellText.comment(text), 96 - indent.length(), String::length)) {
            comment(indent, line);
        }
        return this;
    }

    ScriptBuilder line(String code) {
        out.append(code).append('\n');
        return this;
    }

    /** Lines as they are (a fixed block of the script's own code). */
    ScriptBuilder raw(String lines) {
        out.append(lines);
        if (!lines.endsWith("\n")) {
            out.append('\n');
        }
        return this;
    }

    ScriptBuilder blank() {
        out.append('\n');
        return this;
    }

    ScriptBuilder heading(String title) {
        return blank().comment("==== " + title + " ====");
    }

    String text() {
        return out.toString();
    }
}
