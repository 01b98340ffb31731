import { ActionIcon, Group, Paper, Text, Tooltip } from '@mantine/core';
import { ImageDown } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { ChartOption, echarts } from './echarts-setup';

interface EChartProps {
  title: string;
  option: ChartOption;
  height: number;
  /** File name of the saved PNG, without extension. */
  fileName: string;
  testId: string;
}

/**
 * One echarts instance per mount: init once, setOption on every new option (replacing,
 * so a series that disappears goes), resize with the container, dispose on unmount.
 */
export function EChart({ title, option, height, fileName, testId }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const latest = useRef(option);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let instance: echarts.ECharts | null = null;
    let unmounted = false;
    const observer = new ResizeObserver(() => instance?.resize());
    // echarts is fetched when the first chart mounts, not before the app's first paint.
    void import('./echarts-setup').then(({ echarts: lib }) => {
      if (unmounted) return;
      instance = lib.init(el, null, { renderer: 'canvas' });
      chart.current = instance;
      instance.setOption(latest.current, { notMerge: true });
      observer.observe(el);
    });
    return () => {
      unmounted = true;
      observer.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = option;
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  function savePng(): void {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName}.png`;
    a.click();
  }

  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text fw={600} size="sm">{title}</Text>
        <Tooltip label="Save as PNG">
          <ActionIcon variant="subtle" size="sm" onClick={savePng} aria-label={`Save ${title} as PNG`} data-testid={`${testId}-png`}>
            <ImageDown size={14} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <div ref={ref} style={{ width: '100%', height }} data-testid={`${testId}-canvas`} />
    </Paper>
  );
}
