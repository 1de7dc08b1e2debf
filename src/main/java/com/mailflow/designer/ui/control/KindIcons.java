package com.mailflow.designer.ui.control;

import com.mailflow.designer.model.NodeKind;
import org.kordamp.ikonli.javafx.FontIcon;

/** The icon of each node kind, shared by palette and canvas so they always match. */
public final class KindIcons {
    private KindIcons() {
    }

    public static String code(NodeKind kind) {
        return switch (kind) {
            case INTERNET -> "mdi2e-earth";
            case CLOUD_SERVICE -> "mdi2c-cloud-outline";
            case THIRD_PARTY_FILTER -> "mdi2f-filter-outline";
            case THIRD_PARTY_SERVICE -> "mdi2a-archive-outline";
            case GATEWAY -> "mdi2r-router-network";
            case MAIL_SERVER -> "mdi2s-server";
            case APP_SERVER -> "mdi2a-application-cog-outline";
            case DEVICE -> "mdi2p-printer";
        };
    }

    public static FontIcon icon(NodeKind kind, int size) {
        FontIcon icon = new FontIcon(code(kind));
        icon.setIconSize(size);
        icon.getStyleClass().add("kind-icon");
        return icon;
    }

    public static FontIcon icon(String code, int size) {
        FontIcon icon = new FontIcon(code);
        icon.setIconSize(size);
        return icon;
    }
}
