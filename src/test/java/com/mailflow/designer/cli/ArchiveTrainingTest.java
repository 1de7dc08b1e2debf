package com.mailflow.designer.cli;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** The installer's archive training runs the command line once before the designer's start. */
class ArchiveTrainingTest {
    @Test
    void theTrainingCommandsSucceedAndLeaveStandardOutputAsItWas() {
        PrintStream before = System.out;

        assertTrue(ArchiveTraining.run(), "every command of the training exits 0 (renamed option or template?)");

        assertSame(before, System.out);
    }
}
