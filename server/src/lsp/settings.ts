import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, mergeConfig, type Config } from '../engine/config';
import { ConfigError, findConfigFile, fromData, loadConfigFile } from '../node/configFile';

/** `jixiao.*` settings as the client sends them; unset (null) values leave `.jixiao.yaml` in charge. */
export interface EditorSettings {
  rules?: Record<string, string> | null;
  tolerance?: string | null;
  satisfaction?: { minimum?: number | null } | null;
  profile?: string | number | null;
  debounceMs?: number | null;
}

export function editorOverrides(s: EditorSettings | undefined): Partial<Config> {
  if (!s) return {};
  const data: Record<string, unknown> = {};
  if (s.rules && Object.keys(s.rules).length) data.rules = s.rules;
  if (s.tolerance) data.tolerance = s.tolerance;
  if (s.satisfaction && typeof s.satisfaction.minimum === 'number')
    data.satisfaction = { minimum: s.satisfaction.minimum };
  if (s.profile) data.profile = s.profile;
  return fromData(data);
}

/** Defaults, then the nearest `.jixiao.yaml`, then the editor's settings (which win in the editor). */
export function configForUri(
  uri: string,
  settings: EditorSettings | undefined,
  onError: (message: string) => void,
): Config {
  let config = DEFAULT_CONFIG;
  if (uri.startsWith('file:')) {
    try {
      const file = findConfigFile(dirname(fileURLToPath(uri)));
      if (file) config = mergeConfig(config, loadConfigFile(file));
    } catch (e) {
      if (e instanceof ConfigError) onError(e.message);
      else throw e;
    }
  }
  return mergeConfig(config, editorOverrides(settings));
}
