import { main } from './main';

// Set the exit code rather than exiting, so piped output is flushed completely.
process.exitCode = main(process.argv.slice(2));
