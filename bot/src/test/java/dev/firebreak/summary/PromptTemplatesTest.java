package dev.firebreak.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplatesTest {

    @Test
    void theShippedSummaryTemplateLoadsWithoutItsCommentLines() {
        PromptTemplates templates = new PromptTemplates(new PromptTemplates.Settings("../prompts"));

        String prompt = templates.summary("#7 Checkout down", "FAILURE CRITICAL Pod shop/api-1 CrashLoopBackOff");

        assertThat(templates.available()).isTrue();
        assertThat(prompt).contains("#7 Checkout down").contains("FAILURE CRITICAL Pod shop/api-1").contains("JSON")
                .doesNotContain("{{").doesNotContain("# version");
    }

    @Test
    void whatIsPutInIsNotFilledAgain(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(PromptTemplates.SUMMARY), "Incident: {{incident}}\nEvidence: {{evidence}}\n");
        Files.writeString(dir.resolve(PromptTemplates.POSTMORTEM), "Incident: {{incident}}\nEvidence: {{evidence}}\n");
        PromptTemplates templates = new PromptTemplates(new PromptTemplates.Settings(dir.toString()));

        String prompt = templates.summary("#7 {{evidence}} and $1 \\", "LOG LINE {{incident}}");

        assertThat(prompt).isEqualTo("Incident: #7 {{evidence}} and $1 \\\nEvidence: LOG LINE {{incident}}");
        assertThat(templates.postmortem("{{evidence}}", "E")).isEqualTo("Incident: {{evidence}}\nEvidence: E");
    }

    @Test
    void aTemplateWithoutItsPlaceholderStopsTheStart(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(PromptTemplates.SUMMARY), "Summarize {{incident}} please.");

        assertThatThrownBy(() -> new PromptTemplates(new PromptTemplates.Settings(dir.toString())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("{{evidence}}");
    }

    @Test
    void aConfiguredButMissingDirectoryStopsTheStart(@TempDir Path dir) {
        assertThatThrownBy(() -> new PromptTemplates(new PromptTemplates.Settings(dir.resolve("nope").toString())))
                .isInstanceOf(ConfigurationException.class);
    }
}
