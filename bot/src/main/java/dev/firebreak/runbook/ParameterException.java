package dev.firebreak.runbook;

/** A parameter value was refused at run time; the message is written for the person who asked to run the runbook. */
public class ParameterException extends Exception {
    private static final long serialVersionUID = 1L;

    public ParameterException(String message) {
        super(message);
    }
}
