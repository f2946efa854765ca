import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The project's shared material (spec, seeds, published PDFs) lies beside the repository
 * (`../shared`) in CI and in a developer's checkout; a git worktree elsewhere finds it at
 * /work/shared. Tests that need it skip with a message when neither exists.
 */
export const SHARED: string | undefined = [join(__dirname, '..', '..', 'shared'), '/work/shared'].find((d) =>
  existsSync(join(d, 'spec')),
);

export const sharedPath = (...parts: string[]): string =>
  join(SHARED ?? join(__dirname, '..', '..', 'shared'), ...parts);
