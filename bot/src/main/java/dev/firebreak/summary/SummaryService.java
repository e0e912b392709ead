package dev.firebreak.summary;

import dev.firebreak.incident.Incident;
import dev.firebreak.runbook.RunbookCatalog;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an incident summary: the deterministic one always; the LLM narrative on top when one is configured and its
 * answer is valid. Every exchange with the model is recorded for the incident, exactly as sent.
 */
@Singleton
public class SummaryService {
    private static final Logger LOG = LoggerFactory.getLogger(SummaryService.class);
    static final String PURPOSE = "summary";

    private final DeterministicSummarizer deterministic;
    private final Narrator narrator;
    private final PromptTemplates prompts;
    private final PromptEvidence promptEvidence;
    private final NarrativeParser parser;
    private final LlmExchangeRepository exchanges;
    private final RunbookCatalog catalog;
    private final LlmBudget budget;
    private final Clock clock;
    private final SummaryMetrics metrics;

    public SummaryService(DeterministicSummarizer deterministic, Narrator narrator, PromptTemplates prompts,
            PromptEvidence promptEvidence, NarrativeParser parser, LlmExchangeRepository exchanges,
            RunbookCatalog catalog, LlmBudget budget, Clock clock, SummaryMetrics metrics) {
        this.deterministic = deterministic;
        this.narrator = narrator;
        this.prompts = prompts;
        this.promptEvidence = promptEvidence;
        this.parser = parser;
        this.exchanges = exchanges;
        this.catalog = catalog;
        this.budget = budget;
        this.clock = clock;
        this.metrics = metrics;
    }

    public Summary summarize(Incident incident, Evidence evidence) {
        Summary base = deterministic.summarize(evidence, catalog.ids());
        if (!narrator.enabled() || !prompts.available() || evidence.isEmpty()) {
            return base;
        }
        String prompt = prompts.summary(promptEvidence.incident(incident),
                promptEvidence.evidence(evidence, budget.maxInputTokens()));
        Narrator.NarratorAnswer answer = null;
        try {
            answer = narrator.ask(prompt);
            Narrative narrative = parser.parse(answer.text());
            record(incident, prompt, answer, "used");
            return base.withNarrative(narrative, narrator.name());
        } catch (NarratorException e) {
            LOG.warn("LLM narrative for incident {} failed: {}", incident.id(), e.getMessage());
            record(incident, prompt, null, "fallback: " + e.getMessage());
            metrics.fellBack(PURPOSE, "error");
            return base.withFallback("the language model did not answer (" + e.getMessage() + ")");
        } catch (ModelAnswer.Invalid e) {
            record(incident, prompt, answer, "fallback: " + e.getMessage());
            metrics.fellBack(PURPOSE, "invalid");
            return base.withFallback("the language model's answer was not usable (" + e.getMessage() + ")");
        }
    }

    public List<LlmExchange> exchanges(long incidentId) {
        return exchanges.findByIncidentIdOrderByAt(incidentId);
    }

    private void record(Incident incident, String prompt, Narrator.NarratorAnswer answer, String outcome) {
        exchanges.save(new LlmExchange(null, incident.id(), PURPOSE, narrator.name(), PromptTemplates.SUMMARY, prompt,
                answer == null ? null : answer.text(), outcome.length() > 300 ? outcome.substring(0, 300) : outcome,
                answer == null ? null : answer.inputTokens(), answer == null ? null : answer.outputTokens(), clock.instant()));
    }
}
