package com.mailflow.designer.ui.app;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;

/**
 * A command of the window, shared by menu and toolbar so they never disagree.
 *
 * @param text a fixed label, or null when {@code dynamicText} is given (Undo "Move node")
 * @param disabled null when always enabled
 */
public record Action(String id, String text, ObservableStringValue dynamicText, String icon,
                     KeyCombination accelerator, Runnable run, ObservableBooleanValue disabled) {

    public static Action of(String id, String text, String icon, String accelerator, Runnable run) {
        return new Action(id, text, null, icon, accelerator == null ? null : KeyCombination.keyCombination(accelerator),
                run, null);
    }

    public Action disabledWhen(ObservableBooleanValue condition) {
        return new Action(id, text, dynamicText, icon, accelerator, run, condition);
    }

    public Action labelled(ObservableStringValue label) {
        return new Action(id, text, label, icon, accelerator, run, disabled);
    }
}
