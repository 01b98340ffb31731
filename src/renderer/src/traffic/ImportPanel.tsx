import { Alert, Button, FileButton, Paper, Progress, Select, Stack, Text, Group } from '@mantine/core';
import { Upload } from 'lucide-react';
import { useState, type DragEvent } from 'react';
import { formatNumber } from '../../../shared/engine/format';
import type { TrafficFormatOption } from '../../../shared/traffic';
import { optionsOf, SeriesPicker, ValueKindQuestion, VALUES_ARE, type ValuesAre } from './ImportAnswers';
import type { ImportOptions, ImportState } from './use-traffic-import';

interface ImportPanelProps {
  state: ImportState;
  onFile(file: File, options: ImportOptions): void;
  /** Read the last file again with these options changed (an answer to the import's question, a series). */
  onAgain(change: ImportOptions): void;
  onCancel(): void;
}

const FORMATS: { value: TrafficFormatOption; label: string }[] = [
  { value: 'auto', label: 'Detect from the content' },
  { value: 'csv', label: 'CSV (timestamp, value)' },
  { value: 'datadog', label: 'Datadog (CSV, v1 query or v2 timeseries JSON)' },
  { value: 'cloudwatch', label: 'CloudWatch (CLI JSON or console CSV)' },
  { value: 'prometheus', label: 'Prometheus / Thanos range query (JSON)' },
  { value: 'victoriametrics', label: 'VictoriaMetrics export (JSON lines)' },
  { value: 'grafana', label: 'Grafana CSV (also "for Excel")' },
  { value: 'azure', label: 'Azure Monitor metrics (JSON)' },
  { value: 'gcp', label: 'Google Cloud Monitoring timeSeries (JSON)' },
  { value: 'newrelic', label: 'New Relic NRQL TIMESERIES (JSON)' },
  { value: 'kibana', label: 'Kibana Lens CSV' },
];

function megabytes(bytes: number): string {
  return `${formatNumber(bytes / 1_048_576, 1)} MB`;
}

/** File choice (button or drop), how to read it, progress with Cancel, and the outcome. */
export function ImportPanel({ state, onFile, onAgain, onCancel }: ImportPanelProps) {
  const [format, setFormat] = useState<TrafficFormatOption>('auto');
  const [values, setValues] = useState<ValuesAre>('detect');
  const [dragging, setDragging] = useState(false);
  const running = state.status === 'running';

  function take(file: File | null | undefined): void {
    if (file && !running) onFile(file, { format, ...optionsOf(values) });
  }
  function answer(v: ValuesAre): void {
    setValues(v);
    onAgain(optionsOf(v));
  }
  function onDrop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files[0]);
  }

  return (
    <Paper withBorder p="sm" data-testid="traffic-import">
      <Stack gap="xs">
        <Text fw={600} size="sm">Import history</Text>
        <div
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          style={{
            border: `1px dashed var(--mantine-color-${dragging ? 'indigo-5' : 'gray-4'})`,
            borderRadius: 4,
            padding: 12,
            background: dragging ? 'var(--mantine-color-indigo-0)' : 'var(--mantine-color-gray-0)',
            textAlign: 'center',
          }}
        >
          <FileButton onChange={take} accept=".csv,.tsv,.txt,.json,text/csv,application/json" disabled={running}>
            {(props) => (
              <Button {...props} size="xs" leftSection={<Upload size={14} />} disabled={running} data-testid="traffic-choose-file">
                Choose a file…
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed" mt={4}>or drop a CSV / JSON export here</Text>
        </div>
        <Select size="xs" label="Format" data={FORMATS} value={format} onChange={(v) => v && setFormat(v as TrafficFormatOption)} allowDeselect={false} disabled={running} data-testid="traffic-format" />
        <Select size="xs" label="Values are" data={VALUES_ARE} value={values} onChange={(v) => v && setValues(v as ValuesAre)} allowDeselect={false} disabled={running} data-testid="traffic-values" />
        <ImportStatus state={state} onCancel={onCancel} onAnswer={answer} onSeries={(series) => onAgain({ series })} />
      </Stack>
    </Paper>
  );
}

interface StatusProps {
  state: ImportState;
  onCancel(): void;
  onAnswer(values: ValuesAre): void;
  onSeries(series: string | undefined): void;
}

function ImportStatus({ state, onCancel, onAnswer, onSeries }: StatusProps) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'running': {
      const p = state.progress;
      const value = p === null ? 0 : p.phase === 'reading' ? (p.totalBytes > 0 ? (p.bytesRead / p.totalBytes) * 100 : 100) : p.days > 0 ? (p.daysSent / p.days) * 100 : 100;
      const label =
        p === null
          ? `Starting ${state.fileName}…`
          : p.phase === 'reading'
            ? `Reading ${state.fileName}: ${megabytes(p.bytesRead)} of ${megabytes(p.totalBytes)} · ${formatNumber(p.rows)} rows`
            : `Storing ${formatNumber(p.rows)} rows: ${formatNumber(p.daysSent)} of ${formatNumber(p.days)} days`;
      return (
        <Stack gap={4} data-testid="traffic-progress" data-phase={p?.phase ?? 'starting'}>
          <Progress value={value} size="md" animated striped data-testid="traffic-progress-bar" aria-label="Import progress" />
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Text size="xs" c="dimmed" style={{ flex: 1, minWidth: 0 }} data-testid="traffic-progress-text">{label}</Text>
            <Button size="compact-xs" variant="default" onClick={onCancel} style={{ flexShrink: 0 }} data-testid="traffic-cancel">Cancel</Button>
          </Group>
        </Stack>
      );
    }
    case 'done':
      return (
        <Alert color="teal" variant="light" p="xs" title={`Imported ${state.fileName}`} data-testid="traffic-import-done">
          <Text size="xs">{formatNumber(state.stored.rowCount)} points over {formatNumber(state.stored.dayCount)} days stored.</Text>
          {state.stored.summary.valueNote !== undefined && (
            <Text size="xs" data-testid="traffic-value-note">Values read as {state.stored.summary.valueNote}.</Text>
          )}
          {state.warnings.map((w) => (
            <Text size="xs" c="orange.8" key={w}>{w}</Text>
          ))}
          {state.seriesChoices.length > 0 && <SeriesPicker choices={state.seriesChoices} value={state.last.options.series} onChoose={onSeries} />}
        </Alert>
      );
    case 'invalid':
      return (
        <Alert color="red" variant="light" p="xs" title="The file was not imported" data-testid="traffic-import-error">
          <Text size="xs" style={{ wordBreak: 'break-word' }} data-testid="traffic-import-error-message">{state.error.message}</Text>
          <Text size="xs" c="dimmed" mt={4}>Nothing was changed: the source keeps the history it had.</Text>
          {state.error.needs === 'valueKind' && <ValueKindQuestion onAnswer={onAnswer} />}
          {state.error.needs === 'series' && state.error.choices !== undefined && <SeriesPicker choices={state.error.choices} value={undefined} onChoose={onSeries} />}
        </Alert>
      );
    case 'failed':
      return (
        <Alert color="red" variant="light" p="xs" title="The import failed" data-testid="traffic-import-error">
          <Text size="xs" data-testid="traffic-import-error-message">{state.message}</Text>
          <Text size="xs" c="dimmed" mt={4}>Nothing was changed: the source keeps the history it had.</Text>
        </Alert>
      );
    case 'cancelled':
      return (
        <Alert color="gray" variant="light" p="xs" title="Import cancelled" data-testid="traffic-import-cancelled">
          <Text size="xs">{state.fileName} was not imported; nothing was changed.</Text>
        </Alert>
      );
  }
}
