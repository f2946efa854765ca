import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, mergeConfig, type Config } from '../engine/config';
import { validateConfig } from '../engine/schema/validate';
import { ConfigError, findConfigFile, fromData, loadConfigFile } from '../node/configFile';

/** `jixiao.*` settings as the client sends them; unset (null) values leave `.jixiao.yaml` in charge. */
export interface EditorSettings {
  rules?: Record<string, string> | null;
  tolerance?: string | null;
  satisfaction?: { minimum?: number | null } | null;
  profile?: string | number | null;
  /** Milliseconds to wait after an edit; unset (the default): adapt to how long checks take. */
  debounceMs?: number | null;
}

/**
 * The editor's settings as configuration, validated like `.jixiao.yaml`: a value the schema
 * refuses is left out with a warning (in Chinese, naming the setting), never passed on — a
 * `jixiao.rules: { schema: bogus }` once published diagnostics with `severity: undefined`.
 */
export function editorOverrides(
  s: EditorSettings | undefined,
  warn: (m: string) => void = () => {},
): Partial<Config> {
  if (!s || typeof s !== 'object') return {};
  const data: Record<string, unknown> = {};
  const accept = (key: string, value: unknown, put: () => void) => {
    const issues = validateConfig(value);
    if (!issues.length) return put();
    warn(`设置 jixiao.${key} 的值无效，已忽略：${issues.map((i) => i.message).join('；')}`);
  };
  if (s.rules && typeof s.rules === 'object') {
    for (const [id, severity] of Object.entries(s.rules)) {
      accept(`rules.${id}`, { rules: { [id]: severity } }, () => {
        data.rules = { ...(data.rules as object), [id]: severity };
      });
    }
  }
  if (s.tolerance) accept('tolerance', { tolerance: s.tolerance }, () => (data.tolerance = s.tolerance));
  const minimum = s.satisfaction?.minimum;
  if (minimum !== undefined && minimum !== null)
    accept('satisfaction.minimum', { satisfaction: { minimum } }, () => (data.satisfaction = { minimum }));
  if (s.profile) accept('profile', { profile: s.profile }, () => (data.profile = s.profile));
  return fromData(data);
}

/**
 * The folder whose `.jixiao.yaml` applies to a document, or undefined for a URI that names no
 * local file (`untitled:`, `file://host/…`, an encoded `/`): those get the defaults, since
 * `fileURLToPath` throws on them — once inside a timer, which ended the server.
 */
export function configDirOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** Defaults and the nearest `.jixiao.yaml` above `dir`; a broken file is reported and ignored. */
export function fileConfig(dir: string | undefined, onError: (message: string) => void): Config {
  if (dir === undefined) return DEFAULT_CONFIG;
  try {
    const file = findConfigFile(dir);
    return file ? mergeConfig(DEFAULT_CONFIG, loadConfigFile(file)) : DEFAULT_CONFIG;
  } catch (e) {
    onError(e instanceof ConfigError ? e.message : `无法读取配置：${String((e as Error)?.message ?? e)}`);
    return DEFAULT_CONFIG;
  }
}
