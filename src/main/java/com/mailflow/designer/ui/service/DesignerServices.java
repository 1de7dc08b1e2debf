package com.mailflow.designer.ui.service;

/** The side effects the designer needs; tests pass synchronous and scripted ones. */
public record DesignerServices(DialogService dialogs, TaskExecutor executor, RecentFiles recentFiles,
                               DocumentOpener opener) {
}
