package com.mailflow.designer.ui.service;

/**
 * One entry of File > New: a template's title and what it is for in one line (its description's
 * first sentence), the full description for a tooltip.
 */
public record TemplateChoice(String id, String title, String summary, String description) {
    public static TemplateChoice of(String id, String title, String description) {
        String full = description == null ? "" : description.strip();
        int end = full.indexOf(". ");
        String summary = end < 0 ? full : full.substring(0, end + 1);
        return new TemplateChoice(id, title, summary, full);
    }
}
