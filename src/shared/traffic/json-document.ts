import { readAzure, readGoogleCloud, readNewRelic } from './cloud-json';
import { readMetricData, readMetricStatistics } from './cloudwatch-json';
import { readDatadogV1, readDatadogV2 } from './datadog-json';
import { fail } from './errors';
import { describe, isRecord } from './json-util';
import type { TimeContext } from './parse-time';
import { readPrometheus, readVictoriaLines } from './prometheus';
import type { RawSeries } from './series-set';
import type { TrafficFormat } from './types';

/**
 * A JSON file: which tool's answer it is, told by its keys, and its series. JSON has to
 * be parsed whole, so the parser caps its size (MAX_JSON_CHARS).
 */
export interface JsonRead {
  format: TrafficFormat;
  series: RawSeries[];
  warnings: string[];
}

const KNOWN = [
  'a Prometheus range-query response ({"status":"success","data":{"resultType":"matrix",…}})',
  'CloudWatch get-metric-statistics or get-metric-data output',
  'a Datadog v1 query or v2 timeseries response',
  'Azure Monitor metrics, Google Cloud timeSeries, a New Relic NRQL TIMESERIES result',
  'or VictoriaMetrics /api/v1/export JSON lines',
].join(', ');

function parseWhole(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // Several objects one per line: VictoriaMetrics' export.
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length > 1 && (lines[0] ?? '').trimStart().startsWith('{"metric"')) return { __jsonLines: true };
    const m = /position (\d+)/.exec(msg);
    const offset = m ? Number(m[1]) : 0;
    const before = text.slice(0, offset);
    fail(file, before.split('\n').length, offset - before.lastIndexOf('\n'), 'valid JSON', msg);
  }
}

export function readJsonDocument(file: string, text: string, ctx: TimeContext): JsonRead {
  const doc = parseWhole(file, text);
  if (isRecord(doc) && doc.__jsonLines === true) return { format: 'victoriametrics', series: readVictoriaLines(file, text), warnings: [] };
  if (!isRecord(doc)) fail(file, 1, null, KNOWN, describe(doc));
  if ('metric' in doc && Array.isArray(doc.values) && Array.isArray(doc.timestamps)) return { format: 'victoriametrics', series: readVictoriaLines(file, text), warnings: [] };
  if (doc.status === 'success' || (doc.status === 'error' && 'errorType' in doc) || (isRecord(doc.data) && 'resultType' in doc.data)) return { format: 'prometheus', ...readPrometheus(file, doc) };
  if ('Datapoints' in doc) return { format: 'cloudwatch', ...readMetricStatistics(file, doc, ctx) };
  if ('MetricDataResults' in doc) return { format: 'cloudwatch', ...readMetricData(file, doc, ctx) };
  if (Array.isArray(doc.series) && (doc.res_type === 'time_series' || doc.series.some((s) => isRecord(s) && 'pointlist' in s))) return { format: 'datadog', ...readDatadogV1(file, doc) };
  if (isRecord(doc.data) && (doc.data.type === 'timeseries_response' || (isRecord(doc.data.attributes) && 'times' in doc.data.attributes))) return { format: 'datadog', ...readDatadogV2(file, doc) };
  if (Array.isArray(doc.value) && doc.value.some((m) => isRecord(m) && 'timeseries' in m)) return { format: 'azure', ...readAzure(file, doc, ctx) };
  if (Array.isArray(doc.timeSeries) && doc.timeSeries.some((s) => isRecord(s) && 'points' in s)) return { format: 'gcp', ...readGoogleCloud(file, doc, ctx) };
  if (Array.isArray(doc.timeSeries) || Array.isArray(doc.facets) || (isRecord(doc.data) && 'actor' in doc.data)) return { format: 'newrelic', ...readNewRelic(file, doc) };
  if (doc.status === 'ok' && Array.isArray(doc.series)) return { format: 'datadog', ...readDatadogV1(file, doc) };
  fail(file, 1, null, KNOWN, describe(doc));
}
