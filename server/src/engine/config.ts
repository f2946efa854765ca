import type { SeveritySetting } from './findings';

export type Tolerance = 'exact' | 'rounding';
export type Profile = 2021 | 2015;

/** The effective configuration of one check: `.jixiao.yaml`, then editor settings, over defaults. */
export interface Config {
  rules: Record<string, SeveritySetting>;
  satisfaction: { minimum: number };
  tolerance: Tolerance;
  profile: Profile;
}

export const DEFAULT_CONFIG: Config = {
  rules: {},
  satisfaction: { minimum: 80 },
  tolerance: 'exact',
  profile: 2021,
};

/** Merges a partial, already-validated configuration over a base without mutating either. */
export function mergeConfig(base: Config, over: Partial<Config> | undefined): Config {
  if (!over) return base;
  return {
    rules: { ...base.rules, ...(over.rules ?? {}) },
    satisfaction: { ...base.satisfaction, ...(over.satisfaction ?? {}) },
    tolerance: over.tolerance ?? base.tolerance,
    profile: over.profile ?? base.profile,
  };
}
