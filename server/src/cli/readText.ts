import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { fsReason } from '../node/fsReason';

export { fsReason };

/** A draft that cannot be read as text, said in Chinese: the message is shown as is. */
export class ReadError extends Error {}

/**
 * A draft's text, strictly: only a regular file is opened (a FIFO would block the read forever),
 * and bytes that are not UTF-8 are an error at their line, never replaced silently by U+FFFD (a
 * GBK file would otherwise be checked as garbage).
 */
export function readDraftText(file: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new ReadError('不是普通文件（可能是管道、设备或套接字）');
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(fsReason(e));
  }
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad >= 0) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bad; i++)
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    // The column in characters, as an editor shows it: the line up to the bad byte is valid.
    const column = bytes.subarray(lineStart, bad).toString('utf8').length + 1;
    throw new ReadError(
      `不是有效的 UTF-8 文本（第${line}行第${column}列，字节 0x${bytes[bad].toString(16).padStart(2, '0')}）；` +
        '若文件是 GBK 等其他编码，请另存为 UTF-8',
    );
  }
  return bytes.toString('utf8');
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
