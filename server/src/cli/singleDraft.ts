import type { Config } from '../engine/config';
import { configFor } from '../node/configFile';
import { escapeForTerminal } from './escape';
import { readDraftText } from './readText';

/**
 * The one draft a single-file command (`report`, `tables`) works on, with its configuration;
 * or exit code 2 after saying, in Chinese, what is wrong (no file, several, unreadable, bad config).
 */
export function readSingleDraft(
  command: string,
  inputs: string[],
  err: NodeJS.WritableStream,
): { file: string; text: string; config: Config } | 2 {
  if (inputs.length !== 1) {
    err.write(`jixiao: ${command} 需要且只需要一个草稿文件\n`);
    return 2;
  }
  const file = inputs[0];
  let text: string;
  try {
    text = readDraftText(file);
  } catch (e) {
    err.write(`jixiao: 无法读取 ${escapeForTerminal(file)}：${(e as Error).message}\n`);
    return 2;
  }
  try {
    return { file, text, config: configFor(file).config };
  } catch (e) {
    err.write(`jixiao: ${(e as Error).message}\n`);
    return 2;
  }
}
