/**
 * One handler per {@code /incident} command, found by the command's type ({@link dev.firebreak.slack.commands.CommandHandlers}
 * refuses to start while a command has no handler). Handlers answer with the text the user sees; they do not use the
 * Slack SDK.
 */
package dev.firebreak.slack.commands;
