package org.jakstat.cli;

/** The input file cannot be read as the expected CSV; the message names the line and the fix. Exit code 2. */
public final class MalformedInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, where, and how to fix it */
    public MalformedInputException(String message) {
        super(message);
    }
}
