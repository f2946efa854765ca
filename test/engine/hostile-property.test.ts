import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeForTerminal } from '../../server/src/cli/escape';
import { formatText } from '../../server/src/cli/format';
import { checkText } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/findings';
import { escapeMarkdown } from '../../server/src/engine/util/markdown';
import { evaluateFormula } from '../../server/src/engine/values/formula';
import { draftWith, GOOD_PROJECT } from '../helpers';

/**
 * Properties that keep issue 15's classes closed: escaping, deep or long formulas, line-break
 * styles, aliases. Each runs a bounded number of small cases (seconds in all).
 */
const anyText = fc.string({ unit: 'binary', maxLength: 60 });

test('terminal escaping: no control character, line break or bidi override survives', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      const out = escapeForTerminal(s);
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(out, /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    }),
    { numRuns: 500, seed: 15 },
  );
  const f = (message: string): Finding & { file: string } => ({
    file: 'a\n::error b.budget.yaml',
    rule: 'schema',
    severity: 'error',
    message,
    path: '',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    fixes: [],
  });
  fc.assert(
    fc.property(fc.array(anyText, { minLength: 1, maxLength: 5 }), (messages) => {
      const out = formatText(messages.map(f), 1, false);
      assert.equal(
        out.split('\n').length,
        messages.length + 2,
        'one line per finding, a summary, a final break',
      );
    }),
    { numRuns: 200, seed: 15 },
  );
});

test('Markdown cell escaping: no HTML, no column, no row break', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      const out = escapeMarkdown(s).replace(/<br>/g, '');
      assert.doesNotMatch(out, /[<>|\r\n\u2028\u2029]/);
    }),
    { numRuns: 500, seed: 15 },
  );
});

test('formulas of any nesting, signs and length: never a throw, bounded work', () => {
  const piece = fc.constantFrom(
    '(',
    ')',
    '-',
    '+',
    '*',
    '/',
    '1',
    '9'.repeat(40),
    '2.5',
    '万元',
    '元',
    '人',
    ' ',
  );
  const formula = fc
    .array(piece, { maxLength: 400 })
    .chain((parts) =>
      fc.integer({ min: 1, max: 300 }).map((depth) => '('.repeat(depth) + parts.join('') + ')'.repeat(depth)),
    );
  const before = process.cpuUsage();
  fc.assert(
    fc.property(formula, (f) => {
      const r = evaluateFormula(f);
      assert.ok(r.kind === 'skip' || r.kind === 'value');
    }),
    { numRuns: 300, seed: 15 },
  );
  const used = process.cpuUsage(before);
  assert.ok((used.user + used.system) / 1000 < 5000);
});

const lines = draftWith(
  GOOD_PROJECT + GOOD_PROJECT.replace('医疗保障工作经费', '乙').replace('44.36', '"1,044.36"'),
).split('\n');
const mutatedDraft = fc
  .array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'dup', 'colon', 'tab', 'quote', 'alias', 'anchor')), {
    maxLength: 4,
  })
  .map((steps) => {
    let l = [...lines];
    for (const [at, op] of steps) {
      const i = at % l.length;
      if (op === 'drop') l = l.filter((_, k) => k !== i);
      else if (op === 'dup') l.splice(i, 0, l[i]);
      else if (op === 'colon') l[i] = l[i].replace(': ', '：');
      else if (op === 'tab') l[i] = l[i].replace(/^ {2}/, '\t');
      else if (op === 'quote') l[i] = l[i].replace(/: (.*)$/, ': "$1');
      else if (op === 'alias') l[i] = l[i].replace(/: (.+)$/, ': *a');
      else l[i] = l[i].replace(/: (.+)$/, ': &a $1');
    }
    return l.join('\n');
  });

const shown = (f: Finding) =>
  `${f.rule} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.message}`;

test('mutated drafts: CRLF and CR-only give the findings of LF, at the same places; nothing crashes', () => {
  fc.assert(
    fc.property(mutatedDraft, fc.constantFrom('\r\n', '\r'), (lf, eol) => {
      const a = checkText(lf);
      const b = checkText(lf.replace(/\n/g, eol));
      assert.deepEqual(a.internalErrors, []);
      assert.deepEqual(b.internalErrors, []);
      assert.deepEqual(b.findings.map(shown), a.findings.map(shown));
    }),
    { numRuns: 60, seed: 15 },
  );
});

test('mutated drafts with a BOM: the same findings, one column later on line 1 only', () => {
  fc.assert(
    fc.property(mutatedDraft, (text) => {
      const a = checkText(text).findings.map(shown);
      const b = checkText('\ufeff' + text).findings.map((f) => {
        const shift = (p: { line: number; character: number }) =>
          p.line === 0 && p.character > 0 ? { ...p, character: p.character - 1 } : p;
        return shown({ ...f, range: { start: shift(f.range.start), end: shift(f.range.end) } });
      });
      // Messages may name a column; compare without them.
      const strip = (s: string) => s.replace(/第\d+行第\d+列/g, '');
      assert.deepEqual(b.map(strip), a.map(strip));
    }),
    { numRuns: 40, seed: 15 },
  );
});
