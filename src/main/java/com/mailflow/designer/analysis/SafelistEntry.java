package com.mailflow.designer.analysis;

/**
 * A row of the seed's table: IP address, type of server, purpose, add to IP safelist.
 *
 * @param address canonical form
 * @param list which list, when {@code add}; otherwise null
 * @param reason why it is (or is not) added
 */
public record SafelistEntry(String node, String address, String serverType, String purpose, boolean add,
                            SafelistList list, String reason) {
}
