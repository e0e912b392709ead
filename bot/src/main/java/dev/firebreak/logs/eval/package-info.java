/**
 * Evaluation helpers for the template miner: the Loghub grouping-accuracy metric and a reader for the labelled
 * Loghub 2k samples. Used by tests and benchmark mains only; depends on the JDK and {@code dev.firebreak.logs}.
 */
package dev.firebreak.logs.eval;
