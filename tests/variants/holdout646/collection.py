"""Returns gf01–gf06: 蝉花（虫草）采集管理 (permits, quotas, surveys, breeding, purchase points,
training), all invented for 澄岭县."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout646.common import (
    FOREST,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    periods,
    sign,
    wan,
)
from tests.variants.holdout646.registry import variant
from tests.variants.kit import Book, day, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "gf01-chanhua-permit",
    (1, 4, 5),
    "project, OLD-NAT, numbered tier labels, typed percent cells, a 依据 column, a goal count "
    "with its parts in brackets, a 下降率 with ≥, a 注 row and signature lines (correct)",
)
def gf01() -> Book:
    b, s = book()
    goal = (
        "2026年在雾溪乡、栖枫镇两个蝉花主产区实行持证采集，核发采集证1200本（其中雾溪乡500本、"
        "栖枫镇700本），开展采集区域巡护48次，违规采挖投诉比上年下降15%以上。"
    )
    project_head(s, year=YEAR, name="蝉花持证采集管理", dept=FOREST,
                 unit="澄岭县林业技术推广站", money=one_year(36, 36, 0), goals=[goal])  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("一、产出指标", "（一）数量指标", "蝉花采集证核发数量", "≥1200本", "计划标准"),
        (None, None, "采集区域巡护次数", "≥48次", "计划标准"),
        (None, "（二）质量指标", "持证采集户登记信息准确率", pct(0.98), "历史标准"),
        (None, None, "采挖点位回填复绿率", pct(0.9), "行业标准"),
        (None, "（三）时效指标", "采集证核发完成时间", "2026年4月15日前", "计划标准"),
        (None, "（四）成本指标", "采集证印制成本", "≤8元/本", "历史标准"),
        (None, None, "巡护人员误工补助标准", "≤120元/人·天", "其他标准"),
        ("二、效益指标", "（一）社会效益指标", "违规采挖投诉下降率", "≥15%", "比上年"),
        (None, "（二）生态效益指标", "蝉花寄主竹林受损面积", "≤20亩", "历史标准"),
        (None, "（三）可持续影响指标", "蝉花资源管护长效机制", "建立并执行", "计划标准"),
        ("三、满意度指标", "（一）服务对象满意度指标", "持证采集户满意度", pct(0.9), "行业标准"),
    ])  # fmt: skip
    notes(s, "注：采集证核发数量1200本含雾溪乡500本、栖枫镇700本；下降率以2025年投诉32件为基数。")
    sign(s, "贺闻舟", "0793-6627815", (2025, 11, 18))
    return b


@variant(
    "gf02-quota-goal-mismatch",
    (5,),
    "project, NAT-2021, tier-1 labels with points: the goal's 3 限采区 given as ≥5 in the "
    "indicator, a deadline in the following year of a one-year project",
)
def gf02() -> Book:
    b, s = book()
    goal = (
        "在桐坝乡、石磬镇划定蝉花限采区3处，核定年度采集总量不超过2.5吨，"
        "于2026年5月底前完成限采区界桩设置并公示采集量核定结果。"
    )
    project_head(s, year=YEAR, name="蝉花限采区划定与采集量核定", dept=FOREST,
                 unit="澄岭县林业局资源管理股", money=one_year(28, 25, 3),
                 goals=[goal], attr="新增项目")  # fmt: skip
    quota = mk("≥5处", "D104", "warning", row=True, note="年度目标写划定限采区3处")
    late = mk("2027年3月31日前", "Y102", "error",
              note="一年期项目（2026年），公示期限落在次年；目标写5月底前公示")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标（50分）", "数量指标", "限采区划定数量", quota),
        (None, None, "限采区界桩设置数量", "≥60根"),
        (None, "质量指标", "界桩设置验收合格率", "≥95%"),
        (None, "时效指标", "限采区界桩设置完成时间", "2026年5月31日前"),
        (None, None, "采集量核定结果公示时间", late),
        ("成本指标（10分）", "经济成本指标", "界桩制作安装单价", "≤350元/根"),
        ("效益指标（30分）", "生态效益指标", "蝉花年度采集总量", "≤2.5吨"),
        (None, "社会效益指标", "限采政策村组知晓率", "≥90%"),
        ("满意度指标（10分）", "服务对象满意度指标", "采集户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "龚晓棠", "0793-6627830", (2025, 11, 21))
    return b


@variant(
    "gf03-survey-annual-over-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: a year's 样地 count above the "
    "period's, 中期目标 copied into 年度目标, a quality rate under 时效",
)
def gf03() -> Book:
    b, s = book()
    text = (
        "2026—2028年完成全县蝉花资源本底调查，布设固定监测样地45个，"
        "建成蝉花资源数据库1个，每年发布资源监测报告。"
    )
    copied = mk(text, "D204", "warning", note="多年期项目，年度目标与中期目标逐字相同")
    project_head(s, year=YEAR, name="蝉花资源本底调查与动态监测", dept=FOREST,
                 unit="澄岭县林业技术推广站", money=periods((130, 130, 0), (50, 50, 0)),
                 goals=[text, copied], years=3, attr="新增项目")  # fmt: skip
    plots = mk("≥60个", "D201", "error", note="年度样地数大于实施期的45个")
    wrong = mk("样品检测合格率", "F201", "warning", row=True, note="质量类比率填在时效指标下")
    indicators(s, TWO, [
        ("产出指标", "数量指标", "固定监测样地布设数量", "≥45个", plots),
        (None, None, "资源调查覆盖乡镇数", "≥9个", "≥3个"),
        (None, "质量指标", "调查数据复核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "监测数据上报及时率", "≥95%", "≥95%"),
        (None, None, wrong, "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "单个样地布设成本", "≤0.8万元/个", "≤0.8万元/个"),
        ("效益指标", "社会效益指标", "监测报告向采集户公开发布次数", "≥6次", "≥2次"),
        (None, "可持续影响指标", "蝉花资源监测数据库运行情况", "有效", "有效"),
        ("满意度指标", "服务对象满意度指标", "乡镇林业站满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺闻舟", "0793-6627815", (2025, 11, 24))
    return b


@variant(
    "gf04-breeding-two-years",
    (1, 8, 10),
    "two-year project, NAT-2021, 中期 and 年度 columns with the period's counts above the year's, "
    "equal rates, a typed percent, 百分点, a later year the work prepares for (correct)",
)
def gf04() -> Book:
    b, s = book()
    period = (
        "2026—2027年建设蝉花人工促繁示范点4个、示范面积300亩，举办技术培训10期，"
        "为2028年在全县推广积累技术参数。"
    )
    annual = "2026年建设示范点2个、示范面积120亩，举办技术培训6期。"
    project_head(s, year=YEAR, name="蝉花人工促繁试验示范", dept=FOREST,
                 unit="澄岭县林业技术推广站", money=periods((80, 70, 10), (40, 35, 5)),
                 goals=[period, annual], years=2, attr="新增项目")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "促繁示范点建设数量", "≥4个", "≥2个"),
        (None, None, "促繁示范面积", "≥300亩", "≥120亩"),
        (None, None, "促繁技术培训期数", "≥10期", "≥6期"),
        (None, "质量指标", "促繁接种成活率", pct(0.7), pct(0.7)),
        (None, "时效指标", "示范点建设完成时间", "2027年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "示范面积亩均投入", "≤0.25万元/亩", "≤0.25万元/亩"),
        ("效益指标", "经济效益指标", "示范户户均增收", "≥3000元", "≥1500元"),
        (None, "社会效益指标", "示范户促繁技术掌握率", "提高≥20百分点", "提高≥10百分点"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：2028年为项目结束后的推广年度，不在本项目实施期内，不设指标。")
    sign(s, "龚晓棠", "0793-6627830", (2025, 11, 25))
    return b


@variant(
    "gf05-stacked-purchase-points",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value column: the second project's total "
    "is not its parts, and its subsidy standard × count exceeds its money",
)
def gf05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="蝉花采集季森林巡护", dept=FOREST,
                 unit="澄岭县森林资源管护中心", money=one_year(24, 24, 0),
                 goals=["2026年4—7月采集季开展重点林区巡护96次，查处违规采挖行为。"],
                 title="2026年度项目支出绩效目标申报表（林业局项目汇总）")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "重点林区巡护次数", "≥96次"),
        (None, "质量指标", "违规采挖行为查处率", "≥95%"),
        (None, "时效指标", "巡护完成时间", "2026年7月31日前"),
        (None, "成本指标", "巡护人员补助标准", "≤150元/人·天"),
        ("效益指标", "生态效益指标", "采挖破坏林地面积", "≤15亩"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(45), "B101", "error", note="财政拨款35 + 其他资金5 = 40 ≠ 45")
    project_head(s, year=YEAR, name="蝉花收购点规范化建设", dept=FOREST,
                 unit="澄岭县林业产业发展中心", money=one_year(total, 35, 5), title="",
                 goals=["改造蝉花收购点20个，统一称量、台账和溯源标识。"])  # fmt: skip
    cap = mk("≤3万元/个", "B107", "warning", row=True, note="3万元 × 20个 = 60万元，超过项目资金")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "蝉花收购点改造数量", "≥20个"),
        (None, "质量指标", "收购点改造验收合格率", "≥95%"),
        (None, "时效指标", "收购点改造完成时间", "2026年9月30日前"),
        (None, "成本指标", "收购点改造补助标准", cap),
        ("效益指标", "经济效益指标", "收购价格公示率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "收购经营户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "宁若川", "0793-6627851", (2025, 11, 19))
    return b


@variant(
    "gf06-export-training",
    (4, 7, 12),
    "budget-system export: 05-1 budget sheet with codes and a 合计 row, the indicator table on "
    "sheet 05-2 under a third-row header with codes, operator and unit columns, a date cell "
    "(correct)",
)
def gf06() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 26, 20, 16, 16, 16))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：澄岭县林业技术推广站", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出经济分类", "合计", "财政拨款", "其他资金")
    s.row("52-A0126-0031", "野生蝉花采集从业人员培训", "30216 培训费", wan(12), wan(12), wan(0))
    s.row("52-A0126-0031", "野生蝉花采集从业人员培训", "30202 印刷费", wan(3), wan(3), wan(0))
    s.row("合计", None, None, wan(15), wan(15), wan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 14, 28, 12, 12, 12))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位名称：澄岭县林业技术推广站", None, None, None, None, None, None, "单位：万元")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "计量单位")  # fmt: skip
    code, name = "52-A0126-0031", "野生蝉花采集从业人员培训"
    indicators(t, head, [
        (code, name, "产出指标", "数量指标", "采集从业人员培训人次", "≥", 300, "人次"),
        (None, None, None, None, "培训期数", "≥", 6, "期"),
        (None, None, None, "质量指标", "培训考核合格率", "大于等于", 90, "%"),
        (None, None, None, "时效指标", "培训完成时间", "≤", day(2026, 9, 30), None),
        (None, None, "成本指标", "经济成本指标", "人均培训成本", "≤", 400, "元/人次"),
        (None, None, "效益指标", "社会效益指标", "参训采集户违规采挖发生率", "≤", 5, "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    t.row("说明：本表由预算管理一体化系统导出，金额单位为万元。", merge=[(1, 8)])
    return b
