package com.mailflow.designer.persistence;

import com.mailflow.designer.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The built-in scenarios shipped under {@code assets/templates/}. They load through the same
 * reader as users' files, so a broken template fails its test like a broken file would.
 */
public final class TemplateCatalog {
    private static final String ROOT = "/assets/templates/";

    private TemplateCatalog() {
    }

    /** Template ids in catalog order (the order of {@code index.txt}). */
    public static List<String> ids() {
        try (InputStream in = resource("index.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n")).map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the template index is missing from the program", e);
        }
    }

    /** The template's scenario, or empty for an unknown id. */
    public static Optional<Scenario> load(String id) throws ScenarioFormatException {
        if (!ids().contains(id)) {
            return Optional.empty();
        }
        try (InputStream in = resource(id + ".mailflow.json")) {
            return Optional.of(ScenarioReader.read(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("the template " + id + " is missing from the program", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = TemplateCatalog.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException(ROOT + name + " not found");
        }
        return in;
    }
}
