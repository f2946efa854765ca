import { main } from './main';
import { isCheckWorker } from './parallel';

// Set the exit code rather than exiting, so piped output is flushed completely. In a check
// worker (see parallel.ts) this bundle is loaded again and must not start the CLI.
if (!isCheckWorker()) process.exitCode = main(process.argv.slice(2));
