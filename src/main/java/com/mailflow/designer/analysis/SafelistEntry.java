package com.mailflow.designer.analysis;

import java.util.List;

/**
 * A row of the seed's table: IP address, type of server, purpose, add to IP safelist.
 *
 * @param address canonical form
 * @param list which list, when {@code add}; otherwise null
 * @param realizedBy how the service is told to trust it ({@link RealizedBy#NONE} when not added)
 * @param allowList it goes on the connection filter's IP Allow List (Exchange Online)
 * @param entries what is entered for it where it is added: the address, or a wide range's /24 blocks
 * @param reason why it is (or is not) added
 */
public record SafelistEntry(String node, String address, String serverType, String purpose, boolean add,
                            SafelistList list, RealizedBy realizedBy, boolean allowList, List<String> entries,
                            String reason) {
    public SafelistEntry {
        entries = List.copyOf(entries);
    }
}
