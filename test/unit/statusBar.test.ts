import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countJixiao, statusText } from '../../client/src/features/statusCounts';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { check, fixture } from '../helpers';

// LSP severities (1 error, 2 warning …) as the client turns them into vscode.DiagnosticSeverity (0, 1 …).
const asVscode = (d: { source?: string; severity?: number }) => ({
  source: d.source,
  severity: (d.severity ?? 1) - 1,
});

test('the status bar counts the seed’s errors and warnings from Jixiao only', () => {
  const findings = check(fixture('jinan-lixia-2026.budget.yaml')).findings;
  const diagnostics = findings.map((f) => asVscode(toDiagnostic(f)));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  assert.ok(errors > 0 && warnings > 0, `${errors} errors, ${warnings} warnings`);
  const others = [
    { source: 'yaml', severity: 0 },
    { source: 'cSpell', severity: 1 },
    { source: undefined, severity: 0 },
  ];
  assert.deepEqual(countJixiao([...diagnostics, ...others]), { errors, warnings });
  assert.equal(statusText({ errors, warnings }, '绩效'), `$(error) ${errors} $(warning) ${warnings} 绩效`);
});

test('info and hint findings are not counted, and a clean file shows a check mark', () => {
  const counts = countJixiao([
    { source: 'jixiao', severity: 2 },
    { source: 'jixiao', severity: 3 },
  ]);
  assert.deepEqual(counts, { errors: 0, warnings: 0 });
  assert.equal(statusText(counts, 'Jixiao'), '$(check) Jixiao');
  assert.equal(statusText({ errors: 7, warnings: 10 }, '绩效'), '$(error) 7 $(warning) 10 绩效');
  assert.equal(statusText({ errors: 0, warnings: 2 }, '绩效'), '$(error) 0 $(warning) 2 绩效');
});
