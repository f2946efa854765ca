import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../helpers';

const DIR = join(__dirname, '..', 'fixtures');
const drafts = readdirSync(DIR).filter((n) => n.endsWith('.budget.yaml'));

interface Defect {
  rule: string;
  path: string;
  note: string;
}

/** A finding's path may name the same node a little more precisely (`….总成本.指标值`). */
const samePlace = (found: string, expected: string) =>
  found === expected || found.startsWith(expected + '.') || expected.startsWith(found + '.');

for (const name of drafts) {
  const base = name.replace(/\.budget\.yaml$/, '');
  const text = readFileSync(join(DIR, name), 'utf8');

  test(`${base}: parses cleanly and no rule crashes`, () => {
    const r = check(text);
    assert.deepEqual(
      r.findings.filter((f) => f.rule === 'yaml-syntax'),
      [],
    );
  });

  const defectsFile = join(DIR, `${base}.defects.json`);
  if (existsSync(defectsFile)) {
    const defects = JSON.parse(readFileSync(defectsFile, 'utf8')) as Defect[];
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

  const cleanFile = join(DIR, `${base}.clean.json`);
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
