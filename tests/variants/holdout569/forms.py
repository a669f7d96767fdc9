"""Rows that are not indicators, tier labels as offices write them, header words and exports
(items 4, 5, 7, with 9 and 12): dg07–dg12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout569.common import (
    budget,
    first_sheet,
    indicators,
    note,
    one_year,
    signature,
    task,
)
from tests.variants.holdout569.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")
DG07_OUT = [
    ("产出指标", "数量指标", "避雨防雹设施建设面积", "≥800亩", "按验收面积计"),
    (None, None, "钢架立柱安装数量", "≥24000根", "每亩30根"),
    (None, "质量指标", "设施验收合格率", "=100%", "县级验收"),
    (None, "时效指标", "设施建设完成时间", "4月15日前", "樱桃花期前完成"),
    (None, "成本指标", "每亩设施建设成本", "≤2500元/亩", "含钢架、网片及安装"),
]
DG07_EFFECT = [
    ("效益指标", "经济效益指标", "樱桃裂果和雹灾损失下降率", "≥50%", "与近三年均值比较"),
    (None, "社会效益指标", "受益樱桃种植户", "≥260户", None),
    (None, "可持续影响指标", "设施设计使用年限", "≥8年", None),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "抽样问卷"),
]


@variant("dg07-footnotes", (4,),
         "project, OLD-NAT, one value column and 指标解释: a 说明 row inside the table, "
         "a footnote explaining the total, 填表说明, signature, fill date a year before "
         "(correct)")  # fmt: skip
def dg07() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="杏塬镇樱桃园避雨防雹设施建设项目",
                 dept="杏塬镇人民政府（720014）", unit="杏塬镇果业服务站",
                 money=one_year(200, 170, 30),
                 goals=["建设樱桃避雨防雹设施800亩，减少裂果和冰雹损失。"])  # fmt: skip
    indicators(s, HEAD5, DG07_OUT)
    note(s, "说明：以上产出指标为当年建设任务，以下效益指标按设施投用后首个产季测算。", width=5)
    s.table(DG07_EFFECT, merged=(1, 2))
    note(s, "注：1. 每亩设施建设成本2500元，800亩合计200万元，与年度资金总额一致。",
         "    2. 其他资金30万元为种植户自筹。",
         "填表说明：指标值应当细化、量化；不能量化的以定性方式表述。", width=5)  # fmt: skip
    signature(s, "蔺春桐", "0935-7716284", day(2024, 11, 18))
    return b


PAGE1 = [
    ("产出指标", "数量指标", "苹果园品种更新面积", "≥600亩", 15),
    (None, None, "樱桃防雹网示范面积", "≥300亩", 10),
    (None, "质量指标", "更新苗木成活率", "≥92%", 10),
    (None, "时效指标", "防雹网架设完成时间", "5月31日前", 5),
    ("成本指标", "经济成本指标", "每亩品种更新补助标准", "≤2000元/亩", 10),
    (None, None, "每亩防雹网示范补助标准", "≤3500元/亩", 10),
]
PAGE2 = [
    ("效益指标", "经济效益指标", "更新园亩均增收", "≥1800元", 10),
    (None, "社会效益指标", "社会化服务覆盖果农户数", "≥1500户", 10),
    (None, "可持续影响指标", "新品种示范点数量", "≥12个", 10),
    ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", 10),
]
HEAD_W = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")


@variant("dg08-page-break", (4, 12),
         "department, NAT-2021, weight column: subtotal rows, the header repeated after a page "
         "break, a 合计 row; budget and tasks add up (correct)")  # fmt: skip
def dg08() -> Book:
    b, s = first_sheet("部门整体")
    department_head(s, year=2025, dept="砚北县果业技术推广中心",
                    budget=[budget(860, 700, 160, 520, 340)],
                    tasks=[task("苹果园品种更新", "淘汰老劣品种，栽植新品种", 150,
                                "更新苹果园600亩"),
                           task("樱桃防雹网示范", "建设防雹网示范园", 120, "示范防雹网300亩"),
                           task("果园社会化服务", "统防统治、修剪服务", 70, "覆盖果农1500户"),
                           task("金额合计", "", 340, "")],
                    goal="完成苹果园品种更新600亩、樱桃防雹网示范300亩，"
                         "社会化服务覆盖果农1500户。")  # fmt: skip
    indicators(s, HEAD_W, PAGE1)
    s.row("小计", None, None, None, 60, merge=[(1, 4)])
    s.skip()
    indicators(s, HEAD_W, PAGE2)
    s.row("小计", None, None, None, 40, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    signature(s, "邬晓禾", "0937-4410286", day(2024, 11, 20))
    return b


DG09 = [
    ("产出指标", "数量指标", "防雹网更新面积",
     mk("≥**亩", "X101", "error", alt=("T116",), note="the area left as a template placeholder")),
    (None, None, "防雹网立柱更换数量", "≥6000根"),
    (None, "质量指标", "防雹网验收合格率", "=100%"),
    (None, "时效指标", "防雹网更新完成时间", "5月10日前"),
    (None, "成本指标", "每亩防雹网更新成本", "≤3000元/亩"),
    ("效益指标", "经济效益指标", "苹果冰雹受灾减损率", "≥60%"),
    (None, "社会效益指标", "受益果农户数", "≥120户"),
    ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
]  # fmt: skip


@variant("dg09-notes-artefacts", (4, 9),
         "project, OLD-NAT, one value column, notes and a signature under the table: a money "
         "figure split by a space, an area left as a placeholder")  # fmt: skip
def dg09() -> Book:
    b, s = first_sheet()
    other = mk("48.62 5", "X105", "warning", alt=("X103",),
               note="48.625 split by a space; 131.875 + 48.625 = 180.5")  # fmt: skip
    project_head(s, year=2024, name="栎坪县苹果园防雹网更新项目",
                 dept="栎坪县农业农村局（302001）", unit="栎坪县果业发展中心",
                 money=one_year(money(180.5, "0.000"), money(131.875, "0.000"), other),
                 goals=["更新老化防雹网，减轻冰雹灾害损失，受益果农不少于120户。"])  # fmt: skip
    indicators(s, ONE_HEAD, DG09)
    note(s, "注：防雹网按使用10年设计，更新面积以县级验收为准。",
         "填表说明：本表金额单位为万元，保留三位小数。", width=4)  # fmt: skip
    signature(s, "钟岱", "0931-6207563", day(2023, 12, 12))
    return b


DG10 = [
    ("一、产出指标（40分）", "1.数量指标", "★苹果矮砧密植新建面积", "≥450亩"),
    (None, None, "樱桃防雹网配套面积", "≥200亩"),
    (None, "2.质量指标", "苗木栽植成活率", "≥93%"),
    (None, "3.时效指标", "建园完成时间", "11月30日前"),
    ("二、成本指标（20分）", "经济成本指标", "每亩建园补助标准", "≤2600元/亩"),
    (None, None, "每亩防雹网补助标准", "≤3000元/亩"),
    ("三、效益指标（30分）", "*社会效益指标", "带动农户增收户数", "≥80户"),
    (None, "*生态效益指标", "坡地果园水土流失治理面积", "≥450亩"),
    (None, "可持续影响", "矮砧园统一管护制度", "建立并执行"),
    ("四、满意度指标（10分）", "服务对象满意度", "★种植户满意度", "≥90%"),
]


@variant("dg10-decorated-labels", (5,),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）, 1.数量指标), "
         "marks (*, ★) and abbreviations (可持续影响, 服务对象满意度) (correct)")  # fmt: skip
def dg10() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="柘岭县苹果矮砧密植及防雹网配套项目",
                 dept="柘岭县农业农村局（825001）", unit="柘岭县果树研究所",
                 money=one_year(180, 150, 30),
                 goals=["新建苹果矮砧密植园450亩，配套防雹网200亩，带动农户增收。"])  # fmt: skip
    indicators(s, ONE_HEAD, DG10)
    note(s, "注：带★的为核心指标，不得删除；带*的为必填项。", width=4)
    return b


DG11 = [
    ("产出指标（50分）", "数量", "樱桃老园品种改接面积", "≥300亩"),
    (None, "质量", "改接成活率", "≥90%"),
    (None, mk("社会效益指标", "F105", "error", note="社会效益指标 placed under 产出指标"),
     "带动樱桃种植户", "≥100户"),
    ("成本指标（20分）", "经济成本指标", "每亩改接成本", "≤2500元/亩"),
    (None, None, mk("预算执行率", "F202", "warning", row=True,
                    note="预算执行率 is scored separately; listed here it double-counts"),
     "≥95%"),
    ("效益指标（20分）", "经济效益指标", "改接园亩均增收", "≥1200元"),
    (None, "可持续影响指标", "品种改接技术规程", "建立并执行"),
    ("满意度指标（10分）", "服务对象满意度", "种植户满意度", "≥90%"),
]  # fmt: skip


@variant("dg11-labels-wrong-parent", (5,),
         "project, NAT-2021, labels with points and abbreviations: a tier-2 under the wrong "
         "tier-1 and 预算执行率 as a cost indicator")  # fmt: skip
def dg11() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="沣岫县樱桃老园品种改接项目",
                 dept="沣岫县林业和果业局（411003）", unit="沣岫县果树技术推广站",
                 money=one_year(100, 100, 0),
                 goals=["对樱桃老园改接优良品种300亩，提高品质和效益。"])  # fmt: skip
    indicators(s, ONE_HEAD, DG11)
    return b


EXPORT = [
    ("产出指标", "数量指标", "苹果老园更新面积", "≥", 500, "亩"),
    ("产出指标", "数量指标", "樱桃园防雹网建设面积", "≥", 200, "亩"),
    ("产出指标", "质量指标", "防雹网工程验收合格率", "=", 100, "%"),
    ("产出指标", "时效指标", "项目完工时间", "≤", "2025年10月31日", None),
    ("成本指标", "经济成本指标", "苹果老园更新亩均补助", "≤", 2400, "元/亩"),
    ("成本指标", "经济成本指标", "防雹网亩均建设补助", "≤", 3500, "元/亩"),
    ("效益指标", "经济效益指标", "更新园亩均增收", "≥", 1500, "元/亩"),
    ("效益指标", "社会效益指标", "受益果农户数", "≥", 400, "户"),
    ("效益指标", "生态效益指标", "防雹网覆盖园冰雹损失率", "≤", pct(0.1), "%"),
    ("满意度指标", "服务对象满意度指标", "果农满意度", "≥", pct(0.9), "%"),
]
CODE = "530102250017"
PROJECT = "蕖川县苹果樱桃果园更新及防雹网建设项目"


@variant("dg12-system-export", (7, 12),
         "budget-system export: a budget sheet 05-1, then sheet 05-2 with codes in the first "
         "columns, the header on the third row under 绩效目标值 (correct)")  # fmt: skip
def dg12() -> Book:
    b, s = first_sheet("部门项目支出预算05-1", (16, 34, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：蕖川县农业农村局", None, None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row(CODE, PROJECT, "一次性项目", money(260), money(220), money(40))
    s.row("合计", None, None, money(260), money(220), money(40))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 34, 14, 18, 30, 10, 14, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：蕖川县农业农村局")
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "绩效目标值",
          "计量单位")  # fmt: skip
    for line in EXPORT:
        t.row(CODE, PROJECT, *line)
    return b
