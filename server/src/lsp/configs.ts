import { mergeConfig, type Config } from '../engine/config';
import { configDirOf, editorOverrides, fileConfig, type EditorSettings } from './settings';

/**
 * The configuration of each open document: defaults, the nearest `.jixiao.yaml`, the editor's
 * settings. Read once per folder and kept until a `.jixiao.yaml` changes on disk (the client
 * watches them) or the settings change, so typing does not touch the file system; the same
 * `Config` object while nothing changed, which lets a check be reused.
 */
export class Configs {
  private byDir = new Map<string, Config>();
  private overrides: Partial<Config> | undefined;

  constructor(
    private readonly settings: () => EditorSettings | undefined,
    /** A `.jixiao.yaml` that cannot be used (`error`), a setting left out (`warning`). */
    private readonly report: (message: string, level: 'error' | 'warning') => void,
  ) {}

  of(uri: string): Config {
    const dir = configDirOf(uri);
    const key = dir ?? '';
    let config = this.byDir.get(key);
    if (!config) {
      this.overrides ??= editorOverrides(this.settings(), (m) => this.report(m, 'warning'));
      config = mergeConfig(
        fileConfig(dir, (m) => this.report(m, 'error')),
        this.overrides,
      );
      this.byDir.set(key, config);
    }
    return config;
  }

  /** Forget everything read: a `.jixiao.yaml` or the settings changed. */
  invalidate(): void {
    this.byDir.clear();
    this.overrides = undefined;
  }
}
