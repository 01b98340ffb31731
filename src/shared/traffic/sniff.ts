/**
 * Looking at the head of a file (at most 64 KB) before committing to a reader: JSON,
 * HTML, transposed CloudWatch rows or CSV; which delimiter; which order slash dates use.
 */
export type SniffKind = 'json' | 'markup' | 'csv' | 'transposed';

export interface Sniffed {
  kind: SniffKind;
  delimiter: number;
  dateOrder: 'mdy' | 'dmy';
}

export const SNIFF_CHARS = 64 * 1024;
const SNIFF_LINES = 10;
const CANDIDATES = [9, 59, 44]; // tab, semicolon, comma: the rarer in data wins a tie

/** null = not enough text yet (call again with more, or with `final`). */
export function sniff(text: string, final: boolean, dateOrder: 'mdy' | 'dmy' | undefined): Sniffed | null {
  // Only the head is looked at: a whole file pushed as one chunk must not be split here.
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  if (head !== text) final = false;
  const firstChar = head.trimStart().charAt(0);
  const order = dateOrder ?? guessDateOrder(head);
  if (firstChar === '{' || firstChar === '[') return { kind: 'json', delimiter: 44, dateOrder: order };
  if (firstChar === '<') return { kind: 'markup', delimiter: 44, dateOrder: order };
  const allLines = head.split(/\r\n|\n|\r/);
  const complete = final ? allLines : allLines.slice(0, -1);
  const lines = complete.filter((l) => l.trim() !== '').slice(0, SNIFF_LINES);
  if (!final && lines.length < SNIFF_LINES && text.length < SNIFF_CHARS) return null;
  // Excel's separator hint ("sep=," or "sep=;" on the first line, as Grafana's "Download for Excel" writes it).
  const hint = /^sep=(.)$/i.exec((lines[0] ?? '').trim());
  const rest = hint === null ? lines : lines.slice(1);
  const sample = rest.length > 0 ? rest : [head.slice(0, SNIFF_CHARS)];
  const delimiter = hint !== null ? (hint[1] ?? ',').charCodeAt(0) : chooseDelimiter(sample);
  const firstLine = sample[0] ?? '';
  const firstCell = (firstLine.split(String.fromCharCode(delimiter))[0] ?? '').replaceAll('"', '').trim();
  const transposed = /^(label|id)$/i.test(firstCell) && !/time|date/i.test(firstLine);
  return { kind: transposed ? 'transposed' : 'csv', delimiter, dateOrder: order };
}

function countOutsideQuotes(line: string, code: number): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === code && !quoted) n++;
  }
  return n;
}

function chooseDelimiter(lines: string[]): number {
  // A delimiter that splits every sampled line the same (non-zero) number of ways.
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const c0 = counts[0] ?? 0;
    if (c0 > 0 && counts.every((c) => c === c0)) return d;
  }
  // Otherwise the one that appears on most lines (a ragged header, say).
  let best = 44;
  let bestLines = 0;
  for (const d of CANDIDATES) {
    const hits = lines.filter((l) => countOutsideQuotes(l, d) > 0).length;
    if (hits > bestLines) {
      best = d;
      bestLines = hits;
    }
  }
  return best;
}

/** Slash dates: a first part above 12 means day first; a second above 12, month first; else month first. */
function guessDateOrder(head: string): 'mdy' | 'dmy' {
  const re = /(?:^|[^\d/])(\d{1,2})\/(\d{1,2})\/\d{2,4}/g;
  for (let m = re.exec(head); m !== null; m = re.exec(head)) {
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) return 'mdy';
  }
  return 'mdy';
}
