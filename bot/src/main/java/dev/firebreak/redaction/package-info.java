/** The {@link dev.firebreak.incident.SecretMasking} every outbound path uses, on the Kubernetes module's redactor. */
package dev.firebreak.redaction;
