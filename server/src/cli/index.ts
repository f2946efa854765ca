import { main } from './main';
import { isCheckWorker } from './parallel';

// Set the exit code rather than exiting, so piped output is flushed completely. In a check
// worker (see parallel.ts) this bundle is loaded again and must not start the CLI.
if (!isCheckWorker()) {
  const code = main(process.argv.slice(2));
  if (typeof code === 'number') process.exitCode = code;
  else
    code.then(
      (c) => (process.exitCode = c),
      (e: unknown) => {
        process.stderr.write(`jixiao: 内部错误：${(e as Error)?.stack ?? String(e)}\n`);
        process.exitCode = 2;
      },
    );
}
