package com.mailflow.designer.ui.service;

import com.mailflow.designer.export.ExportFormat;
import java.nio.file.Path;
import java.util.Objects;

/** What File > Export was asked to do: which format, into which file, and whether to open it afterwards. */
public record ExportRequest(ExportFormat format, Path file, boolean openAfter) {
    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
    }

    /** The same request for another format: the file keeps its folder and name, with that format's extension. */
    public ExportRequest withFormat(ExportFormat next) {
        return new ExportRequest(next, FileNames.withExtension(file, next.extension()), openAfter);
    }
}
