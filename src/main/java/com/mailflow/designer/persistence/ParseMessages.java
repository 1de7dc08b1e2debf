package com.mailflow.designer.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in words a consultant reads: what is wrong and where, never a Jackson
 * feature name, a Java class or a hint to "enable" something.
 */
final class ParseMessages {
    private record Rule(Pattern pattern, String message) {
    }

    private static final List<Rule> RULES = List.of(
            rule("Duplicate (?:Object property|field) [\"'](.{0,60})[\"']", "the key \"$1\" appears twice in one object"),
            rule("Unexpected end-of-input", "the file ends too early (is it cut off?)"),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)",
                    "a control character (code $1) inside a string; write it as an escape such as \\\\n"),
            rule("Unrecognized character escape '(.)'", "an unknown escape \\\\$1 in a string"),
            rule("Unrecognized token '?([^'\\s]{0,40})",
                    "'$1' is not JSON here (text needs double quotes; true, false and null are lower case)"),
            rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): expected a (?:valid )?value",
                    "a value is missing or is not JSON (text needs double quotes, not ')"),
            rule("Unexpected character \\('(.)' \\(code \\d+\\)\\)",
                    "unexpected '$1' (a missing or extra comma, quote or colon?)"),
            rule("Unexpected close marker '(.)'", "'$1' closes something that is not open"),
            rule("Trailing token|Unexpected token \\(.*\\), expected END_OF_STREAM|trailing",
                    "more text after the end of the scenario object"),
            rule("Leading zeroes|Invalid numeric value|Non-standard token|Number length|malformed number",
                    "a number that JSON does not allow"),
            rule("Invalid UTF-8|surrogate", "text that is not valid Unicode (a lone surrogate escape?)"));

    private ParseMessages() {
    }

    private static Rule rule(String regex, String message) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), message);
    }

    static String readable(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        if (e instanceof StreamConstraintsException) {
            return "the file is nested too deeply or holds an oversized value" + where;
        }
        return "not valid JSON" + where + ": " + reason(e.getOriginalMessage());
    }

    static String reason(String original) {
        String text = original == null ? "" : original;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find()) {
                // Only the matched part is rewritten; the rest of Jackson's text (hints, sources) is dropped.
                return rule.pattern().matcher(m.group()).replaceFirst(rule.message());
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("expected") ? "something else was expected here" : "the text does not parse";
    }
}
