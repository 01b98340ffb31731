import { describe, expect, it } from 'vitest';
import { fileStem, mimeOf, stageOfFile, xlsxFileName } from './file-names';

describe('export file names', () => {
  it('folds a plan name into a portable stem that cannot leave the folder', () => {
    expect(xlsxFileName('Global conference')).toBe('global-conference-capacity-report.xlsx');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('Q3: "Été" sale?')).toBe('q3-ete-sale');
    expect(fileStem('🛒🛒')).toBe('plan');
    expect(fileStem('x'.repeat(300))).toHaveLength(80);
  });

  it('knows which stage a tfvars file belongs to', () => {
    expect(stageOfFile('variables.tf')).toBeNull();
    expect(stageOfFile('01-baseline.tfvars')).toBe('baseline');
    expect(stageOfFile('03-t-1w.tfvars.json')).toBe('t-1w');
    expect(mimeOf('a.xlsx')).toContain('spreadsheetml');
    expect(mimeOf('a.tfvars.json')).toBe('application/json');
  });
});
