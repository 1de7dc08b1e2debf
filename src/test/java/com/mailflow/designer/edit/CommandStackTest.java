package com.mailflow.designer.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final Scenario start = Scenarios.hybrid();
    private final CommandStack stack = new CommandStack(start);

    @Test
    void undoAndRedoWalkTheSnapshots() {
        stack.push(NodeEdits.rename("gw", "Edge"));
        Scenario renamed = stack.current();
        stack.undo();
        assertSame(start, stack.current());
        stack.redo();
        assertSame(renamed, stack.current());
        // Worded with the name the node had before the edit, not its id.
        assertEquals("Rename 'Gateway' to 'Edge'", stack.undoDescription().orElseThrow());
    }

    @Test
    void commandThatChangesNothingRecordsNothing() {
        assertFalse(stack.push(NodeEdits.rename("gw", "Gateway")));
        assertFalse(stack.canUndo());
        assertFalse(stack.isDirty());
    }

    @Test
    void newEditClearsRedo() {
        stack.push(NodeEdits.rename("gw", "A"));
        stack.undo();
        stack.push(NodeEdits.rename("gw", "B"));
        assertFalse(stack.canRedo());
    }

    @Test
    void dirtyFollowsTheSaveMarkThroughUndo() {
        stack.push(NodeEdits.rename("gw", "A"));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty());
        stack.redo();
        assertFalse(stack.isDirty());
    }

    @Test
    void pushFromAListenerIsRefused() {
        List<RuntimeException> caught = new ArrayList<>();
        stack.addListener(s -> {
            try {
                stack.push(NodeEdits.rename("exch", "Nested"));
            } catch (IllegalStateException e) {
                caught.add(e);
            }
        });
        stack.push(NodeEdits.rename("gw", "A"));
        assertEquals(1, caught.size());
        assertEquals("A", stack.current().node("gw").orElseThrow().name());
        assertEquals("Exchange", stack.current().node("exch").orElseThrow().name());
    }

    @Test
    void resetForgetsHistoryAndIsClean() {
        stack.push(NodeEdits.rename("gw", "A"));
        stack.reset(Scenario.empty("New"));
        assertFalse(stack.canUndo());
        assertFalse(stack.isDirty());
        assertThrows(java.util.NoSuchElementException.class, () -> stack.undoDescription().orElseThrow());
    }
}
