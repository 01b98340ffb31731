import type { TrendFit } from './robust-trend';
import type { LeftOutDay, SurgeFound } from './surges';

function days(n: number, what = 'day'): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** One plain sentence on what the fit did and how well the trend fits what is left. */
export function describeQuality(fit: TrendFit, excluded: readonly LeftOutDay[], surges: readonly SurgeFound[]): string {
  const parts: string[] = [fit.weekly.removed ? 'weekly cycle removed' : (fit.weekly.note ?? 'weekly cycle not removed')];
  const count = (reason: LeftOutDay['reason']) => excluded.filter((d) => d.reason === reason).length;
  const surgeDays = count('surge');
  if (surgeDays > 0) parts.push(`${days(surgeDays)} of ${surges.length === 1 ? 'a surge' : `${surges.length} surges`} left out`);
  if (count('high') > 0) parts.push(`${days(count('high'), 'unusually high day')} left out`);
  if (count('low') > 0) parts.push(`${days(count('low'), 'low day')} left out (an outage or a partial day?)`);
  if (count('zero') > 0) parts.push(`${days(count('zero'), 'day')} with no traffic left out`);
  if (fit.logCut === null) parts.push('too few days to tell unusual ones apart, none left out');
  else if (excluded.length === 0) parts.push('no day left out');
  parts.push(`the trend explains ${Math.round(fit.r2 * 100)}% of the rest`);
  return parts.join('; ');
}
