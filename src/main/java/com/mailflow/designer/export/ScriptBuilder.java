package com.mailflow.designer.export;

/** Lines of a PowerShell script; comments pass through {@link PowerShellText#comment}. */
final class ScriptBuilder {
    private final StringBuilder out = new StringBuilder();

    ScriptBuilder comment(String text) {
        out.append(text.isEmpty() ? "#" : "# " + PowerShellText.comment(text)).append('\n');
        return this;
    }

    ScriptBuilder line(String code) {
        out.append(code).append('\n');
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
