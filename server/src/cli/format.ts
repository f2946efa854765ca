import { SEVERITY_ZH, type Severity, type WireFinding } from '../engine/findings';
import { ruleById } from '../engine/rules';
import { ruleDocUri } from '../node/docs';
import { escapeForTerminal } from './escape';

export interface FileFinding extends WireFinding {
  file: string;
}

const COLORS: Record<Severity, string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  hint: '\x1b[90m',
};

/**
 * The closing line. Files that could not be checked are named in the count, so an unreadable
 * draft never reads as “检查了 0 个文件，没有发现问题”.
 */
export function summarise(findings: FileFinding[], fileCount: number, failed = 0): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const checked = `检查了 ${fileCount} 个文件` + (failed ? `，另有 ${failed} 项无法检查（见上方说明）` : '');
  if (!findings.length) {
    if (!failed) return `${checked}，没有发现问题。`;
    return fileCount ? `${checked}；已检查的文件中没有发现问题。` : `${checked}。`;
  }
  return (
    `${checked}，发现 ${findings.length} 个问题：` +
    `错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}，建议 ${count('hint')}。`
  );
}

/**
 * `file:line:col severity rule message`, one line per finding, then a summary line. Draft text
 * (messages quote it, file names may hold anything) is escaped: one finding stays one line.
 */
export function formatText(findings: FileFinding[], fileCount: number, color: boolean, failed = 0): string {
  const lines = findings.map((f) => {
    const where = `${escapeForTerminal(f.file)}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const sev = color ? `${COLORS[f.severity]}${f.severity}\x1b[0m` : f.severity;
    return `${where} ${sev} ${f.rule} ${escapeForTerminal(f.message)}`;
  });
  lines.push(summarise(findings, fileCount, failed));
  return lines.join('\n') + '\n';
}

/** RULES.md's JSON shape; a finding of an imported PDF also carries its `page`. */
export function formatJson(findings: (FileFinding & { page?: number })[]): string {
  const out = findings.map((f) => ({
    file: f.file,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    path: f.path,
    range: f.range,
    fixes: f.fixes,
    ...(f.page !== undefined ? { page: f.page } : {}),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/** SARIF 2.1.0, for code-scanning uploads; columns are 1-based UTF-16 units, as SARIF's default. */
export function formatSarif(findings: FileFinding[], version: string): string {
  const ids = [...new Set(findings.map((f) => f.rule))].sort();
  const rules = ids.map((id) => {
    const meta = ruleById(id);
    return {
      id,
      shortDescription: { text: meta?.description ?? id },
      helpUri: ruleDocUri(id),
      defaultConfiguration: { level: SARIF_LEVEL[meta?.severity ?? 'warning'] },
    };
  });
  const results = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: ids.indexOf(f.rule),
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.file.replace(/\\/g, '/') },
          region: {
            startLine: f.range.start.line + 1,
            startColumn: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            endColumn: f.range.end.character + 1,
          },
        },
        logicalLocations: f.path ? [{ fullyQualifiedName: f.path }] : undefined,
      },
    ],
    properties: { severity: f.severity, severityZh: SEVERITY_ZH[f.severity] },
    fixes: f.fixes.map((fix) => ({
      description: { text: fix.title },
      artifactChanges: [
        {
          artifactLocation: { uri: f.file.replace(/\\/g, '/') },
          replacements: fix.edits.map((e) => ({
            deletedRegion: {
              startLine: e.range.start.line + 1,
              startColumn: e.range.start.character + 1,
              endLine: e.range.end.line + 1,
              endColumn: e.range.end.character + 1,
            },
            insertedContent: { text: e.newText },
          })),
        },
      ],
    })),
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'jixiao', version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
