import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { readText } from '../../server/src/import/readers/text';
import { recognise } from '../../server/src/import/recognise/recognise';
import { differences } from './compare';
import { sharedPath } from '../sharedDir';

const PUBLISHED = sharedPath('published');
const FILES = ['putuo-swj-2025-dept', 'putuo-swj-2025-unit', 'putuo-zfb-2025-dept', 'putuo-wanli-2024'];
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

/**
 * What a PDF-to-text tool writes: `pdftotext -layout` of each real package lays its tables out with
 * spaces (no tabs), places each page's columns anew, puts a single space between two amounts
 * where columns are tight, and separates pages with form feeds. Imported as text, it must give
 * the same draft values as the PDF itself (the golden drafts checked by hand against the pages).
 */
for (const name of FILES) {
  test(
    `${name}: pdftotext -layout's text imports to the same values as the PDF`,
    {
      skip:
        (!existsSync(join(PUBLISHED, `${name}.pdf`)) && 'published PDFs not present') ||
        (!hasPdftotext && 'pdftotext (poppler-utils) 未安装'),
    },
    () => {
      const text = execFileSync('pdftotext', ['-layout', join(PUBLISHED, `${name}.pdf`), '-'], {
        encoding: 'utf8',
      });
      assert.ok(!text.includes('\t'), 'laid out with spaces only');
      const result = recognise(readText(text, `${name}.txt`));
      const golden = readFileSync(join(__dirname, 'golden', `${name}.budget.yaml`), 'utf8');
      assert.deepEqual(differences(result.draftText, golden), []);
      // The prose sections come back under the same headings (pdftotext does not clip: the
      // paragraphs a PDF draws outside its page are read as printed, so texts may differ there).
      const headings = (draft: string) =>
        Object.keys((yaml.load(draft) as Record<string, object>)['说明'] ?? {});
      assert.deepEqual(headings(result.draftText), headings(golden));
      assert.ok(result.landed / result.printed >= 0.97, `${result.landed}/${result.printed}`);
    },
  );
}
