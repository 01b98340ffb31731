import { Alert, Paper, ScrollArea, Select, Stack, Text, useMantineTheme } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { StoredHistory } from '../../../shared/api';
import { api } from '../api/client';
import { useEditor } from '../state/editor-store';
import { useActiveScenario, useProjection } from '../state/use-projection';
import { BaselineGrowthPanel, type PlanGrowth } from './BaselineGrowthPanel';
import { chartThemeOf } from './charts/chart-theme';
import { EChart } from './charts/EChart';
import { historyOption } from './charts/history-option';
import { HistorySummaryCard } from './HistorySummaryCard';
import { ImportPanel } from './ImportPanel';
import { analysisOf, sourcesOf } from './source-edits';
import { sourceForSelection } from './source-for-selection';
import { SurgesPanel } from './SurgesPanel';
import { TrafficCharts } from './TrafficCharts';
import { useTrafficImport } from './use-traffic-import';

/** The Traffic screen: a source's history (import, summary, baseline, growth) and the plan's load charts. */
export function TrafficView() {
  const plan = useEditor((s) => s.plan);
  const planId = useEditor((s) => s.planId);
  const projection = useProjection();
  const active = useActiveScenario();
  const sources = useMemo(() => (plan ? sourcesOf(plan) : []), [plan]);
  const selectedNodeIds = useEditor((s) => s.selectedNodeIds);
  const selectedEdgeIds = useEditor((s) => s.selectedEdgeIds);
  // Until a source is picked here, the view opens on the one the canvas selection leads to.
  const opened = useMemo(() => (plan ? sourceForSelection(plan, selectedNodeIds, selectedEdgeIds) : null), [plan, selectedNodeIds, selectedEdgeIds]);
  const [picked, setPicked] = useState<string | null>(null);
  const source = sources.find((s) => s.id === picked) ?? opened;
  const importer = useTrafficImport(planId, source?.id ?? null);
  const stored = useStoredHistory(planId, source?.id ?? null, importer.state.status === 'done' ? importer.state.stored : null);
  const mantine = useMantineTheme();
  const theme = useMemo(() => chartThemeOf(mantine), [mantine]);

  const summary = source?.params.historySummary;
  const params = source?.params;
  // One forecast per history and settings; the panel, the surges and the chart all read it.
  const analysis = useMemo(() => (params ? analysisOf(params) : null), [params]);
  const historyChart = useMemo(() => {
    if (!summary || !params) return null;
    const baseline = { rps: params.baselineRps, label: `baseline (${params.baselineStatistic}, ${params.baselineWindowDays} d)` };
    return historyOption({ summary, analysis, baseline, adopted: params.adoptedSurge ?? null }, theme);
  }, [summary, params, analysis, theme]);

  if (!plan || !projection) return null;
  return (
    <ScrollArea style={{ flex: 1 }} data-testid="traffic-view">
      <div style={{ display: 'flex', gap: 12, padding: 12, alignItems: 'flex-start' }}>
        <Stack gap="sm" w={360} style={{ flexShrink: 0 }}>
          {sources.length === 0 ? (
            <Alert color="gray" title="No traffic source">Add a traffic source on the Topology screen to import its history.</Alert>
          ) : (
            <>
              <Select
                label="Traffic source"
                size="xs"
                data={sources.map((s) => ({ value: s.id, label: s.name }))}
                value={source?.id ?? null}
                onChange={setPicked}
                allowDeselect={false}
                data-testid="traffic-source"
              />
              <ImportPanel state={importer.state} onFile={importer.start} onAgain={importer.again} onCancel={importer.cancel} />
              {source && <BaselineGrowthPanel key={source.id} source={source} planGrowth={planGrowthOf(plan.growth.monthlyRate, active)} analysis={analysis} />}
            </>
          )}
        </Stack>
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          {summary && <HistorySummaryCard summary={summary} stored={stored} />}
          {historyChart ? (
            <>
              <EChart title={`History of ${source?.name ?? ''}: daily peaks, req/s`} option={historyChart} height={320} fileName={`history-${source?.name ?? 'source'}`} testId="chart-history" />
              {source && analysis && <SurgesPanel plan={plan} source={source} analysis={analysis} />}
            </>
          ) : (
            sources.length > 0 && (
              <Paper withBorder p="md" data-testid="traffic-no-history">
                <Text size="sm" c="dimmed">No history imported for {source?.name}: its baseline is typed. Import a metrics export to chart its daily peaks and fit its growth.</Text>
              </Paper>
            )
          )}
          <TrafficCharts projection={projection} sourceId={source?.id ?? null} />
        </Stack>
      </div>
    </ScrollArea>
  );
}

/** The plan's growth, and the active scenario's when it differs: the charts project with that one. */
function planGrowthOf(rate: number, active: ReturnType<typeof useActiveScenario>): PlanGrowth {
  const scenarioRate = active?.applied.plan.growth.monthlyRate;
  const name = active?.applied.plan.activeScenario;
  return { rate, scenario: scenarioRate !== undefined && name !== undefined && scenarioRate !== rate ? { name, rate: scenarioRate } : null };
}

/** What the store holds for the source; refreshed after an import commits. */
function useStoredHistory(planId: string | null, sourceId: string | null, justStored: StoredHistory | null): StoredHistory | null {
  const [stored, setStored] = useState<StoredHistory | null>(null);
  useEffect(() => {
    if (justStored) {
      setStored(justStored);
      return;
    }
    if (!planId || !sourceId) return;
    let live = true;
    api.traffic
      .history({ planId, sourceNodeId: sourceId })
      .then((h) => live && setStored(h))
      .catch(() => live && setStored(null));
    return () => {
      live = false;
    };
  }, [planId, sourceId, justStored]);
  return stored;
}
