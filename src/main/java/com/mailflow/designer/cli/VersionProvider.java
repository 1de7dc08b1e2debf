package com.mailflow.designer.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (absent when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = MailflowCli.class.getPackage().getImplementationVersion();
        return new String[] {"Mailflow Designer " + (version == null ? "(development build)" : version)};
    }
}
