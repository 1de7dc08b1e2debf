package com.mailflow.designer.ui;

/** The side effects the designer needs; tests pass synchronous and scripted ones. */
public record DesignerServices(DialogService dialogs, TaskExecutor executor, RecentFiles recentFiles,
                               DocumentOpener opener) {
}
