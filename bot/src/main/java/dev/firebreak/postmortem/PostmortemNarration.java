package dev.firebreak.postmortem;

import dev.firebreak.summary.LlmBudget;
import dev.firebreak.summary.LlmExchange;
import dev.firebreak.summary.LlmExchangeRepository;
import dev.firebreak.summary.ModelAnswer;
import dev.firebreak.summary.Narrator;
import dev.firebreak.summary.NarratorException;
import dev.firebreak.summary.PromptEvidence;
import dev.firebreak.summary.PromptTemplates;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has the language model draft the narrative sections, when one is configured. It sees the record redacted
 * (credentials, e-mail addresses) and cut to the token budget; an invalid or missing answer leaves the deterministic
 * sections and says why. Every exchange is recorded like a summary's.
 */
@Singleton
class PostmortemNarration {
    static final String PURPOSE = "postmortem";
    private static final Logger LOG = LoggerFactory.getLogger(PostmortemNarration.class);
    private static final int CHARS_PER_TOKEN = 4;

    private final Narrator narrator;
    private final PromptTemplates prompts;
    private final PostmortemAnswerParser parser;
    private final LlmExchangeRepository exchanges;
    private final PromptEvidence promptEvidence;
    private final LlmBudget budget;
    private final Clock clock;

    PostmortemNarration(Narrator narrator, PromptTemplates prompts, PostmortemAnswerParser parser,
            LlmExchangeRepository exchanges, PromptEvidence promptEvidence, LlmBudget budget, Clock clock) {
        this.narrator = narrator;
        this.prompts = prompts;
        this.parser = parser;
        this.exchanges = exchanges;
        this.promptEvidence = promptEvidence;
        this.budget = budget;
        this.clock = clock;
    }

    PostmortemDraft narrate(PostmortemDraft draft) {
        if (!narrator.enabled() || !prompts.available()) {
            return draft;
        }
        String prompt = prompts.postmortem(clean("#" + draft.incidentId() + " " + draft.title() + " (" + draft.severity()
                + ", " + draft.status() + ", declared " + draft.declaredAt() + ", lasted " + draft.duration() + ")"), record(draft));
        Narrator.NarratorAnswer answer = null;
        try {
            answer = narrator.ask(prompt);
            PostmortemDraft.Narrative narrative = parser.parse(answer.text());
            save(draft.incidentId(), prompt, answer, "used");
            return draft.withNarrative(narrative, narrator.name(), null);
        } catch (NarratorException e) {
            LOG.warn("LLM postmortem draft for incident {} failed: {}", draft.incidentId(), e.getMessage());
            save(draft.incidentId(), prompt, null, "fallback: " + e.getMessage());
            return draft.withNarrative(draft.narrative(), "template", "the language model did not answer (" + e.getMessage() + ")");
        } catch (ModelAnswer.Invalid e) {
            save(draft.incidentId(), prompt, answer, "fallback: " + e.getMessage());
            return draft.withNarrative(draft.narrative(), "template", "the language model's answer was not usable (" + e.getMessage() + ")");
        }
    }

    /** Timeline first (it is the story), then diagnostics and summaries, each line redacted, within the budget. */
    private String record(PostmortemDraft d) {
        List<String> lines = new ArrayList<>();
        d.timeline().forEach(r -> lines.add("TIMELINE " + r.at() + " " + r.kind() + " " + r.actor() + ": " + r.text()));
        d.diagnostics().forEach(r -> lines.add("DIAGNOSTIC " + r.runbook() + " on " + r.cluster() + ": " + r.status() + " (" + r.steps() + ")"));
        d.summaries().forEach(s -> lines.add("SUMMARY " + s));
        StringBuilder out = new StringBuilder();
        int room = budget.maxInputTokens() * CHARS_PER_TOKEN;
        for (int i = 0; i < lines.size(); i++) {
            String line = clean(lines.get(i));
            if (out.length() + line.length() + 1 > room) {
                out.append("(").append(lines.size() - i).append(" more lines left out to stay within the budget)\n");
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString().strip();
    }

    private String clean(String text) {
        return promptEvidence.clean(text);
    }

    private void save(long incidentId, String prompt, Narrator.NarratorAnswer answer, String outcome) {
        exchanges.save(new LlmExchange(null, incidentId, PURPOSE, narrator.name(), PromptTemplates.POSTMORTEM, prompt,
                answer == null ? null : answer.text(), outcome.length() > 300 ? outcome.substring(0, 300) : outcome,
                answer == null ? null : answer.inputTokens(), answer == null ? null : answer.outputTokens(), clock.instant()));
    }
}
