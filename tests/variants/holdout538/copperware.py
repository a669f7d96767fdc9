"""Copperware (铜器) workshops: department money, stacked projects, operator and direction
columns, points at two levels (cb07–cb12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout538.common import YEAR, dept_budget, indicators, one_year, start
from tests.variants.holdout538.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

DEPT = "锻坪区文化体育和旅游局（405）"
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("cb07-copper-department-money", (12, 1),
         "department, NAT-2021: budget with shares, key tasks adding to 金额合计, a 下降率 with ≥ "
         "and 0起 on an incident count (correct)")  # fmt: skip
def copper_department_money() -> Book:
    b, s = start()
    shares = [pct(1), pct(0.8571, "0.00%"), pct(0.1429, "0.00%"), pct(0.5536, "0.00%"),
              pct(0.4464, "0.00%")]  # fmt: skip
    department_head(s, year=YEAR, dept="锻坪区铜艺非遗保护中心",
                    budget=[dept_budget(560, 480, 80, 310, 250), shares],
                    tasks=[("铜器锻制技艺传习", "开设锻铜錾刻班", money(120), "培养学徒≥30人"),
                           ("铜器藏品修复与展陈", "修复传世铜器并轮展", money(80), "修复≥40件"),
                           ("学徒生活补贴", "按月发放学徒补贴", money(50), "按月足额发放"),
                           ("金额合计", None, money(250), None)],
                    goal="传承锻铜、錾刻技艺，修复并展陈传世铜器，保障学徒安心学艺。")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "传习班培养学徒", "≥30人"),
        (None, None, "修复传世铜器", "≥40件"),
        (None, "质量指标", "修复件验收合格率", "≥95%"),
        (None, "时效指标", "学徒补贴按月发放及时率", "=100%"),
        ("成本指标", "经济成本指标", "单件铜器修复成本", "≤1.8万元/件"),
        ("效益指标", "经济效益指标", "锻制铜料损耗下降率", "≥5%"),
        (None, "社会效益指标", "展陈接待观众", "≥25000人次"),
        (None, None, "锻铜作坊安全生产事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "cb08-copper-department-money-wrong",
    (12,),
    "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额, key tasks not adding to 金额合计",
)
def copper_department_money_wrong() -> Book:
    b, s = start()
    total = mk(money(430), "B101", "error", row=True, note="350 + 60 = 410 ≠ 430 (240 + 190 hold)")
    tally = mk(money(190), "B102", "error", row=True, note="90 + 60 + 30 = 180 ≠ 190")
    department_head(s, year=YEAR, dept="锻坪区白铜坊传习馆",
                    budget=[[total, *dept_budget(0, 350, 60, 240, 190)[1:]]],
                    tasks=[("白铜器錾刻传习", "开设錾刻班4期", money(90), "培养学徒≥24人"),
                           ("白铜器精品展", "举办年度精品展", money(60), "展出≥120件"),
                           ("作坊设备维护", "更换锻打设备", money(30), "设备完好率≥95%"),
                           ("金额合计", None, tally, None)],
                    goal="办好錾刻传习班与年度精品展，保持作坊设备完好。")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "錾刻传习班培养学徒", "≥24人"),
        (None, None, "精品展展出白铜器", "≥120件"),
        (None, "质量指标", "锻打设备完好率", "≥95%"),
        (None, "时效指标", "精品展开展时间", "10月31日前"),
        ("成本指标", "经济成本指标", "学徒人均培养成本", "≤3.5万元/人"),
        ("效益指标", "社会效益指标", "精品展观众", "≥15000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("cb09-copper-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator names "
         "with different values in each project (correct)")  # fmt: skip
def copper_stacked() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="铜器錾刻技艺传习项目", dept=DEPT, unit="锻坪区錾铜传习所",
                 money=one_year(64, 60, 4), goals=["开设錾刻班，修复铜器40件。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "修复传世铜器", "≥40件"),
        (None, "质量指标", "修复件验收合格率", "≥95%"),
        (None, "时效指标", "修复任务完成时间", "11月30日前"),
        (None, "成本指标", "单件修复成本", "≤1.2万元/件"),
        ("效益指标", "社会效益指标", "錾刻技艺公开展示", "≥10场"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="铜胎掐丝工艺展示馆运行项目", dept=DEPT, title="",
                 unit="锻坪区铜艺展示馆", money=one_year(38, 38, 0),
                 goals=["保障展示馆全年开放，修复掐丝藏品25件。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "修复传世铜器", "≥25件"),
        (None, None, "展示馆开放天数", "≥300天"),
        (None, "质量指标", "修复件验收合格率", "100%"),
        (None, "成本指标", "单件修复成本", "≤0.6万元/件"),
        ("效益指标", "社会效益指标", "展示馆接待观众", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("cb10-copper-stacked-defects", (2, 9),
         "two projects stacked, OLD-NAT: a completion date stored as a serial in a text cell, the "
         "second project's money not adding up, a rate given as a count")  # fmt: skip
def copper_stacked_defects() -> Book:
    b, s = start()
    serial = mk("46022", "X104", "warning", note="2025-12-31 as a text serial")
    project_head(s, year=YEAR, name="紫铜壶锻打技艺传习项目", dept=DEPT, unit="锻坪区紫铜壶作坊",
                 money=one_year(45, 40, 5), end=serial,
                 goals=["培养锻壶学徒18人，完成紫铜壶传统器型复制20件。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "培养锻壶学徒", "≥18人"),
        (None, None, "复制传统器型", "≥20件"),
        (None, "质量指标", "学徒结业率", mk("18人", "T105", "error", note="a rate as a count")),
        (None, "成本指标", "学徒人均培养成本", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "锻壶技艺展演", "≥6场"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(50), "B101", "error", row=True, note="42 + 6 = 48 ≠ 50")
    project_head(s, year=YEAR, name="铜器老字号作坊修缮项目", dept=DEPT, title="",
                 unit="锻坪区铜器老字号协会",
                 money=[["资金总额", total, "年度资金总额", money(50)],
                        ["其中：财政拨款", money(42), "其中：财政拨款", money(42)],
                        ["其他资金", money(6), "其他资金", money(6)]],
                 goals=["修缮铜器老字号作坊2处并恢复生产。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "修缮老字号作坊", "2处"),
        (None, "质量指标", "修缮工程验收合格率", "100%"),
        (None, "成本指标", "单处作坊修缮成本", "≤24万元/处"),
        ("效益指标", "可持续影响指标", "修缮后作坊恢复生产", "≥2处"),
        ("满意度指标", "服务对象满意度指标", "作坊匠人满意度", "≥90%"),
    ])  # fmt: skip
    return b


DIR = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant(
    "cb11-copper-direction-column",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator in words, "
    "bare numbers with a unit column, a 下降率 with 大于等于, 0 起 accidents (correct)",
)
def copper_direction_column() -> Book:
    b, s = start("Sheet1", (16, 18, 28, 12, 12, 12, 12))
    project_head(s, year=YEAR, name="青铜器仿制工艺传承工坊项目", dept=DEPT,
                 unit="锻坪区青铜工艺研究所", money=one_year(72, 65, 7),
                 start=day(YEAR, 3, 1), end=day(YEAR, 12, 20),
                 goals=["仿制馆藏青铜器30件，降低铸造废品，确保作坊安全生产。"])  # fmt: skip
    indicators(s, DIR, [
        ("产出指标", "数量指标", "仿制馆藏青铜器", "正向", "大于等于", 30, "件"),
        (None, "质量指标", "铸件一次成型合格率", "正向", "大于等于", 92, "%"),
        (None, None, "铸造废品率", "反向", "小于等于", 5, "%"),
        (None, "时效指标", "仿制件交付时间", "反向", "小于等于", 280, "天"),
        (None, "成本指标", "单件仿制成本", "反向", "小于等于", 1.6, "万元/件"),
        ("效益指标", "经济效益指标", "铜料损耗下降率", "正向", "大于等于", 8, "%"),
        (None, "社会效益指标", "作坊安全生产事故", "反向", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "合作博物馆满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


SCORES = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("cb12-copper-direction-points", (11, 10),
         "project, NAT-2021, tier-1 score column and indicator score column: a 反向 rate with ≥, "
         "two tier scores not matching the indicator scores under them")  # fmt: skip
def copper_direction_points() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="铜器氧化防护与修复项目", dept=DEPT,
                 unit="锻坪区铜器修复中心", money=one_year(48, 48, 0),
                 goals=["完成馆藏铜器氧化防护50件，降低返修。"])  # fmt: skip
    out = mk(40, "W103", "error", note="indicator points under 产出 add to 45")
    eff = mk(30, "W103", "error", note="indicator points under 效益 add to 25")
    up = mk("≥3%", "T108", "warning", row=True, note="返修率 is 反向: ≥ sets a floor")
    indicators(s, SCORES, [
        ("产出指标", out, "数量指标", "铜器氧化防护处理", "≥50件", 15),
        (None, None, "质量指标", "防护处理验收合格率", "≥95%", 15),
        (None, None, None, "防护后氧化返修率", up, 15),
        ("成本指标", 20, "经济成本指标", "单件防护处理成本", "≤0.8万元/件", 20),
        ("效益指标", eff, "社会效益指标", "修复成果公开展示", "≥4场", 10),
        (None, None, "可持续影响指标", "防护后保存年限", "≥10年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "收藏单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
