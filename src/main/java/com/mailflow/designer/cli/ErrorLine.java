package com.mailflow.designer.cli;

import com.mailflow.designer.export.text.TerminalText;
import java.io.PrintWriter;

/** The one shape of an error ({@code error: <path or file>: <what is wrong>}) and a warning, one line, escaped. */
final class ErrorLine {
    private ErrorLine() {
    }

    static void print(PrintWriter err, Object where, String what) {
        line(err, "error", where, what);
    }

    /** Something in the file that was not used, though the file loaded: {@code warning: <path>: <why>}. */
    static void warning(PrintWriter err, Object where, String what) {
        line(err, "warning", where, what);
    }

    private static void line(PrintWriter err, String kind, Object where, String what) {
        err.println(kind + ": " + TerminalText.escape(String.valueOf(where)) + ": " + TerminalText.escape(what));
        err.flush();
    }

    /** An error that belongs to no file (a wrong option). */
    static void plain(PrintWriter err, String what) {
        err.println("error: " + TerminalText.escape(what));
        err.flush();
    }

    /** A file that can't be written, with the reason {@link com.mailflow.designer.persistence.AtomicFiles} gave. */
    static void cantWrite(PrintWriter err, Object file, Exception e) {
        print(err, file, "can't be written (" + (e.getMessage() == null ? "the write failed" : e.getMessage()) + ")");
    }
}
