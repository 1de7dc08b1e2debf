package com.mailflow.designer.export;

import com.mailflow.designer.analysis.Connector;
import com.mailflow.designer.analysis.DnsRecord;
import com.mailflow.designer.analysis.Finding;
import com.mailflow.designer.analysis.SafelistEntry;
import com.mailflow.designer.plan.Step;
import com.mailflow.designer.routing.Flow;
import java.util.List;

/**
 * The columns of each results table, the one definition the designer's results tabs and the
 * handouts ({@link HandoutTables}, {@link HandoutPart}'s plan tables) both read: a column added or
 * reworded here changes both.
 */
public final class ResultColumns {
    static final String PATH_ARROW = " \u2192 ";

    private ResultColumns() {
    }

    public static List<Column<Flow>> flows() {
        return List.of(
                Column.of("Flow", 125, (f, n) -> f.kind().id()),
                Column.of("Domain", 140, (f, n) -> f.domain()),
                Column.<Flow>of("From", 150, (f, n) -> n.name(f.from())).only(Column.Shown.SCREEN_ONLY),
                Column.<Flow>of("To", 150, (f, n) -> n.name(f.to())).only(Column.Shown.SCREEN_ONLY),
                Column.of("Path", 700, (f, n) -> n.names(f.path(), PATH_ARROW)));
    }

    /** The seed's columns (000_68440aab94c74924.txt), plus which of its two lists and how. */
    public static List<Column<SafelistEntry>> safelist() {
        return List.of(
                Column.of("IP address", 140, (e, n) -> e.address()),
                Column.of("Type of server", 130, (e, n) -> orEmpty(e.serverType())),
                Column.of("Purpose", 260, (e, n) -> orEmpty(e.purpose())),
                Column.of("Add to IP safelist", 150, (e, n) -> e.add() ? "Yes" : "No"),
                Column.of("List", 130, (e, n) -> e.list() == null ? "" : e.list().displayName()),
                Column.of("How", 330, (e, n) -> HandoutTables.how(e)),
                Column.<SafelistEntry>of("Node", 150, (e, n) -> n.name(e.node())).only(Column.Shown.SCREEN_ONLY),
                Column.<SafelistEntry>of("Reason", 700, (e, n) -> orEmpty(e.reason())).only(Column.Shown.SCREEN_ONLY));
    }

    public static List<Column<Connector>> connectors() {
        return List.of(
                Column.of("Direction", 90, (c, n) -> c.direction().id()),
                Column.of("Type", 110, (c, n) -> c.type().id()),
                Column.of("Name", 180, (c, n) -> c.name()),
                Column.of("Nodes", 200, (c, n) -> n.names(c.nodes(), ", ")),
                Column.of("Settings", 800, (c, n) -> String.join("\n", ConnectorSettings.describe(c))));
    }

    /** The first column, the domain, is left out of the handouts' per-domain tables. */
    public static List<Column<DnsRecord>> dns() {
        return List.of(
                Column.of("Domain", 120, (d, n) -> d.domain()),
                Column.of("Name", 260, (d, n) -> d.name()),
                Column.of("Type", 70, (d, n) -> d.type().name()),
                Column.of("Priority", 75, (d, n) -> d.priority() == null ? "" : d.priority().toString()),
                Column.of("TTL", 55, (d, n) -> Integer.toString(d.ttl())),
                Column.of("Value", 600, (d, n) -> d.value()),
                Column.of("Note", 400, (d, n) -> orEmpty(d.why())
                        + (d.verify() ? (d.why() == null ? "" : "\n") + DnsNotes.VERIFY : "")));
    }

    /** The first column, the severity, is a word on paper and an icon on screen. */
    public static List<Column<Finding>> findings() {
        return List.of(
                Column.<Finding>of("Severity", 80, (f, n) -> f.severity().id()).only(Column.Shown.HANDOUT_ONLY),
                Column.of("Code", 230, (f, n) -> f.code()),
                Column.of("Nodes", 200, (f, n) -> n.names(f.nodes(), ", ")),
                Column.of("Domain", 110, (f, n) -> orEmpty(f.domain())),
                Column.of("Message", 1400, (f, n) -> f.message()));
    }

    /** A transition's steps: the Plan tab and the handouts' plan tables (plan.md section 3). */
    public static List<Column<Step>> plan() {
        return List.of(
                Column.of("Step", 45, (s, n) -> String.valueOf(s.n())),
                Column.of("Phase", 80, (s, n) -> s.phase().title()),
                Column.of("What", 520, (s, n) -> String.join("\n", PlanWording.what(s))),
                Column.of("Check", 380, (s, n) -> orEmpty(s.check())),
                Column.of("Rollback", 300, (s, n) -> orEmpty(s.rollback())));
    }

    /** The handout's headers of {@code columns}. */
    static <T> List<String> headers(List<Column<T>> columns) {
        return columns.stream().filter(Column::inHandout).map(Column::header).toList();
    }

    /** One handout row: the cells of the columns handouts print. */
    static <T> List<String> row(List<Column<T>> columns, T item, NodeNames names) {
        return columns.stream().filter(Column::inHandout).map(c -> c.text(item, names)).toList();
    }

    private static String orEmpty(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}
