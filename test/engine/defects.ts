import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fixtures: hand transcriptions of real budgets with their defect and clean lists. */
export const FIXTURES = join(__dirname, '..', 'fixtures');

/** One real defect of a published budget, listed by hand beside its transcription. */
export interface Defect {
  rule: string;
  path: string;
  note: string;
}

/** A finding's path may name the same node a little more precisely (`….总成本.指标值`). */
export const samePlace = (found: string, expected: string) =>
  found === expected || found.startsWith(expected + '.') || expected.startsWith(found + '.');

/** The defects listed for a fixture (`<base>.defects.json`). */
export function readDefects(base: string): Defect[] {
  return JSON.parse(readFileSync(join(FIXTURES, `${base}.defects.json`), 'utf8')) as Defect[];
}
