/**
 * Secret redaction: the one step every outbound text goes through (Slack posts, stored timeline entries, LLM input,
 * Kubernetes step output).
 *
 * <p>Public surface: {@link dev.firebreak.integrations.redaction.RedactionEngine}. The rules are data
 * ({@code redaction-rules.txt}, derived from gitleaks' default rules, MIT) matched with RE2/J, which never backtracks;
 * private-key blocks are found by a hand-written scanner ({@code PrivateKeys}). Depends on RE2/J only: no Micronaut,
 * no vendor SDK, so any module can use it.
 */
package dev.firebreak.integrations.redaction;
