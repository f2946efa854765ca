import { basicCommands } from './commands';
import { importCommand } from './import';
import { pasteAsDraft } from './paste';
import { previewPanel } from './preview';
import { reviewComments } from './reviews';
import { statusBar } from './statusBar';
import type { ClientFeature } from './types';

/** Every client feature; a new one is one module and one line here. */
export const CLIENT_FEATURES: ClientFeature[] = [
  basicCommands,
  reviewComments,
  previewPanel,
  statusBar,
  importCommand,
  pasteAsDraft,
];
