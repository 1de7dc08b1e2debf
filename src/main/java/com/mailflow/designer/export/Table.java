package com.mailflow.designer.export;

import java.util.List;

/**
 * One handout table, rendered alike by PDF, HTML, Markdown and CSV. A cell may hold several
 * lines separated by {@code \n}.
 *
 * @param id a short file-name-safe name ({@code safelist}, {@code dns-contoso.com}, ...)
 */
public record Table(String id, String title, List<String> headers, List<List<String>> rows) {
    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
