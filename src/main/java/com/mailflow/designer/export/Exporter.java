package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.model.Scenario;
import java.io.IOException;

/** One output format: the whole file as bytes, so {@link Exports} can write it atomically. */
interface Exporter {
    byte[] export(Scenario scenario, Report report, ExportOptions options) throws IOException;
}
