"""Returns in the other forms offices send (department tables with money blocks, template
rows left empty, notes and page breaks, a table on a second sheet, a budget-system export),
half tobacco and half salt: sk13–sk18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout287.common import (
    CITY_DEPT,
    TIERS,
    YEAR,
    first_sheet,
    indicators,
    notes,
    signature,
    wan,
    year_money,
)
from tests.variants.holdout287.registry import variant
from tests.variants.kit import Book, mk, money, pct

SHARE = "0.00%"


@variant(
    "sk13-salt-dept-money",
    (12, 4),
    "department, NAT-2021: budget with shares, key tasks "
    "with a 金额合计 equal to 项目支出, a footnote explaining the total (correct)",
)
def sk13() -> Book:
    b, s = first_sheet()
    department_head(
        s,
        year=YEAR,
        dept="蓼汀市盐务管理局",
        budget=[
            (wan(860), wan(800), wan(60), wan(520), wan(340)),
            (
                pct(1),
                pct(0.9302, SHARE),
                pct(0.0698, SHARE),
                pct(0.6047, SHARE),
                pct(0.3953, SHARE),
            ),
        ],
        tasks=[
            ("食盐储备管理", "储备食盐轮换及仓储管理", wan(120), "储备食盐不少于3000吨"),
            ("盐业执法监管", "食盐经营户执法巡查", wan(140), "巡查经营户4000户次"),
            ("盐业安全检测", "食盐质量抽检", wan(80), "抽检800批次"),
            ("金额合计", None, wan(340), None),
        ],
        goal="保障食盐储备3000吨，完成食盐执法巡查4000户次、质量抽检800批次，确保辖区食盐"
        "供应安全。",
    )
    rows = [
        ("成本指标", "经济成本指标", "储备食盐轮换单位成本", "≤400元/吨"),
        ("产出指标", "数量指标", "储备食盐规模", "≥3000吨"),
        (None, None, "食盐经营户执法巡查户次", "≥4000户次"),
        (None, None, "食盐质量抽检批次", "≥800批次"),
        (None, "质量指标", "储备食盐质量合格率", "100%"),
        (None, "时效指标", "储备食盐轮换完成时间", f"{YEAR}年10月31日前"),
        ("效益指标", "社会效益指标", "辖区食盐市场供应保障率", "100%"),
        (None, "可持续影响指标", "食盐应急储备机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "食盐经营企业满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "指标值"), rows)
    notes(
        s,
        "注：金额合计为项目支出合计（340万元）；基本支出520万元用于人员和日常运转，"
        "未列入年度主要任务。",
    )
    return b


@variant(
    "sk14-tobacco-dept-money-wrong",
    (12,),
    "department, NAT-2021: 财政拨款 + 其他资金 ≠ "
    "资金总额, a share that does not match its amount, tasks not adding to 金额合计",
)
def sk14() -> Book:
    b, s = first_sheet()
    total = mk(
        wan(640),
        "B101",
        "error",
        row=True,
        note="财政拨款 580 + 其他资金 40 = 620 ≠ 640（基本支出 400 + 项目支出 240 = 640）",
    )
    share = mk(pct(0.35, SHARE), "B111", "error", note="项目支出 240 ÷ 640 = 37.50%，不是 35.00%")
    summed = mk(wan(240), "B102", "error", row=True, note="任务金额 120 + 60 + 50 = 230 ≠ 240")
    department_head(s, year=YEAR, dept="岑塘县烟草专卖局", budget=[
        (total, wan(580), wan(40), wan(400), wan(240)),
        (pct(1), None, None, pct(0.625, SHARE), share),
    ], tasks=[
        ("卷烟市场监管", "卷烟零售户日常检查", wan(120), "检查零售户5000户次"),
        ("零售户服务", "许可证办理及经营指导", wan(60), "许可证按时办结"),
        ("专卖执法装备更新", "更新执法装备", wan(50), "更新装备20套"),
        ("金额合计", None, summed, None),
    ], goal="检查卷烟零售户5000户次，更新执法装备20套，维护卷烟市场秩序。")  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "户均市场检查成本", "≤150元/户次"),
        ("产出指标", "数量指标", "卷烟零售户检查户次", "≥5000户次"),
        (None, None, "执法装备更新套数", "≥20套"),
        (None, "质量指标", "行政处罚案卷合格率", "≥95%"),
        (None, "时效指标", "许可证申请办结时限", "≤10个工作日"),
        ("效益指标", "社会效益指标", "卷烟零售户持证经营率", "≥98%"),
        (None, "可持续影响指标", "专卖执法信息化水平", "不断提升"),
        ("满意度指标", "服务对象满意度指标", "卷烟零售户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "指标值"), rows)
    return b


@variant(
    "sk15-tobacco-template-rows",
    (6, 13, 7),
    "project, NAT-2021, header 预期目标: a "
    "tier-2 label left from the template without an indicator, a value without a name",
)
def sk15() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        name="卷烟零售许可证网上办理平台运维",
        dept=CITY_DEPT,
        unit="晏桥县烟草专卖局",
        money=year_money(32, 32, 0),
        goals=("保障许可证网上办理平台全年稳定运行，网上办理许可证1500件以上。",),
    )
    nameless = mk(None, "F110", "error", note="“≥99%”有指标值，却没有三级指标名称")
    leftover = mk(
        "生态效益指标", "F109", "warning", row=True, note="模板留下的二级指标，没有三级指标和指标值"
    )
    rows = [
        ("成本指标", "经济成本指标", "平台年运维费用", "≤30万元"),
        ("产出指标", "数量指标", "网上办理许可证件数", "≥1500件"),
        (None, "质量指标", nameless, "≥99%"),
        (None, "时效指标", "许可证网上办结时限", "≤5个工作日"),
        ("效益指标", "社会效益指标", "许可证业务网上办理率", "≥85%"),
        (None, leftover, None, None),
        (None, "可持续影响指标", "平台数据备份机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "网上办证零售户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "预期目标"), rows)
    return b


@variant(
    "sk16-salt-notes-pagebreak",
    (4,),
    "department, NAT-2021, weight column: a column-number "
    "row, subtotal rows, a 说明 row inside, the header repeated after a page break, a total "
    "row, 注 and 填表说明 lines, signature and date lines (correct)",
)
def sk16() -> Book:
    b, s = first_sheet()
    department_head(
        s,
        year=YEAR,
        dept="蓼汀市盐业执法支队",
        budget=[(wan(420), wan(380), wan(40), wan(300), wan(120))],
        tasks=[
            ("盐业执法检查", "食盐经营单位执法检查", wan(70), "检查1500户次"),
            ("食盐监督抽检", "食盐质量监督抽检", wan(50), "抽检400批次"),
            ("金额合计", None, wan(120), None),
        ],
        goal="检查食盐经营单位1500户次，监督抽检食盐400批次，依法查处违规经营行为。",
    )
    header = (*TIERS, "指标值", "权重")
    s.row(*header)
    s.row("甲", "乙", "丙", 1, 2)
    s.table([
        ("产出指标", "数量指标", "食盐经营单位检查户次", "≥1500户次", 15),
        (None, None, "食盐监督抽检批次", "≥400批次", 10),
        (None, "质量指标", "抽检结果录入准确率", "≥98%", 10),
        (None, "时效指标", "案件立案审批时限", "≤7个工作日", 5),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 40, merge=[(1, 4)])
    notes(s, "说明：成本指标按单户次、单批次测算，不含人员经费。", width=5)
    s.table([
        ("成本指标", "经济成本指标", "户均检查成本", "≤400元/户次", 10),
        (None, None, "单批次抽检成本", "≤1000元/批次", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 20, merge=[(1, 4)])
    s.skip()
    s.row(*header)
    s.table([
        ("效益指标", "社会效益指标", "违规经营食盐案件查处率", "≥95%", 15),
        (None, "可持续影响指标", "盐业执法协作机制", "健全", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30, merge=[(1, 4)])
    s.table([("满意度指标", "服务对象满意度指标", "食盐经营企业满意度", "≥90%", 10)])
    s.row("小计", None, None, None, 10, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(
        s,
        "注：1.权重按一级指标小计，合计100；2.指标值以年度末统计为准。",
        "填表说明：三级指标由单位自行设置，定量指标须填写比较符和计量单位。",
        width=5,
    )
    signature(s, "祁书朗", "郑砚秋", "0793-6218457", (YEAR - 1, 11, 18))
    return b


@variant(
    "sk17-tobacco-second-sheet",
    (7, 4),
    "project: head on the first sheet, the table on a "
    "second sheet under a two-row header 预期实现值 (比较符 · 数值 · 计量单位), notes "
    "under it; a rate given as a count, a deadline given as a percentage",
)
def sk17() -> Book:
    b, s = first_sheet("项目信息")
    project_head(
        s,
        year=YEAR,
        name="卷烟零售户诚信经营评价",
        dept=CITY_DEPT,
        unit="枫岙县烟草专卖局",
        money=year_money(35, 35, 0),
        goals=("完成2800户卷烟零售户诚信等级评定并公示结果，引导零售户诚信经营。",),
    )
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 6)
    t.row(*TIERS, "预期实现值", None, None, merge=[(4, 6)])
    t.row(None, None, None, "比较符", "数值", "计量单位")
    for c in (1, 2, 3):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    count = mk(50, "T105", "error", row=True, note="复核准确率是比率，却填 50 户")
    when = mk(pct(1), "T113", "warning", row=True, note="公示时间是期限，却填 100%")
    t.table([
        ("产出指标", "数量指标", "参评卷烟零售户数", "≥", 2800, "户"),
        (None, None, "评定结果复核户数", "≥", 280, "户"),
        (None, "质量指标", "评定结果复核准确率", "≥", count, "户"),
        (None, "时效指标", "评定结果公示时间", "=", when, "%"),
        (None, "成本指标", "户均评定成本", "≤", 100, "元/户"),
        ("效益指标", "社会效益指标", "诚信经营零售户占比", "≥", pct(0.8), "%"),
        (None, "可持续影响指标", "零售户诚信评价机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参评零售户满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        t,
        "注：参评户数以评定启动时在册的卷烟零售户为准。",
        "填表说明：预期实现值按比较符、数值、计量单位分列填写。",
    )
    return b


@variant(
    "sk18-salt-export",
    (7, 1),
    "budget-system export: a 05-1 budget sheet and a 05-2 goal "
    "sheet with the header on the third row, codes in the first columns, operators in words "
    "under 指标性质, typed percent cells (correct)",
)
def sk18() -> Book:
    b, s = first_sheet("部门项目支出预算05-1", (12, 16, 18, 24, 12, 12, 12))
    code, name, unit = "306004250012", "食盐质量安全抽检", "沣渚区盐务局"
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row(f"单位：{unit}", None, None, None, None, None, "金额单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("306004", unit, code, name, money(36), money(32), money(4))
    s.row("合计", None, None, None, money(36), money(32), money(4))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 18, 12, 18, 26, 10, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row(f"单位：{unit}（306004）")
    t.row("项目编码", "项目名称", *TIERS, "指标性质", "指标值", "度量单位")
    for line in [
        ("产出指标", "数量指标", "食盐监督抽检批次", "大于等于", 300, "批次"),
        ("产出指标", "数量指标", "抽检覆盖食盐经营单位数", "大于等于", 120, "家"),
        ("产出指标", "质量指标", "抽检样品检测完成率", "等于", pct(1), "%"),
        ("产出指标", "时效指标", "不合格食盐处置时限", "小于等于", 3, "个工作日"),
        ("成本指标", "经济成本指标", "单批次抽检成本", "小于等于", 1000, "元/批次"),
        ("效益指标", "社会效益指标", "辖区在售食盐抽检合格率", "大于等于", pct(0.98), "%"),
        ("效益指标", "可持续影响指标", "食盐质量安全抽检制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "食盐经营单位满意度", "大于等于", pct(0.9), "%"),
    ]:  # fmt: skip
        t.row(code, name, *line)
    return b
