package com.mailflow.designer.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    private static boolean designer(String... args) {
        return com.mailflow.designer.MainRouting.opensDesigner(args);
    }

    @Test
    void noArgumentsOrOneFileOpensTheDesigner() {
        assertTrue(designer());
        assertTrue(designer("my.mailflow.json"));
    }

    @Test
    void subcommandsAndOptionsGoToTheCommandLine() {
        assertFalse(designer("templates"));
        assertFalse(designer("analyze", "x.json"));
        assertFalse(designer("--help"));
        assertFalse(designer("a.json", "b.json"));
    }
}
