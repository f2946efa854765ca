import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as jsyaml from 'js-yaml';
import { DEFAULT_CONFIG, mergeConfig, type Config, type Profile } from '../engine/config';
import { validateConfig } from '../engine/schema/validate';
import { reasonZh } from '../engine/yaml/reasons';
import { fsReason } from './fsReason';

export const CONFIG_NAMES = ['.jixiao.yaml', '.jixiao.yml'];

/** The nearest `.jixiao.yaml` from a draft's folder upwards, or undefined. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export class ConfigError extends Error {}

/** Reads and validates a configuration file; a bad one is a usage error, reported in Chinese. */
export function loadConfigFile(path: string): Partial<Config> {
  let text: string;
  try {
    // Only a regular file: a FIFO named .jixiao.yaml would block the read forever.
    if (!statSync(path).isFile()) throw new ConfigError(`配置文件 ${path} 不是普通文件`);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`无法读取配置文件 ${path}：${fsReason(e)}`);
  }
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch (e) {
    // js-yaml's message is English with a code frame: its reason and place, in Chinese, instead.
    const err = e as { reason?: string; mark?: { line: number; column: number } };
    const at = err.mark ? `第${err.mark.line + 1}行第${err.mark.column + 1}列：` : '';
    throw new ConfigError(`配置文件 ${path} 有 YAML 语法错误，${at}${reasonZh(err.reason ?? '')}`);
  }
  if (data === undefined || data === null) return {};
  const issues = validateConfig(data);
  if (issues.length) {
    throw new ConfigError(
      `配置文件 ${path} 有误：\n` +
        issues
          .map(
            (i: { path: (string | number)[]; message: string }) =>
              `  ${i.path.join('.') || '(根)'}: ${i.message}`,
          )
          .join('\n'),
    );
  }
  return fromData(data as Record<string, unknown>);
}

export function fromData(d: Record<string, unknown>): Partial<Config> {
  const out: Partial<Config> = {};
  if (d.rules && typeof d.rules === 'object') out.rules = { ...(d.rules as Config['rules']) };
  const sat = d.satisfaction as { minimum?: unknown } | undefined;
  if (sat && typeof sat.minimum === 'number') out.satisfaction = { minimum: sat.minimum };
  if (d.tolerance === 'exact' || d.tolerance === 'rounding') out.tolerance = d.tolerance;
  if (d.profile !== undefined && d.profile !== null) {
    out.profile = (Number(d.profile) === 2015 ? 2015 : 2021) as Profile;
  }
  return out;
}

/** Defaults, then the nearest `.jixiao.yaml` (or an explicit one). */
export function configFor(draftPath: string, explicit?: string): { config: Config; file?: string } {
  const file = explicit ?? findConfigFile(dirname(draftPath));
  if (!file) return { config: DEFAULT_CONFIG };
  return { config: mergeConfig(DEFAULT_CONFIG, loadConfigFile(file)), file };
}
