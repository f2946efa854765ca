/**
 * A 申报表-shaped draft with every project field the 绩效目标表 prints beyond 绩效目标: 期限,
 * 总预算, 明细 (with an 活动) and a 长期目标 whose tree shares some indicators with the 年度 one
 * and not others. Names carry HTML metacharacters: the report must print them, not obey them.
 */
export const LONG_TERM_DRAFT = `格式: 部门预算/1
部门: 某区<教育>局
预算年度: 2026
金额单位: 万元
项目:
  - 名称: 校舍改造
    类别: 特定目标类
    功能科目: 2050202 小学教育
    金额: 120
    总预算: 360
    期限: { 起始年度: 2026, 终止年度: 2028 }
    明细:
      - 活动: 校舍维修
        内容: 屋面防水 <A&B>
        经济科目: 30213 维修（护）费
        金额: 100
        测算依据: 2000平方米*500元/平方米
      - 内容: 监理费
        经济科目: 30227 委托业务费
        金额: 20
    绩效目标:
      总体目标: 完成3所学校屋面防水改造
      指标:
        成本指标:
          经济成本指标:
            总成本: ≤120万元
        产出指标:
          数量指标:
            改造学校数: 3所
          质量指标:
            验收合格率: 100%
        满意度指标:
          服务对象满意度指标:
            师生满意度: ≥90%
      长期目标:
        说明: 三年内完成全区9所学校校舍改造"<script>"
        指标:
          产出指标:
            数量指标:
              改造学校数: 9所
              "改造面积<m²>": ≥6000平方米
          效益指标:
            社会效益指标:
              校舍安全隐患: 消除
`;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };

/** The text a browser shows for an HTML fragment: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ENTITIES[e]);
}

/** The text of every cell of the 绩效目标表 of project `index`, row by row. */
export function goalsRows(html: string, index: number): string[][] {
  const start = html.indexOf(`<h3 id="p${index}">`);
  if (start < 0) throw new Error(`no 绩效目标表 for project ${index}`);
  const table = html.slice(html.indexOf('<table class="goals">', start), html.indexOf('</table>', start));
  return table
    .split('<tr')
    .slice(1)
    .map((tr) => [...tr.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => textOf(m[1])));
}
