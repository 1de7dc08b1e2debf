package com.mailflow.designer.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.mailflow.designer.model.Scenario;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;

/** Loads scenario files: strict JSON, every problem reported with its path, never a half-read file. */
public final class ScenarioReader {
    private ScenarioReader() {
    }

    public static Scenario read(Path file) throws ScenarioFormatException {
        byte[] bytes;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ScenarioFormatException("", Files.isDirectory(file) ? "is a folder, not a scenario file"
                        : "is not a regular file (a device or pipe)");
            }
            if (Files.size(file) > Json.MAX_FILE_BYTES) {
                throw new ScenarioFormatException("", "the file is larger than " + (Json.MAX_FILE_BYTES >> 20)
                        + " MiB: this is not a scenario file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioFormatException("", "the file does not exist");
        } catch (IOException e) {
            throw new ScenarioFormatException("", "the file can't be read (" + AtomicFiles.readable(e) + ")");
        }
        return read(bytes);
    }

    /** Reads {@code file} and says which malformed optional parts of it were not used (the designer shows them). */
    public static LoadedScenario load(Path file) throws ScenarioFormatException {
        return LoadedScenario.of(read(file));
    }

    public static Scenario read(byte[] bytes) throws ScenarioFormatException {
        if (bytes.length > Json.MAX_FILE_BYTES) {
            throw new ScenarioFormatException("", "the input is larger than " + (Json.MAX_FILE_BYTES >> 20) + " MiB");
        }
        return read(decodeUtf8(bytes));
    }

    public static Scenario read(String json) throws ScenarioFormatException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioFormatException("", ParseMessages.readable(e));
        } catch (NumberFormatException e) {
            // Found by the fuzzer: 1e77777777777 parses as JSON but no BigDecimal holds its exponent.
            throw new ScenarioFormatException("", "not valid JSON: a number with an exponent this program can't hold");
        }
        if (root == null || root.isMissingNode()) {
            throw new ScenarioFormatException("", "the file is empty");
        }
        return new ScenarioDecoder().decode(root);
    }

    private static String decodeUtf8(byte[] bytes) throws ScenarioFormatException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ScenarioFormatException("", "the file is not UTF-8 text");
        }
    }
}
