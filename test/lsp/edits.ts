import assert from 'node:assert/strict';

export interface Pos {
  line: number;
  character: number;
}
export interface Edit {
  range: { start: Pos; end: Pos };
  newText: string;
}
export interface WorkspaceEdit {
  changes?: Record<string, Edit[]>;
  documentChanges?: (
    { textDocument: { uri: string; version: number | null }; edits: Edit[] } | { kind: string }
  )[];
}

function offsetOf(text: string, p: Pos): number {
  let off = 0;
  for (let l = 0; l < p.line; l++) {
    const nl = text.indexOf('\n', off);
    assert.ok(nl >= 0, `line ${p.line} is in the text`);
    off = nl + 1;
  }
  const end = text.indexOf('\n', off);
  assert.ok(
    off + p.character <= (end < 0 ? text.length : end),
    `character ${p.character} is on line ${p.line}`,
  );
  return off + p.character;
}

/** The edits of a WorkspaceEdit for one document, which must not overlap, applied as a client does. */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit | undefined, uri: string): string {
  const edits = editsFor(edit, uri);
  const abs = edits
    .map((e, i) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), e, i }))
    .sort((a, b) => a.start - b.start || a.i - b.i);
  for (let i = 1; i < abs.length; i++) {
    const [a, b] = [abs[i - 1], abs[i]];
    assert.ok(a.end <= b.start, `edits overlap: ${JSON.stringify(a.e)} and ${JSON.stringify(b.e)}`);
    assert.ok(!(a.start === b.start && a.end === b.end), `two edits at one place: ${JSON.stringify(b.e)}`);
  }
  let out = text;
  for (const x of [...abs].reverse()) out = out.slice(0, x.start) + x.e.newText + out.slice(x.end);
  return out;
}

/** The edits for `uri`, from versioned `documentChanges` (as the server sends them) or `changes`. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string, version?: number): Edit[] {
  if (edit?.documentChanges) {
    assert.equal(edit.documentChanges.length, 1, 'the edit is for this document only');
    const [change] = edit.documentChanges;
    assert.ok('textDocument' in change, 'a text edit, not a file operation');
    assert.equal(change.textDocument.uri, uri);
    assert.equal(typeof change.textDocument.version, 'number', 'the edit names the version it is for');
    if (version !== undefined) assert.equal(change.textDocument.version, version);
    return change.edits;
  }
  assert.ok(edit?.changes, 'the action carries an edit');
  assert.deepEqual(Object.keys(edit.changes), [uri], 'the edit is for this document only');
  return edit.changes[uri];
}

/**
 * Every line no edit touches is byte-identical after the edits (at its shifted place), and a
 * touched line that ended in a comment still holds that comment: fixes keep formatting and
 * comments. Returns how many lines were touched.
 */
export function assertOnlyTouchedLinesChanged(before: string, after: string, edits: Edit[]): number {
  const a = before.split('\n');
  const b = after.split('\n');
  // Whole-line edits (from column 0 to column 0, new text ending in a newline) leave the line they
  // end on untouched, only moved.
  const span = (e: Edit): [number, number] => {
    const { start, end } = e.range;
    const wholeLines =
      start.character === 0 && end.character === 0 && (!e.newText || e.newText.endsWith('\n'));
    return [start.line, wholeLines ? end.line - 1 : end.line];
  };
  const touched = new Set<number>();
  for (const e of edits) for (let l = span(e)[0]; l <= span(e)[1]; l++) touched.add(l);
  for (let line = 0; line < a.length; line++) {
    if (touched.has(line)) {
      const comment = / #.*$/.exec(a[line])?.[0];
      if (comment) assert.ok(after.includes(comment), `the comment “${comment.trim()}” is kept`);
      continue;
    }
    let shift = 0;
    for (const e of edits)
      if (span(e)[1] < line && e.range.start.line <= line)
        shift += e.newText.split('\n').length - 1 - (e.range.end.line - e.range.start.line);
    assert.equal(b[line + shift], a[line], `line ${line + 1} is unchanged`);
  }
  return touched.size;
}
