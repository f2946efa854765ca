import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { l10nCalls, readJson, ROOT } from './l10n-keys';

interface Manifest {
  displayName: string;
  description: string;
  l10n?: string;
  contributes: Record<string, unknown>;
}

const pkg = readJson<Manifest>('package.json');
const NLS = {
  'package.nls.json': readJson('package.nls.json'),
  'package.nls.zh-cn.json': readJson('package.nls.zh-cn.json'),
  'package.nls.en.json': readJson('package.nls.en.json'),
};
const TEXT_FIELDS = new Set([
  'title',
  'description',
  'markdownDescription',
  'category',
  'deprecationMessage',
  'markdownDeprecationMessage',
]);
const TEXT_LISTS = new Set(['enumDescriptions', 'markdownEnumDescriptions']);
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Every user-visible string of `contributes`, with where it is. */
function contributedTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  (function walk(o: unknown, where: string): void {
    if (Array.isArray(o)) return o.forEach((v, i) => walk(v, `${where}[${i}]`));
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string' && TEXT_FIELDS.has(k)) out.push({ where: `${where}.${k}`, text: v });
      else if (Array.isArray(v) && TEXT_LISTS.has(k))
        v.forEach((s, i) => out.push({ where: `${where}.${k}[${i}]`, text: String(s) }));
      else walk(v, `${where}.${k}`);
    }
  })(pkg.contributes, 'contributes');
  return out;
}

test('every title, description and category of the manifest is a %key%', () => {
  const texts = [
    { where: 'displayName', text: pkg.displayName },
    { where: 'description', text: pkg.description },
    ...contributedTexts(),
  ];
  // The commands and settings at least: the walk finds what it should.
  assert.ok(texts.some((t) => t.where === 'contributes.commands[0].title'));
  assert.ok(texts.some((t) => /properties\.jixiao\.rules\.markdownDescription$/.test(t.where)));
  const literal = texts.filter((t) => !/^%[\w.-]+%$/.test(t.text));
  assert.deepEqual(literal, [], 'put these in package.nls*.json and write %key% in package.json');
});

test('every %key% is in package.nls.json, package.nls.zh-cn.json and package.nls.en.json, and nothing else is', () => {
  const used = new Set([...JSON.stringify(pkg).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]));
  assert.ok(used.size >= 15, `${used.size} keys`);
  for (const [file, nls] of Object.entries(NLS)) {
    assert.deepEqual(
      [...used].filter((k) => !(k in nls)),
      [],
      `${file} has every key`,
    );
    assert.deepEqual(
      Object.keys(nls).filter((k) => !used.has(k)),
      [],
      `${file} has no unused key`,
    );
  }
});

test('Chinese is the default, English is English, and code spans survive translation', () => {
  const zh = NLS['package.nls.json'];
  assert.deepEqual(NLS['package.nls.zh-cn.json'], zh, 'package.nls.zh-cn.json repeats the default');
  assert.match(zh['command.preview.title'], /^预览预算表$/);
  const spans = (s: string) => (s.match(/`[^`]+`/g) ?? []).sort();
  for (const [key, en] of Object.entries(NLS['package.nls.en.json'])) {
    assert.doesNotMatch(en, CJK, `${key}: “${en}” is English`);
    assert.deepEqual(spans(en), spans(zh[key]), `${key} keeps its code spans`);
  }
});

test('the runtime bundles are where package.json says, and every English string is used', () => {
  assert.equal(pkg.l10n, './l10n');
  assert.ok(existsSync(join(ROOT, 'l10n', 'bundle.l10n.en.json')));
  const used = new Set(l10nCalls().map((c) => c.key));
  const unused = Object.keys(readJson('l10n/bundle.l10n.en.json')).filter((k) => !used.has(k));
  assert.deepEqual(unused, [], 'bundle.l10n.en.json keys no t(…) call uses');
});
