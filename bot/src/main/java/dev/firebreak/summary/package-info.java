/**
 * Incident summaries: what is failing, since when and the likely cause, built deterministically from evidence
 * (analyzer findings, log templates, events, recent changes), with an optional LLM narrative on top that only ever
 * sees redacted, budgeted evidence and whose answer is validated and shown as text.
 */
package dev.firebreak.summary;
