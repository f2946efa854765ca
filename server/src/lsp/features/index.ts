import type { Feature } from '../context';
import { hoverFeature } from './basics';
import { codeActionFeature } from './codeActions';
import { completionFeature } from './completion';
import { lensFeature } from './lenses';
import { importFeature } from './importDraft';
import { foldingFeature, symbolFeature, unitNavigationFeature, workspaceSymbolFeature } from './navigation';
import { previewFeature } from './preview';
import { reviewFeature } from './reviews';

/** Every feature the server offers; a new feature is one module and one line here. */
export const FEATURES: Feature[] = [
  hoverFeature,
  codeActionFeature,
  completionFeature,
  symbolFeature,
  foldingFeature,
  unitNavigationFeature,
  workspaceSymbolFeature,
  reviewFeature,
  previewFeature,
  lensFeature,
  importFeature,
];
