package com.mailflow.designer.edit;

import com.mailflow.designer.model.Annotation;
import com.mailflow.designer.model.Annotations;
import com.mailflow.designer.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Add, edit, move and delete a text annotation: one undoable command each. */
public final class AnnotationEdits {
    private AnnotationEdits() {
    }

    public static Command add(String text, double x, double y) {
        return Command.of("Add text", s -> Annotations.with(s, append(Annotations.of(s),
                new Annotation(Annotations.freshId(s), text, Grid.snap(x), Grid.snap(y)))));
    }

    public static Command edit(String id, String text) {
        return Command.of("Edit text", s -> change(s, id, a -> a.withText(text)));
    }

    public static Command move(String id, double x, double y) {
        return Command.of("Move text", s -> change(s, id, a -> a.movedTo(Grid.snap(x), Grid.snap(y))));
    }

    public static Command delete(String id) {
        return Command.of("Delete text", s -> {
            List<Annotation> all = Annotations.of(s);
            return all.removeIf(a -> a.id().equals(id)) ? Annotations.with(s, all) : s;
        });
    }

    private static List<Annotation> append(List<Annotation> all, Annotation a) {
        List<Annotation> next = new ArrayList<>(all);
        next.add(a);
        return next;
    }

    /** The scenario with annotation {@code id} changed; itself (no undo step) when nothing changes. */
    private static Scenario change(Scenario s, String id, UnaryOperator<Annotation> edit) {
        List<Annotation> all = Annotations.of(s);
        boolean changed = false;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                Annotation next = edit.apply(all.get(i));
                changed |= !next.equals(all.get(i));
                all.set(i, next);
            }
        }
        return changed ? Annotations.with(s, all) : s;
    }
}
