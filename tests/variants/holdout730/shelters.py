"""Returns on the emergency-shelter upgrade (应急避难场所提升改造) of 澄岭市 and its districts."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout730.common import TIERS, indicators, one_year, start, two_level, wan
from tests.variants.holdout730.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct


@variant("kbl01-shelter-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 only in the "
         "number format, unit cost within the money (correct)")  # fmt: skip
def kbl01() -> Book:
    b, s = start()
    goal = ("完成12处应急避难场所提升改造（其中Ⅱ类场所4处、Ⅲ类场所8处），新增有效避难面积"
            "不少于3.6万平方米，设置标识标牌240块，服务周边约9万居民。")  # fmt: skip
    project_head(s, year=2025, name="蓼湾区应急避难场所提升改造项目",
                 dept="澄岭市蓼湾区应急管理局（317004）", unit="蓼湾区应急管理局",
                 money=one_year(480, 430, 50), goals=[goal])  # fmt: skip
    indicators(s, (*TIERS, "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "提升改造避难场所数量", "≥", 12, "处"),
        (None, None, "新增有效避难面积", "≥", 3.6, "万平方米"),
        (None, None, "设置避难场所标识标牌", "≥", 240, "块"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (None, None, "应急物资储备完好率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "单处改造平均成本", "≤", 38, "万元/处"),
        ("效益指标", "社会效益指标", "周边居民应急避难保障人数", "≥", 9, "万人"),
        (None, "可持续影响指标", "避难场所日常维护管理机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kbl02-shelter-goal-area", (7, 12),
         "project, NAT-2021, headers 指标内容 and 绩效标准: the area below the goal's, a deadline "
         "in the next year, a unit cost × count above the money")  # fmt: skip
def kbl02() -> Book:
    b, s = start()
    goal = ("对岫川区8处社区应急避难场所进行提升改造，新增有效避难面积2.4万平方米，增设应急"
            "供水、供电和厕所设施，2025年11月底前完成竣工验收。")  # fmt: skip
    project_head(s, year=2025, name="岫川区社区应急避难场所提升改造项目",
                 dept="澄岭市岫川区应急管理局（317006）", unit="岫川区应急管理局",
                 money=one_year(360, 320, 40), goals=[goal])  # fmt: skip
    area = mk("≥1.8万平方米", "D104", "warning", row=True,
              note="年度目标写新增有效避难面积2.4万平方米，指标只有1.8万")  # fmt: skip
    due = mk("2026年6月30日前", "Y102", "error", row=True, alt=("Y101", "Y103", "D104"),
             note="2025年一年期项目，年度目标写2025年11月底前验收，期限却落在2026年")  # fmt: skip
    cost = mk("≤50万元/处", "B107", "warning", row=True,
              note="50万元/处 × 8处 = 400万元，超过年度资金360万元")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), [
        ("产出指标", "数量指标", "提升改造避难场所数量", "≥8处", None),
        (None, None, "新增有效避难面积", area, None),
        (None, None, "增设应急供水点", "≥8个", "每处1个"),
        (None, "质量指标", "竣工验收合格率", "=100%", None),
        (None, "时效指标", "竣工验收时间", due, None),
        ("成本指标", "经济成本指标", "单处改造成本", cost, None),
        ("效益指标", "社会效益指标", "可容纳避难人数", "≥1.6万人", None),
        (None, "可持续影响指标", "改造设施设计使用年限", "≥15年", None),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("kbl03-shelter-two-year", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: the period's counts beside smaller "
         "annual ones, a later year the work prepares for, a cost equal to its money "
         "(correct)")  # fmt: skip
def kbl03() -> Book:
    b, s = start()
    period = ("两年内完成全市20处Ⅲ类应急避难场所提升改造，新增有效避难面积6万平方米，建立避难"
              "场所数字化管理台账，为2027年全市推广标准化避难场所积累经验。")  # fmt: skip
    annual = "2025年完成8处提升改造，新增有效避难面积2.4万平方米，完成8处场所数字化台账录入。"
    project_head(s, year=2025, years=2, name="澄岭市Ⅲ类应急避难场所标准化改造项目",
                 dept="澄岭市应急管理局（317001）", unit="澄岭市应急管理局",
                 money=two_level((700, 620, 80), (280, 250, 30)),
                 goals=[period, annual])  # fmt: skip
    indicators(s, (*TIERS, "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "提升改造避难场所数量", "≥20", "≥8", "处"),
        (None, None, "新增有效避难面积", "≥6", "≥2.4", "万平方米"),
        (None, None, "完成数字化台账录入场所", "≥20", "≥8", "处"),
        (None, "质量指标", "改造工程验收合格率", pct(1), pct(1), "%"),
        (None, "时效指标", "改造任务完成时间", "2026年12月31日前", "2025年12月31日前", None),
        (None, "成本指标", "单处改造平均成本", "≤35", "≤35", "万元/处"),
        ("效益指标", "社会效益指标", "覆盖服务居民人数", "≥15", "≥6", "万人"),
        (None, "可持续影响指标", "避难场所维护管理制度", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


def _stores(s: Sheet, total: Any) -> None:
    """Project B of kbl04: county relief-goods stores, stacked under project A."""
    project_head(s, year=2025, title="", name="栖桐县乡镇应急物资储备库建设项目",
                 dept="栖桐县应急管理局（421003）", unit="栖桐县应急管理局",
                 money=one_year(total, 120, 20),
                 goals=["新建乡镇应急物资储备库4个，储备帐篷、折叠床等物资"
                        "1.2万件（套）。"])  # fmt: skip
    again = mk("≥3个", "D103", "error", row=True, alt=("D102", "D101", "D104"),
               note="与上两行的“新建乡镇应急物资储备库 ≥4个”是同一指标，"
                    "多两个字，数值不同")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "新建乡镇应急物资储备库", "≥4个"),
        (None, None, "储备应急物资", "≥1.2万件（套）"),
        (None, None, "新建应急物资储备库数量", again),
        (None, "质量指标", "物资入库验收合格率", "=100%"),
        (None, "时效指标", "储备库建成时间", "2025年12月31日前"),
        (None, "成本指标", "单个储备库建设成本", "≤30万元/个"),
        ("效益指标", "社会效益指标", "受灾群众基本生活保障人数", "≥1.5万人"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥92%"),
    ])  # fmt: skip


@variant("kbl04-shelter-stacked", (2, 12),
         "two county projects stacked in one sheet, OLD-NAT, one value column: the second "
         "project's total is not its parts and it lists one indicator twice")  # fmt: skip
def kbl04() -> Book:
    b, s = start()
    project_head(s, year=2025, name="栖桐县避难场所标识系统更新项目",
                 dept="栖桐县应急管理局（421003）", unit="栖桐县应急管理局",
                 money=one_year(60, 60, 0),
                 goals=["更新全县26处避难场所标识系统，设置导向标识520块。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "更新标识系统的避难场所", "≥26处"),
        (None, None, "设置导向标识", "≥520块"),
        (None, "质量指标", "标识设置符合国家标准比例", pct(1)),
        (None, "时效指标", "标识更新完成时间", "2025年9月30日前"),
        (None, "成本指标", "单块标识平均成本", "≤0.1万元/块"),
        ("效益指标", "社会效益指标", "居民避难场所位置知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    _stores(s, mk(wan(150), "B101", "error", note="财政拨款120 + 其他资金20 = 140，不是150"))
    return b


@variant("kbl05-shelter-tier-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标) "
         "and an indicator score column, both adding to 100; a rate raised in 百分点 and a "
         "下降率 with ≥ (correct)")  # fmt: skip
def kbl05() -> Book:
    b, s = start()
    goal = ("完成6处社区应急避难场所提升改造，新增应急厕所12座，设施完好率较上年提高3个百分点"
            "以上，可容纳避难人数1.2万人。")  # fmt: skip
    project_head(s, year=2025, name="槐渚街道应急避难场所功能提升项目",
                 dept="澄岭市蓼湾区应急管理局（317004）", unit="槐渚街道办事处",
                 money=one_year(260, 230, 30), goals=[goal])  # fmt: skip
    indicators(s, (*TIERS, "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.提升改造避难场所", "≥6处", 15),
        (None, None, "2.新增应急厕所", "≥12座", 10),
        (None, "（二）质量指标", "3.避难设施完好率较上年提高", "≥3百分点", 10),
        (None, "（三）时效指标", "4.改造完成时间", "2025年10月31日前", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.单处改造成本", "≤40万元/处", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.应急疏散平均用时下降率", "≥15%", 15),
        (None, None, "7.可容纳避难人数", "≥1.2万人", 10),
        (None, "（二）可持续影响指标", "8.场所平急两用管理机制", "健全", 5),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.周边居民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("kbl06-shelter-budget-export", (7, 9),
         "budget-system export: sheet 05-1 with codes and money, sheet 05-2 with the indicator "
         "table under a third-row header; a plan end left from last year, a 合格率 under 时效, "
         "a date serial typed as text")  # fmt: skip
def kbl06() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 18, 16, 30, 14, 14, 14, 14, 14))
    s.title("部门项目支出预算表", 9)
    s.row("单位：澄岭市应急管理局（本级）", None, None, "预算年度：2025年", None, "金额单位：万元")
    s.row("单位代码", "单位名称", "项目代码", "项目名称", "年度资金总额", "财政拨款", "其他资金",
          "计划开始日期", "计划完成日期")  # fmt: skip
    end = mk(day(2024, 12, 31), "Y102", "error", alt=("Y101", "Y104"),
             note="预算年度2025，计划完成日期却是上年的2024-12-31（早于开始日期）")  # fmt: skip
    s.row("317001", "澄岭市应急管理局", "33010025F0012", "市级应急避难场所智能化提升项目",
          wan(210), wan(210), wan(0), day(2025, 1, 1), end)  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 30, 12, 16, 26, 14))
    t.title("部门项目支出绩效目标表", 7)
    t.row("预算年度：2025年", None, None, "单位：澄岭市应急管理局（本级）")
    goal = ("完成10处市级应急避难场所智能化改造，安装视频监控及广播终端60套，2025年内实现避难"
            "场所信息统一发布。")  # fmt: skip
    wrong = mk("改造工程验收合格率", "F201", "warning", row=True,
               note="验收合格率是质量指标，填在时效指标下")  # fmt: skip
    serial = mk("45838", "X104", "warning", note="文本格式的日期序列号，即2025-06-30")
    t.row("项目代码", "项目名称", "年度目标", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        ("33010025F0012", "市级应急避难场所智能化提升项目", goal, "产出指标", "数量指标",
         "智能化改造避难场所", "≥10处"),
        (None, None, None, None, None, "安装视频监控及广播终端", "≥60套"),
        (None, None, None, None, "质量指标", "设备联网调试合格率", "≥98%"),
        (None, None, None, None, "时效指标", wrong, "≥95%"),
        (None, None, None, None, None, "设备到货时间", serial),
        (None, None, None, None, None, "项目完成时间", "2025年11月30日前"),
        (None, None, None, "成本指标", "经济成本指标", "单处智能化改造成本", "≤18万元/处"),
        (None, None, None, "效益指标", "社会效益指标", "信息发布覆盖居民人数", "≥8万人"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b
