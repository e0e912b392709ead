package dev.firebreak.console;

/** A sign-in with Slack that did not work out; the reason goes to the log, the user sees that it failed. */
class SignInException extends RuntimeException {
    SignInException(String reason) {
        super(reason);
    }
}
