import type { Profile } from '../config';

/**
 * The 项目支出 indicator catalog (财预〔2021〕101号; 2015 layout per 财预〔2015〕88号) and the
 * spellings users write for it.
 */
export const LEVEL1_2021: Record<string, string[]> = {
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
  产出指标: ['数量指标', '质量指标', '时效指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

// The 2015 template put 服务对象满意度指标 under 效益指标; a separate 一级 满意度指标 is also read.
export const LEVEL1_2015: Record<string, string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'],
  满意度指标: ['服务对象满意度指标'],
};

export const OVERALL_LEVEL1 = ['投入管理指标', '成本指标', '产出指标', '效益指标', '满意度指标'];

const ALIASES: Record<string, string> = {
  效果指标: '效益指标',
  环境效益指标: '生态效益指标',
  生态成本指标: '生态环境成本指标',
  环境成本指标: '生态环境成本指标',
  满意度: '满意度指标',
  服务对象满意度: '服务对象满意度指标',
  // The 财预〔2015〕88号 申报表 spells the 二级 this way.
  社会公众或服务对象满意度指标: '服务对象满意度指标',
  社会公众或服务对象满意度: '服务对象满意度指标',
};

/** `经济成本` → `经济成本指标`, `效果指标` → `效益指标`; anything else unchanged. */
export function normaliseIndicatorName(name: string): string {
  const n = name.trim();
  if (ALIASES[n]) return ALIASES[n];
  if (!n.endsWith('指标')) {
    const withSuffix = n + '指标';
    return ALIASES[withSuffix] ?? withSuffix;
  }
  return n;
}

export function catalogFor(profile: Profile): Record<string, string[]> {
  return profile === 2015 ? LEVEL1_2015 : LEVEL1_2021;
}

export function canonicalLevel1(name: string, profile: Profile): string | undefined {
  const n = normaliseIndicatorName(name);
  return n in catalogFor(profile) ? n : undefined;
}

export function canonicalLevel2(
  level1: string | undefined,
  name: string,
  profile: Profile,
): string | undefined {
  if (!level1) return undefined;
  const n = normaliseIndicatorName(name);
  // A 满意度 二级 is often written just 满意度(指标) (the Anhui template: 满意度指标 › 满意度指标),
  // under 满意度指标, and in the 2015 template under 效益指标.
  if (n === '满意度指标' && (level1 === '满意度指标' || (profile === 2015 && level1 === '效益指标')))
    return '服务对象满意度指标';
  return catalogFor(profile)[level1]?.includes(n) ? n : undefined;
}

/** Which 一级 a 二级 name belongs to in the catalog, for "move it where it belongs". */
export function level1Of(level2: string, profile: Profile): string[] {
  const n = normaliseIndicatorName(level2);
  return Object.entries(catalogFor(profile))
    .filter(([, twos]) => twos.includes(n))
    .map(([one]) => one);
}
