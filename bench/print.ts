import type { Results } from './results';
import { ms } from './stats';

/** The #16 figures as Markdown tables (Chinese, like the README), each against its target. */
export function printResults(results: Results): void {
  console.log(`\n机器：${results.machine}\n`);
  for (const [name, p] of Object.entries(results.parts ?? {}))
    console.log(
      `- ${name}：${p.date}，负载 ${p.loadStart.join(' / ')} → ${p.loadEnd.join(' / ')}，用时 ${p.seconds} s`,
    );
  if (Object.keys(results.engine).length) {
    console.log(
      '\n全量检查（冷，无编辑缓存；目标 1,000 项目 ≤150 ms、5,000 项目 ≤750 ms）\n\n' +
        '| 引擎 N | 大小 MB | 墙钟中位数 ms | p95 ms | CPU 中位数 ms | CPU p95 ms | 堆 MB | 首次检查后峰值 RSS MB | 全部检查后峰值 RSS MB | 在15个项目中各改一字后存活堆 MB |\n' +
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const [n, e] of Object.entries(results.engine))
      console.log(
        `| ${n} | ${e.mb.toFixed(2)} | ${ms(e.medianMs)} | ${ms(e.p95Ms)} | ${ms(e.cpuMedianMs ?? NaN)} | ${ms(e.cpuP95Ms ?? NaN)} | ${e.heapMB.toFixed(0)} | ${e.firstCheckRssMB.toFixed(0)} | ${e.rssMB.toFixed(0)} | ${e.sessionMB?.toFixed(0) ?? '—'} |`,
      );
  }
  if (Object.keys(results.cli).length) {
    console.log('\n| 命令行 | 墙钟 ms |\n| --- | --- |');
    for (const [k, v] of Object.entries(results.cli)) console.log(`| ${k} | ${ms(v)} |`);
  }
  if (results.importPdf)
    console.log(
      `\n导入并检查 ${results.importPdf.pages} 页的 PDF：预热后中位数 ${ms(results.importPdf.warmMedianMs)} ms（目标 ≤ 1000 ms），` +
        `命令行冷启动 jixiao check 文件.pdf ${ms(results.importPdf.cliColdMs)} ms`,
    );
  if (Object.keys(results.lsp).length) {
    console.log(
      '\n| 语言服务器 N | 本项目 ms（不含防抖） | yaml-language-server ms（不含其200ms延迟） | 比值 | 本项目峰值 RSS MB |\n| --- | --- | --- | --- | --- |',
    );
    for (const [n, l] of Object.entries(results.lsp))
      console.log(
        `| ${n} | ${ms(l.oursMs)} | ${ms(l.peerMs ?? NaN)} | ${l.ratio?.toFixed(3) ?? '—'} | ${l.oursPeakRssMB?.toFixed(0) ?? '—'} |`,
      );
    console.log(
      '\n| 语言服务器 N | 体感：本项目 ms（默认设置，编辑间隔 100 ms，含等待；目标 1,000 项目 ≤50、5,000 项目 ≤150） | 体感：yaml-language-server ms（含其200ms延迟） | 体感比值（目标 ≤0.06） |\n| --- | --- | --- | --- |',
    );
    for (const [n, l] of Object.entries(results.lsp))
      console.log(
        `| ${n} | ${ms(l.oursFeltMs ?? NaN)} | ${ms(l.peerFeltMs ?? NaN)} | ${l.feltRatio?.toFixed(3) ?? '—'} |`,
      );
  }
  const m = results.memory;
  if (m)
    console.log(
      `\n内存：语言服务器打开 ${m.projects} 个项目、连续 ${m.edits} 次编辑后峰值 RSS ${m.peakRssMB.map((x) => x.toFixed(0)).join('、')} MB，` +
        `中位数 ${m.medianMB.toFixed(0)} MB（目标 ≤${m.targetMB} MB）`,
    );
  const st = results.start;
  if (st)
    console.log(
      `\n启动：jixiao check examples/ ${ms(st.checkMs)} ms，jixiao --help ${ms(st.helpMs)} ms，` +
        `成对比值中位数 ${st.ratio.toFixed(2)}（目标 ≤2）；语言服务器 didOpen 后首次诊断 ${ms(st.firstDiagnosticsMs)} ms（目标 ≤150 ms）`,
    );
  console.log('\n比值：' + JSON.stringify(results.ratios));
}
