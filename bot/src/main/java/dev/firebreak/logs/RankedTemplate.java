package dev.firebreak.logs;

import java.util.List;

/**
 * A template with the reasons it matters during an incident.
 *
 * @param template the mined template
 * @param score higher first; see {@link TemplateRanking} for the weights
 * @param newInWindow first seen inside the incident window while the baseline had none of it
 * @param burstRatio window rate over baseline rate (lines of this template per line seen); 0 without a window
 * @param reasons short human words for the score, e.g. "error", "new", "burst x6.0"
 */
public record RankedTemplate(LogTemplate template, int score, boolean newInWindow, double burstRatio,
        List<String> reasons) {
}
