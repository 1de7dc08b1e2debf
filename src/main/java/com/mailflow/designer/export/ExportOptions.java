package com.mailflow.designer.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings that are not part of the scenario or its report.
 *
 * @param date the date printed on handouts (fixed in tests so golden files stay stable)
 * @param pngScale pixels per diagram unit for PNG; lowered automatically when the image would be huge
 * @param staged the stages, reports and plan of a staged file, or null (a file without stages)
 */
public record ExportOptions(LocalDate date, double pngScale, StagedExport staged) {
    public static final double DEFAULT_PNG_SCALE = 2.0;

    public ExportOptions {
        Objects.requireNonNull(date, "date");
        if (!(pngScale > 0 && pngScale <= 10)) {
            throw new IllegalArgumentException("the PNG scale must be above 0 and at most 10");
        }
    }

    public ExportOptions(LocalDate date, double pngScale) {
        this(date, pngScale, null);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(LocalDate.now(), DEFAULT_PNG_SCALE);
    }

    public ExportOptions withPngScale(double scale) {
        return new ExportOptions(date, scale, staged);
    }

    public ExportOptions withDate(LocalDate d) {
        return new ExportOptions(d, pngScale, staged);
    }

    public ExportOptions withStaged(StagedExport s) {
        return new ExportOptions(date, pngScale, s);
    }
}
