import type { MantineTheme } from '@mantine/core';

/** The colours and fonts charts take from the app's Mantine theme, as plain data for the option builders. */
export interface ChartTheme {
  fontFamily: string;
  text: string;
  muted: string;
  grid: string;
  background: string;
  primary: string;
  secondary: string;
  fitted: string;
  short: string;
  ok: string;
  event: string;
}

export function chartThemeOf(theme: MantineTheme): ChartTheme {
  const c = theme.colors;
  const primary = c[theme.primaryColor]?.[6] ?? '#4c6ef5';
  return {
    fontFamily: theme.fontFamily ?? 'sans-serif',
    text: c.gray[8] ?? '#343a40',
    muted: c.gray[6] ?? '#868e96',
    grid: c.gray[2] ?? '#e9ecef',
    background: theme.white,
    primary,
    secondary: c.gray[5] ?? '#adb5bd',
    fitted: c.orange[6] ?? '#fd7e14',
    short: c.red[6] ?? '#fa5252',
    ok: c.teal[6] ?? '#12b886',
    event: c.grape[6] ?? '#be4bdb',
  };
}

/** A neutral theme for tests and the option builders' defaults. */
export const plainChartTheme: ChartTheme = {
  fontFamily: 'sans-serif',
  text: '#343a40',
  muted: '#868e96',
  grid: '#e9ecef',
  background: '#ffffff',
  primary: '#4c6ef5',
  secondary: '#adb5bd',
  fitted: '#fd7e14',
  short: '#fa5252',
  ok: '#12b886',
  event: '#be4bdb',
};

/** Axis, text and tooltip styling every chart shares. */
export function baseOption(theme: ChartTheme) {
  return {
    backgroundColor: theme.background,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text, fontSize: 11 },
    animation: false,
    tooltip: { trigger: 'axis' as const, confine: true, textStyle: { fontSize: 12 } },
  };
}

export function axisStyle(theme: ChartTheme) {
  return {
    axisLine: { lineStyle: { color: theme.secondary } },
    axisLabel: { color: theme.muted, fontSize: 11 },
    splitLine: { lineStyle: { color: theme.grid } },
  };
}
