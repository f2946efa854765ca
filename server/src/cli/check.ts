import { checkText } from '../engine/engine';
import { toWire } from '../engine/findings';
import type { Config } from '../engine/config';
import { configFor } from '../node/configFile';
import type { FileFinding } from './format';
import { readDraftText } from './readText';

export interface FileResult {
  file: string;
  findings: FileFinding[];
  internalErrors: string[];
}

/** Checks one file on disk with its configuration (explicit, or the nearest `.jixiao.yaml`). */
export function checkFile(
  file: string,
  explicitConfig?: string,
  configCache = new Map<string, Config>(),
): FileResult {
  const text = readDraftText(file);
  const key = explicitConfig ?? file;
  let config = explicitConfig ? configCache.get(key) : undefined;
  if (!config) {
    config = configFor(file, explicitConfig).config;
    if (explicitConfig) configCache.set(key, config);
  }
  const result = checkText(text, { config });
  return {
    file,
    // Converted here, once: the result may cross to the main thread from a worker.
    findings: result.findings.map((f) => ({ file, ...toWire(f) })),
    internalErrors: result.internalErrors,
  };
}
