package dev.firebreak.diagnostics;

/** Lets tests in other packages seed the shared mock cluster with the failing namespace. */
public final class FailingWorkloadsAccess {
    private FailingWorkloadsAccess() {}

    public static void seed() {
        FailingWorkloads.seed(MockKubernetes.server(), MockKubernetes.client());
    }
}
