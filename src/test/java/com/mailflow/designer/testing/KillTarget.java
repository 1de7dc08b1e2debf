package com.mailflow.designer.testing;

import com.mailflow.designer.edit.Command;
import com.mailflow.designer.model.Node;
import com.mailflow.designer.model.NodeKind;
import com.mailflow.designer.model.Position;
import com.mailflow.designer.model.Scenario;
import com.mailflow.designer.persistence.AtomicFiles;
import com.mailflow.designer.persistence.RecoveryStore;
import com.mailflow.designer.ui.service.AutosaveService;
import com.mailflow.designer.ui.viewmodel.DocumentViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A child JVM for the kill tests, killed with SIGKILL at a random moment.
 * {@code save TARGET A B}: writes the bytes of file A, then B, then A... over TARGET, as fast as it can.
 * {@code autosave FOLDER NAME}: edits a scenario called NAME (moves a box) every few milliseconds, the
 * autosave service keeping a recovery copy in FOLDER. Prints "ready" once writing is under way.
 */
public final class KillTarget {
    private KillTarget() {
    }

    public static void main(String[] args) throws Exception {
        long exitAfter = Long.getLong("killtarget.exitAfterMs", 0);
        if (exitAfter > 0) {
            // The class-data warm-up run: exits normally so the JVM can write its archive.
            Thread exit = new Thread(() -> {
                try {
                    Thread.sleep(exitAfter);
                } catch (InterruptedException e) {
                    return;
                }
                System.exit(0);
            });
            exit.setDaemon(true);
            exit.start();
        }
        if (args[0].equals("save")) {
            Path target = Path.of(args[1]);
            byte[][] contents = {Files.readAllBytes(Path.of(args[2])), Files.readAllBytes(Path.of(args[3]))};
            for (long i = 0; ; i++) {
                AtomicFiles.write(target, contents[(int) (i & 1)]);
                if (i == 0) {
                    System.out.println("ready");
                    System.out.flush();
                }
            }
        }
        // Built here rather than read: the child starts faster without the reader's classes.
        Scenario start = Scenario.empty(args[2]).withNodes(List.of(Node.of("internet", NodeKind.INTERNET, "Internet"),
                Node.of("exo", NodeKind.CLOUD_SERVICE, "Exchange Online"), Node.of("gw", NodeKind.GATEWAY, "Gateway")));
        DocumentViewModel document = new DocumentViewModel(start);
        new AutosaveService(new RecoveryStore(Path.of(args[1])), Clock.systemUTC()).watch(document);
        String id = start.nodes().get(0).id();
        System.out.println("ready");
        System.out.flush();
        for (int i = 1; ; i++) {
            double x = i;
            document.execute(Command.of("Move", s -> s.withPositions(Map.of(id, new Position(x, 0)))));
            Thread.sleep(2);
        }
    }
}
