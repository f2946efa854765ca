import { main } from './main';
import { isCheckWorker } from './parallel';

/**
 * A reader that stops early (`jixiao check … | head -1`) closes the pipe: that is a normal end,
 * not a crash, so the rest of the output is dropped quietly with the exit code already decided.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

// Set the exit code rather than exiting, so piped output is flushed completely. In a check
// worker (see parallel.ts) this bundle is loaded again and must not start the CLI.
if (!isCheckWorker()) {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
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
