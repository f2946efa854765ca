export { reviewThreads } from './threads';
export { reviewEdit } from './edits';
export * from './types';
export { validateReviewAction } from './validate';
