{{- define "firebreak.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "firebreak.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "firebreak.labels" -}}
{{ include "firebreak.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "firebreak.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "firebreak.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The embedded H2 database lives in one pod's emptyDir: a second replica would have a database of its own. */}}
{{- define "firebreak.validate" -}}
{{- if and (gt (int .Values.replicaCount) 1) (not .Values.database.url) -}}
{{- fail (printf "replicaCount is %d, but database.url is empty: the embedded H2 database serves one replica only. Set database.url to a PostgreSQL database (jdbc:postgresql://host:5432/db) to run more than one." (int .Values.replicaCount)) -}}
{{- end -}}
{{- end -}}
