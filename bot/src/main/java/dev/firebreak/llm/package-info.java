/** The {@link dev.firebreak.summary.Narrator} on LangChain4j: OpenAI (or any compatible server), Anthropic, Ollama. */
package dev.firebreak.llm;
