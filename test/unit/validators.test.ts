import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import * as generated from '../../server/src/engine/schema/validators.generated';
import { fixture } from '../helpers';
import * as jsyaml from 'js-yaml';

const ROOT = join(__dirname, '..', '..');
const FILE = join(ROOT, 'server', 'src', 'engine', 'schema', 'validators.generated.js');

test('the precompiled validators are those of the schemas as they are (run `npm run build`)', async () => {
  const { generateValidators } = await import('../../scripts/validators.mjs');
  assert.ok(
    readFileSync(FILE, 'utf8') === generateValidators(),
    'server/src/engine/schema/validators.generated.js is stale: `npm run build` regenerates it',
  );
});

test('the precompiled validators report exactly what Ajv compiled at run time reports', () => {
  const budget = JSON.parse(readFileSync(join(ROOT, 'schemas', 'budget.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  const project = ajv.compile({
    $id: 'jixiao:project',
    $schema: budget.$schema,
    definitions: budget.definitions,
    ...budget.properties.项目.items,
  });
  const strip = (errors: unknown) => JSON.parse(JSON.stringify(errors ?? null));
  let compared = 0;
  for (const seed of ['jinan-lixia-2026', 'zaozhuang-shizhong-2026', 'zhaoyuan-2024']) {
    const doc = jsyaml.load(fixture(`${seed}.budget.yaml`), { schema: jsyaml.CORE_SCHEMA }) as {
      项目: Record<string, unknown>[];
    };
    for (const p of doc.项目) {
      // The project as written, and with the kinds of damage users make: a wrong type, an unknown key.
      for (const data of [p, { ...p, 金额: [1] }, { ...p, 未知键: 1, 名称: { a: 1 } }]) {
        assert.equal(generated.validateProject(data), project(data));
        assert.deepEqual(strip(generated.validateProject.errors), strip(project.errors));
        compared++;
      }
    }
  }
  assert.ok(compared > 20);
});
