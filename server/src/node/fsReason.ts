const CODES: Record<string, string> = {
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  ENOENT: '文件不存在',
  EISDIR: '这是一个目录',
  ENOTDIR: '路径中有一段不是目录',
  ELOOP: '符号链接循环',
  ENAMETOOLONG: '路径过长',
  EMFILE: '打开的文件过多',
  EIO: '读取时发生输入输出错误',
};

/** A file-system error in Chinese, with its code for a search (never Node's English sentence). */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code && CODES[code]) return `${CODES[code]}（${code}）`;
  return code ? `读取失败（${code}）` : '读取失败';
}
