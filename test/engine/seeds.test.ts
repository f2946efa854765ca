import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../helpers';
import { FIXTURES, readDefects, samePlace } from './defects';

const drafts = readdirSync(FIXTURES).filter((n) => n.endsWith('.budget.yaml'));

for (const name of drafts) {
  const base = name.replace(/\.budget\.yaml$/, '');
  const text = readFileSync(join(FIXTURES, name), 'utf8');

  test(`${base}: parses cleanly and no rule crashes`, () => {
    const r = check(text);
    assert.deepEqual(
      r.findings.filter((f) => f.rule === 'yaml-syntax'),
      [],
    );
  });

  if (existsSync(join(FIXTURES, `${base}.defects.json`))) {
    const defects = readDefects(base);
    test(`${base}: every real defect of the published budget is found at its node`, () => {
      const found = check(text).findings;
      const missing = defects.filter(
        (d) => !found.some((f) => f.rule === d.rule && samePlace(f.path, d.path)),
      );
      assert.deepEqual(
        missing.map((d) => `${d.rule} @ ${d.path}`),
        [],
        'defects not found; findings were:\n' +
          found.map((f) => `${f.rule} @ ${f.path}: ${f.message}`).join('\n'),
      );
    });
  }

  const cleanFile = join(FIXTURES, `${base}.clean.json`);
  if (existsSync(cleanFile)) {
    const clean = JSON.parse(readFileSync(cleanFile, 'utf8')) as string[];
    test(`${base}: the correct parts raise no error or warning`, () => {
      const found = check(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      const wrong = found.filter((f) => clean.some((p) => f.path === p || f.path.startsWith(p + '.')));
      assert.deepEqual(
        wrong.map((f) => `${f.rule} @ ${f.path}: ${f.message}`),
        [],
      );
    });
  }
}
