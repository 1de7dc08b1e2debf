package com.mailflow.designer.export.diagram;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.IdentifyBy;
import com.mailflow.designer.analysis.InboundConnector;
import com.mailflow.designer.analysis.Report;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.analysis.SafelistList;
import com.mailflow.designer.routing.Flow;
import com.mailflow.designer.routing.FlowKind;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The marks of every node, read from the analysis report: the one place that decides them, for
 * the canvas and every exported diagram alike.
 */
public final class NodeMarks {
    public static final NodeMarks NONE = new NodeMarks(Map.of());
    private final Map<String, Set<Mark>> marks;

    private NodeMarks(Map<String, Set<Mark>> marks) {
        this.marks = marks;
    }

    public static NodeMarks of(Report report) {
        if (report == null) {
            return NONE;
        }
        Map<String, Set<Mark>> marks = new HashMap<>();
        for (Flow f : report.flows()) {
            // An inbound flow enters from the Internet: its second hop is the domain's MX entry.
            if (f.kind() == FlowKind.INBOUND && f.path().size() > 1) {
                add(marks, f.path().get(1), Mark.MX);
            }
        }
        for (SafelistEntry e : report.safelist()) {
            if (e.add() && e.list() != null) {
                add(marks, e.node(), e.list() == SafelistList.GATEWAY_SERVERS ? Mark.GATEWAY_LIST : Mark.INTERNAL_LIST);
            }
        }
        for (Connector c : report.connectors()) {
            if (c instanceof InboundConnector in && in.identifyBy() != IdentifyBy.SMTP_AUTH) {
                Mark m = in.identifyBy() == IdentifyBy.CERTIFICATE ? Mark.CERTIFICATE : Mark.IP;
                in.nodes().forEach(n -> add(marks, n, m));
            }
        }
        return new NodeMarks(marks);
    }

    private static void add(Map<String, Set<Mark>> marks, String node, Mark mark) {
        marks.computeIfAbsent(node, k -> EnumSet.noneOf(Mark.class)).add(mark);
    }

    /** The node's marks in {@link Mark} order. */
    public List<Mark> of(String nodeId) {
        return List.copyOf(marks.getOrDefault(nodeId, Set.of()));
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }

    /** The nodes that carry a mark. */
    public Set<String> markedNodes() {
        return marks.keySet();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeMarks other && marks.equals(other.marks);
    }

    @Override
    public int hashCode() {
        return marks.hashCode();
    }
}
