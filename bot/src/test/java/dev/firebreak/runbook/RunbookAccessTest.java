package dev.firebreak.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunbookAccessTest {
    private static Runbook runbook(Audience allowed, Audience approvers) {
        return new Runbook("demo", "Demo", "d", List.of("*"), allowed, approvers, List.of(), List.of(), "demo.yaml");
    }

    private final Runbook open = runbook(Audience.EVERYONE, Audience.NOBODY);
    private final Runbook guarded = runbook(new Audience(false, Set.of("UALICE"), Set.of("SONCALL")),
            new Audience(false, Set.of("UBOB"), Set.of("SLEADS")));

    @Test
    void anyoneMayRunARunbookWithoutAllowed() {
        assertThat(RunbookAccess.mayRun(open, "U999", Set.of())).isTrue();
        assertThat(RunbookAccess.mayRun(open, null, Set.of())).isFalse();
        assertThat(RunbookAccess.mayRun(open, "", Set.of())).isFalse();
    }

    @Test
    void onlyListedUsersAndGroupMembersMayRunARestrictedRunbook() {
        assertThat(RunbookAccess.mayRun(guarded, "UALICE", Set.of())).isTrue();
        assertThat(RunbookAccess.mayRun(guarded, "UCAROL", Set.of("SONCALL"))).isTrue();
        assertThat(RunbookAccess.mayRun(guarded, "UCAROL", Set.of("SOTHER"))).isFalse();
        assertThat(RunbookAccess.mayRun(guarded, "UCAROL", null)).isFalse();
    }

    @Test
    void approverMustBeListedAndSomeoneElseThanTheRequester() {
        assertThat(RunbookAccess.mayApprove(guarded, "UBOB", Set.of(), "UALICE")).isTrue();
        assertThat(RunbookAccess.mayApprove(guarded, "UDAN", Set.of("SLEADS"), "UALICE")).isTrue();
        assertThat(RunbookAccess.mayApprove(guarded, "UBOB", Set.of(), "UBOB")).isFalse();
        assertThat(RunbookAccess.mayApprove(guarded, "UDAN", Set.of("SLEADS"), "UDAN")).isFalse();
        assertThat(RunbookAccess.mayApprove(guarded, "UALICE", Set.of("SONCALL"), "UBOB")).isFalse();
        assertThat(RunbookAccess.mayApprove(guarded, null, Set.of("SLEADS"), "UALICE")).isFalse();
    }

    @Test
    void nobodyMayApproveWhenNoApproversAreDeclaredAndEveryoneStillExcludesTheRequester() {
        assertThat(RunbookAccess.mayApprove(open, "UBOB", Set.of(), "UALICE")).isFalse();
        Runbook anyApprover = runbook(Audience.EVERYONE, Audience.EVERYONE);
        assertThat(RunbookAccess.mayApprove(anyApprover, "UBOB", Set.of(), "UALICE")).isTrue();
        assertThat(RunbookAccess.mayApprove(anyApprover, "UALICE", Set.of(), "UALICE")).isFalse();
    }
}
