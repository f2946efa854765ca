/**
 * What a 三级指标 name says about its value. These are word lists, deliberately conservative: a
 * name they do not recognise makes the rules that use them stay silent.
 */

/** Rates where lower is better, or whose direction the name alone does not tell. */
const NOT_HIGH_IS_GOOD =
  /(差错|投诉|事故|失误|发生|超支|偏差|逾期|违规|空置|流失|误差|退回|拒付|重复|异常|错误|损失|返贫|死亡|发病|患病|复发|感染|辍学|失业|犯罪|变化|变动|增长|下降|降低|结余|闲置)率|不合格|不达标|不满意|未完成|未及时/;

/** Rates that should be high: bounded from below (`≥95%`), never from above. */
const HIGH_IS_GOOD =
  /(合格率|完成率|及时率|覆盖率|达标率|知晓率|知晓度|满意度|满意率|认可度|使用率|参保率|到位率|执行率|准确率|利用率|受益率|结算率|办结率|处置率|核查率|支付率|兑现率|发放率|通过率|普及率|落实率|正确率|运行率|完好率|完成度|合规率|审核率|录入率|保障率|规范率|达成率|报销率|登记率|采纳率|好评率|回复率|响应率|上线率|在线率|出勤率|开通率|联网率|接通率|入库率|归档率|公开率|签约率|参与率|参训率|就业率|入学率|治愈率|救治率|应用率|实现率|完整率|稳定率|可用率|拨付率|纳入率|转诊率|服务率|解决率|建档率)/;

export function isRateName(name: string): boolean {
  return HIGH_IS_GOOD.test(name) && !NOT_HIGH_IS_GOOD.test(name);
}

/**
 * Names whose value is a share between 0% and 100%. Growth and change rates are excluded: they
 * may exceed 100% or be negative (`增长率 120%`), and so are ratios that are not shares (容积率, 倍率).
 */
export function isPercentName(name: string): boolean {
  return (
    /(率|比例|比重|占比|百分比|满意度|知晓度|认可度)/.test(name) &&
    !/(增长|增幅|增速|增加|提高|提升|下降|降低|减少|变化|变动|同比|环比|倍|容积率|汇率|利率|收益率)/.test(
      name,
    )
  );
}

/** Per-person or per-unit amounts: 人均, 每人, 单位成本, 补助标准, 单价 … */
export function isPerUnitName(name: string): boolean {
  return (
    /(人均|户均|次均|均次|生均|床均|每人|每户|每次|每个|每名|每家|每场|每件|每月|单位成本|单价|单次|标准(?!化)|定额)/.test(
      name,
    ) || /\/(人|户|次|个|件|场|份|月)/.test(name)
  );
}

/**
 * The 三级 names that mark a project's total cost (总成本, 成本控制数, 总金额, 经济成本 …). A per-unit
 * name is never the total, even with 总 in it (`人均总成本`).
 */
export function isTotalCostName(name: string): boolean {
  return (
    /(总成本|成本控制数|成本总额|成本合计|总金额|总额|总投入|总投资|总预算|总经费|总费用|经济成本(指标|控制数)?(\(|（|$))/.test(
      name,
    ) && !isPerUnitName(name)
  );
}
