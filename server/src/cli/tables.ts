/** `jixiao tables`: the published tables a draft computes (filled in by the tables work). */
export function runTables(
  inputs: string[],
  format: string,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): number {
  void inputs;
  void format;
  void out;
  err.write('jixiao: tables 命令尚未实现\n');
  return 2;
}
