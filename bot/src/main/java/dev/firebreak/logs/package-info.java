/**
 * Log template mining for incident triage: a streaming Drain-style miner ({@link dev.firebreak.logs.TemplateMiner})
 * that masks variables, groups lines into templates with bounded memory, ranks templates by what matters during an
 * incident ({@link dev.firebreak.logs.TemplateRanking}) and the {@code logs mine} CLI
 * ({@link dev.firebreak.logs.LogsCommand}). JDK only: no third-party dependencies.
 */
package dev.firebreak.logs;
