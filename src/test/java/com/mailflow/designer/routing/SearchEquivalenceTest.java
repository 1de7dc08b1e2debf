package com.mailflow.designer.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mailflow.designer.model.Link;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.model.ScenarioIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The router saves searches by reading paths from a forward search or from one search towards
 * several targets. On random dense graphs full of equal-length routes, those paths must be
 * exactly the ones a search towards each single target reads, ties included.
 */
class SearchEquivalenceTest {
    private static final int NODES = 14;

    private static MailGraph randomGraph(long seed) {
        Random random = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        nodes.add(Node.of("internet", NodeKind.INTERNET, "Internet"));
        for (int i = 1; i < NODES; i++) {
            nodes.add(Node.of("n" + i, NodeKind.GATEWAY, "n" + i));
        }
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < NODES * 3; k++) {
            String from = nodes.get(random.nextInt(NODES)).id();
            String to = nodes.get(random.nextInt(NODES)).id();
            if (!from.equals(to) && links.stream().noneMatch(l -> l.from().equals(from) && l.to().equals(to))) {
                links.add(random.nextInt(5) == 0 ? Link.scoped(from, to, List.of("other.example")) : Link.of(from, to));
            }
        }
        Scenario scenario = new Scenario("random " + seed, null, null, null, null, List.of(), nodes, links, Map.of(),
                Map.of());
        return new MailGraph(ScenarioIndex.of(scenario));
    }

    private static IntPredicate unscoped(MailGraph graph) {
        return link -> graph.link(link).carriesAll();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void forwardSearchReadsTheSamePathsAsSearchesTowardsEachTarget(long seed) {
        MailGraph graph = randomGraph(seed);
        for (int source = 1; source < NODES; source++) {
            PathsFrom forward = new PathsFrom(graph, source, unscoped(graph));
            for (int target = 1; target < NODES; target++) {
                ShortestPaths towards = new ShortestPaths(graph, target, unscoped(graph));
                assertArrayEquals(towards.path(source), forward.path(target), "seed " + seed + ", " + source + " to " + target);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
    void searchTowardsSeveralTargetsFindsTheEarliestNearestAndItsPath(long seed) {
        MailGraph graph = randomGraph(seed);
        int[] targets = {3, 7, 11};
        ShortestPaths nearest = new ShortestPaths(graph, targets, unscoped(graph));
        for (int source = 1; source < NODES; source++) {
            int best = -1;
            ShortestPaths bestPaths = null;
            for (int target : targets) {
                ShortestPaths single = new ShortestPaths(graph, target, unscoped(graph));
                if (single.reaches(source) && (best < 0 || single.distance(source) < bestPaths.distance(source))) {
                    best = target;
                    bestPaths = single;
                }
            }
            assertEquals(best, nearest.nearestTarget(source), "seed " + seed + ", nearest from " + source);
            assertArrayEquals(bestPaths == null ? ShortestPaths.NO_PATH : bestPaths.path(source), nearest.path(source),
                    "seed " + seed + ", path from " + source);
        }
    }
}
