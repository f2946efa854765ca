import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../helpers';

const DIR = join(__dirname, '..', '..', 'examples');

for (const name of readdirSync(DIR).filter((n) => /\.budget\.ya?ml$/.test(n))) {
  test(`example ${name} is clean: no error or warning`, () => {
    const found = check(readFileSync(join(DIR, name), 'utf8')).findings.filter(
      (f) => f.severity === 'error' || f.severity === 'warning',
    );
    assert.deepEqual(
      found.map((f) => `${f.rule} @ ${f.path}: ${f.message}`),
      [],
    );
  });
}
