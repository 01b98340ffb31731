import type { z } from 'zod';
import { formatNumber } from '../../../shared/engine/format';

/** How a field names itself to a person: its label, how it is typed, and the unit of its range. */
export interface FieldWords {
  label: string;
  kind: 'number' | 'integer' | 'percent' | 'text';
  /** The unit the range is said in (percent fields: already in %, e.g. "% a month"). */
  unit?: string | undefined;
}

type Issue = z.core.$ZodIssue;

/**
 * The message for a value the schema refused, in the field's own words: "Growth per month
 * must be at least −99 % a month", not "Too small: expected number to be >=-0.99". Limits
 * come from the zod issue (the schema stays the one source of the range); percent fields are
 * stored as ratios and spoken in percent.
 */
export function fieldMessage(issue: Issue, field: FieldWords): string {
  const { label } = field;
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'int') return `${label} must be a whole number.`;
    if (issue.expected === 'number') return `${label} must be a number.`;
    if (issue.expected === 'string') return `${label} must be text.`;
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'string') {
    const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    if (issue.code === 'too_small' && n === 1) return `${label} cannot be empty.`;
    return `${label} must have ${issue.code === 'too_small' ? 'at least' : 'at most'} ${formatNumber(n)} characters.`;
  }
  if (issue.code === 'too_small' && issue.origin === 'number') {
    return `${label} must be ${issue.inclusive ? 'at least' : 'above'} ${amount(Number(issue.minimum), field)}.`;
  }
  if (issue.code === 'too_big' && issue.origin === 'number') {
    return `${label} must be ${issue.inclusive ? 'at most' : 'below'} ${amount(Number(issue.maximum), field)}.`;
  }
  return `${label}: ${issue.message}.`.replace(/\.\.$/, '.');
}

/** A limit in the field's unit: −0.99 as a percent is "−99 %", 1 month, 366 days, 0 req/s. */
function amount(limit: number, field: FieldWords): string {
  const shown = field.kind === 'percent' ? limit * 100 : limit;
  const text = formatNumber(shown, 6).replace(/^-/, '−');
  const unit = field.unit ?? (field.kind === 'percent' ? '%' : '');
  if (unit === '') return text;
  if (unit === '×') return `${text}×`;
  return `${text} ${shown === 1 && /^[a-z]+s$/.test(unit) ? unit.slice(0, -1) : unit}`;
}

/** The first issue of a failed parse at (or below) one path, so the message is the field's own. */
export function issueAt(issues: readonly Issue[], path: readonly (string | number)[]): Issue | undefined {
  const wanted = path.join('.');
  return issues.find((i) => i.path.join('.') === wanted) ?? issues.find((i) => i.path.join('.').startsWith(`${wanted}.`));
}
