import { isReviewStatus, type ReviewAction } from './types';

/**
 * A review request as it arrived over the wire, checked field by field: a request that is not
 * exactly one of the `ReviewAction` shapes is refused with a Chinese reason, never coerced
 * (`index: "length"` once deleted a whole 审核意见 block, `text: {}` wrote `[object Object]`).
 */
export function validateReviewAction(p: unknown): ReviewAction | { error: string } {
  if (!p || typeof p !== 'object') return { error: '审核意见请求无效' };
  const r = p as Record<string, unknown>;
  const optionalText = (k: string) => r[k] === undefined || r[k] === null || typeof r[k] === 'string';
  const isIndex = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  const bad = (field: string) => ({ error: `审核意见请求无效：${field}` });
  const needThread = () => (typeof r.threadId === 'string' && r.threadId ? undefined : bad('threadId'));
  switch (r.action) {
    case 'add':
    case 'reply': {
      if (r.action === 'add' && !isIndex(r.line)) return bad('line');
      if (r.action === 'reply' && needThread()) return bad('threadId');
      if (typeof r.text !== 'string') return bad('text');
      if (!optionalText('reviewer')) return bad('reviewer');
      if (!optionalText('date')) return bad('date');
      const who = {
        reviewer: (r.reviewer as string | null) ?? undefined,
        date: (r.date as string | null) ?? undefined,
      };
      return r.action === 'add'
        ? { action: 'add', line: r.line as number, text: r.text, ...who }
        : { action: 'reply', threadId: r.threadId as string, text: r.text, ...who };
    }
    case 'status':
      if (needThread()) return bad('threadId');
      if (r.index !== undefined && r.index !== null && !isIndex(r.index)) return bad('index');
      if (!isReviewStatus(r.status)) return { error: `未知的状态“${String(r.status)}”` };
      return {
        action: 'status',
        threadId: r.threadId as string,
        index: (r.index as number | null) ?? undefined,
        status: r.status,
      };
    case 'delete':
      if (needThread()) return bad('threadId');
      if (!isIndex(r.index)) return bad('index');
      return { action: 'delete', threadId: r.threadId as string, index: r.index as number };
    default:
      return { error: '未知的审核意见操作' };
  }
}
