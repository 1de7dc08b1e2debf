package com.mailflow.designer.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mailflow.designer.ui.service.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AfterFirstFrameTest {
    private final List<String> ran = new ArrayList<>();
    private final AfterFirstFrame executor = new AfterFirstFrame(new CurrentThreadTaskExecutor());

    private void latest(String name) {
        executor.submitLatest(() -> name, ran::add, e -> ran.add("failed " + e));
    }

    @Test
    void holdsTheAnalysisUntilTheFirstFrameAndThenRunsOnlyTheNewest() {
        latest("sample");
        latest("opened file");
        assertEquals(List.of(), ran);
        executor.open();
        assertEquals(List.of("opened file"), ran);
        latest("edit");
        assertEquals(List.of("opened file", "edit"), ran);
    }

    @Test
    void ordinaryWorkIsNeverHeld() {
        executor.submit(() -> "export", ran::add, e -> ran.add("failed " + e));
        assertEquals(List.of("export"), ran);
    }

    @Test
    void openingWithNothingHeldRunsNothing() {
        executor.open();
        assertEquals(List.of(), ran);
    }
}
