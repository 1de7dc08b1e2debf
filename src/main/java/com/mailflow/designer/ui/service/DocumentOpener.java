package com.mailflow.designer.ui.service;

import java.nio.file.Path;

/** Opens a file in the program the desktop associates with it ("Open after export"); tests record the call. */
@FunctionalInterface
public interface DocumentOpener {
    void open(Path file);
}
