package com.mailflow.designer.cli;

import com.mailflow.designer.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into version.properties (the same in the About box and the handout). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {AppVersion.productAndVersion()};
    }
}
