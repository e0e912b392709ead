package dev.firebreak.diagnostics;

import dev.firebreak.incident.ChatText;
import dev.firebreak.runbook.Step;
import jakarta.inject.Singleton;

/** Posts a step's result in the run's thread: short output inline, long output as a file with a preview. */
@Singleton
class StepReports {
    private static final int PREVIEW_LINES = 15;
    private final RunbookThreads threads;
    private final DiagnosticsSettings settings;

    StepReports(RunbookThreads threads, DiagnosticsSettings settings) {
        this.threads = threads;
        this.settings = settings;
    }

    void post(String channelId, String thread, Step step, StepResult result) {
        ChatText head = ChatText.ours(result.status() == StepStatus.OK ? ":white_check_mark: *" : ":x: *")
                .thenOutside(step.title()).then("* (`").thenOutside(step.action())
                .then("`" + (result.tookMs() == null ? "" : ", " + result.tookMs() + " ms") + ")");
        String output = result.output() == null || result.output().isBlank() ? "(no output)" : result.output();
        if (result.status() != StepStatus.OK || output.length() <= settings.inlineOutputChars()) {
            threads.reply(channelId, thread, head.then((result.truncated() ? " — output capped" : "") + "\n").thenCode(output));
            return;
        }
        String[] lines = output.split("\n");
        String preview = String.join("\n", java.util.Arrays.copyOf(lines, Math.min(PREVIEW_LINES, lines.length)));
        threads.reply(channelId, thread, head.then(" — " + lines.length + " lines, full output attached\n").thenCode(preview + "\n…"));
        threads.uploadText(channelId, thread, "run-" + result.runId() + "-" + step.id() + ".txt", output);
    }
}
