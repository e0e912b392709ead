package dev.firebreak.integrations.kubernetes.analysis;

/**
 * The values of {@link Finding#failureClass()}, so callers can switch on them instead of on wording. Pod classes are
 * named after the Kubernetes reason an engineer sees in {@code kubectl get pods}.
 */
public final class FailureClasses {
    public static final String UNSCHEDULABLE = "Unschedulable";
    public static final String CRASH_LOOP = "CrashLoopBackOff";
    public static final String IMAGE_PULL = "ImagePullBackOff";
    public static final String INVALID_IMAGE_NAME = "InvalidImageName";
    public static final String CONTAINER_CONFIG = "CreateContainerConfigError";
    public static final String OOM_KILLED = "OOMKilled";
    public static final String EVICTED = "Evicted";
    public static final String PROBE_FAILURE = "ProbeFailure";
    public static final String CONTAINER_CREATING_STUCK = "ContainerCreatingStuck";
    public static final String INIT_CONTAINER_FAILURE = "InitContainerFailure";
    public static final String DEPLOYMENT_UNAVAILABLE = "DeploymentUnavailable";
    public static final String PROGRESS_DEADLINE_EXCEEDED = "ProgressDeadlineExceeded";
    public static final String REPLICASET_FAILED_CREATE = "ReplicaSetFailedCreate";
    public static final String STATEFULSET_UNAVAILABLE = "StatefulSetUnavailable";
    public static final String DAEMONSET_UNAVAILABLE = "DaemonSetUnavailable";
    public static final String DAEMONSET_MISSCHEDULED = "DaemonSetMisscheduled";
    public static final String JOB_FAILED = "JobFailed";
    public static final String CRONJOB_SUSPENDED = "CronJobSuspended";
    public static final String CRONJOB_INVALID_SCHEDULE = "CronJobInvalidSchedule";
    public static final String CRONJOB_LAST_JOB_FAILED = "CronJobLastJobFailed";
    public static final String SERVICE_NO_ENDPOINTS = "ServiceNoEndpoints";
    public static final String INGRESS_NO_CLASS = "IngressNoClass";
    public static final String INGRESS_BACKEND_MISSING = "IngressBackendMissing";
    public static final String INGRESS_TLS_SECRET_EMPTY = "IngressTlsSecretEmpty";
    public static final String PVC_PROVISIONING_FAILED = "PvcProvisioningFailed";
    public static final String NODE_NOT_READY = "NodeNotReady";
    // Node pressure classes are the node condition's own type.
    public static final String MEMORY_PRESSURE = "MemoryPressure";
    public static final String DISK_PRESSURE = "DiskPressure";
    public static final String PID_PRESSURE = "PIDPressure";
    public static final String NETWORK_UNAVAILABLE = "NetworkUnavailable";
    public static final String HPA_CANNOT_SCALE = "HpaCannotScale";
    public static final String HPA_MISSING_METRICS = "HpaMissingMetrics";

    private FailureClasses() {}
}
