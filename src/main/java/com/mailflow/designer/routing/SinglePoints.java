package com.mailflow.designer.routing;

import java.util.List;

/**
 * What one flow cannot do without: the nodes strictly between its ends, and the links, that every
 * path it could take passes, with the design's DNS and connectors as drawn (a failed MX host or
 * smart host is not routed around: the record and the connector still point at it).
 *
 * @param nodes in path order
 * @param links in path order
 */
public record SinglePoints(Flow flow, List<String> nodes, List<LinkEnds> links) {
    public SinglePoints {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }
}
