"""Lakeside villagers: screening, treating and teaching the people who live and work by the lake."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout494.common import (
    DEPT,
    STATION,
    YEAR,
    funds,
    indicators,
    notes,
    sign,
    start,
    wan,
)
from tests.variants.holdout494.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "aj13-villager-tier-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column: two tier scores "
    "off their indicators, an = on a satisfaction rate",
)
def aj13() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=YEAR, name="沿湖村民血吸虫病查治项目", dept=DEPT, unit=STATION,
                 money=funds(wan(110), wan(100), wan(10)),
                 goals=["对沿湖重点村村民开展血清学筛查和病原学检查，救治晚期病人。"])  # fmt: skip
    s.row("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("产出指标", mk(45, "W103", "error", note="indicators under 产出: 15+15+10+10 = 50"),
         "数量指标", "村民血清学筛查人数", "≥21000人", 15),
        (None, None, None, "晚期血吸虫病人救治人数", "≥120人", 15),
        (None, None, "质量指标", "血清阳性者粪检率", "≥95%", 10),
        (None, None, "时效指标", "筛查结果告知时限", "≤10个工作日", 10),
        ("成本指标", 15, "经济成本指标", "每人筛查成本", "≤20元/人", 8),
        (None, None, None, "每例晚血病人救治补助", "≤5000元/人", 7),
        ("效益指标", mk(30, "W103", "error", note="indicators under 效益: 15+10 = 25"),
         "社会效益指标", "村民血吸虫感染率", "≤0.5%", 15),
        (None, None, "可持续影响指标", "晚血病人随访管理率", "≥95%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "村民满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate, ≥ meant"), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "aj14-villager-points-pct",
    (10, 1),
    "project, NAT-2021, tier and indicator scores both 100, a 知晓率 raised in 百分点, "
    "typed percent cells (correct)",
)
def aj14() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=YEAR, name="湖区中小学血防健康教育项目", dept=DEPT, unit=STATION,
                 money=funds(wan(36), wan(36), wan(0)),
                 goals=["在湖区中小学和沿湖村开展血防健康教育，提高防护意识。"])  # fmt: skip
    s.row("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("产出指标", 50, "数量指标", "血防健康教育课堂场次", "≥180场", 20),
        (None, None, None, "沿湖村警示牌更新数", "≥300块", 10),
        (None, None, "质量指标", "学生血防知识知晓率", pct(0.95), 10),
        (None, None, "时效指标", "汛期前宣传完成时间", "6月15日前", 10),
        ("成本指标", 10, "经济成本指标", "每块警示牌制作安装成本", "≤400元/块", 10),
        ("效益指标", 30, "社会效益指标", "村民血防知识知晓率", "提高≥5百分点", 15),
        (None, None, None, "村民疫水接触率", "下降≥3百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "师生满意度", pct(0.9), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "aj15-villager-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
    "indicators, a value without a name",
)
def aj15() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沿湖渔船民血吸虫病查治项目", dept=DEPT, unit=STATION,
                 money=funds(wan(42), wan(40), wan(2)),
                 goals=["对沿湖渔民、船民开展查病和治疗，减少急性感染。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "预期目标")
    empty = "tier-2 label left from the template, no indicator and no value"
    indicators(s, [
        ("产出指标", "数量指标", "渔船民查病人数", "≥6000人"),
        (None, None, "阳性者治疗人数", "≥90人"),
        (None, "质量指标", mk(None, "F110", "error", note="a value with no indicator name"),
         "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note=empty), None, None),
        ("成本指标", "经济成本指标", "每人查病成本", "≤35元/人"),
        ("效益指标", "社会效益指标", "渔船民血吸虫感染率", "≤1%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=empty), None, None),
        ("满意度指标", "服务对象满意度指标", "渔船民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "aj16-villager-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
    "a unit conflict, a 反向 rate with ≥, weights adding to 95",
)
def aj16() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="菱汊镇卫生院",
                    budget=[(wan(480), wan(430), wan(50), wan(410), wan(70))],
                    goal="做好沿湖村民查病、晚血病人管理和疫水接触防护。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+15+10+10+10 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("村民查病人数", mk("≥12万元", "T112", "error", note="money in a row counted in 人"),
         "正向", "人", 20),
        ("晚血病人建档管理率", "≥95%", "正向", "%", 15),
        ("晚血病人住院费用自付比例",
         mk("≥30%", "T108", "warning", row=True, note="自付比例 is 反向: a cap (≤) is meant"),
         "反向", "%", 15),
        ("疫水接触人员预防服药率", "≥90%", "正向", "%", 15),
        ("急性血吸虫病病例数", "≤0", "反向", "例", 10),
        ("查病结果告知时限", "≤10", "反向", "个工作日", 10),
        ("村民满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    return b


@variant(
    "aj17-villager-money-block",
    (7, 12),
    "project, OLD-NAT, a money detail block above the table, headers 指标内容 and "
    "绩效目标值, signature lines (correct)",
)
def aj17() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="藕湾片区村民查病与晚血救治项目", dept=DEPT, unit=STATION,
                 money=funds(wan(64), wan(60), wan(4)),
                 goals=["藕湾片区村民查病全覆盖，晚血病人全部救治。"])  # fmt: skip
    s.row("资金明细（万元）", "支出内容", None, "金额", "测算依据", None, merge=[(2, 3), (5, 6)])
    top = s.r
    for item, amount, basis in (("查病试剂", 18.4, "23000人×8元"),
                                ("健康教育材料", 6.2, "62场×1000元"),
                                ("晚血病人救治补助", 30, "60人×5000元"),
                                ("查病人员劳务", 9.4, "47人×2000元"),
                                ("合计", 64, "")):  # fmt: skip
        s.row(None, item, None, wan(amount), basis or None, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.skip()
    s.row("一级指标", "二级指标", "指标内容", "绩效目标值")
    indicators(s, [
        ("产出指标", "数量指标", "村民查病人数", "≥23000人"),
        (None, None, "晚血病人救治人数", "≥60人"),
        (None, "质量指标", "查病结果复核符合率", "≥95%"),
        (None, "时效指标", "查病工作完成时间", "10月31日前"),
        (None, "成本指标", "每人查病试剂成本", "≤8元/人"),
        (None, None, "每例晚血病人救治补助", "≤5000元/人"),
        ("效益指标", "社会效益指标", "村民血吸虫感染率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冉秋禾", "0000-6639027", day(YEAR - 1, 11, 28))
    s.row("审核人：", "邝明远", None, "单位负责人：", "秦望舒")
    return b


@variant(
    "aj18-villager-page-break",
    (4, 1),
    "department, NAT-2021, weight column: subtotal rows, header repeated after a page "
    "break, 合计 and 说明 rows, shares (correct)",
)
def aj18() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=STATION,
                    budget=[(wan(500), wan(450), wan(50), wan(300), wan(200)),
                            (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4))],
                    goal="沿湖村民查病全覆盖，晚血病人规范管理。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.row(*head)
    indicators(s, [
        ("产出指标", "数量指标", "村民查病人数", "≥30000人", 10),
        (None, None, "晚血病人随访人次", "≥1400人次", 10),
        (None, "质量指标", "粪检阳性者治疗率", "=100%", 10),
        (None, "时效指标", "疫情网络直报及时率", "=100%", 10),
        ("成本指标", "经济成本指标", "每人查病成本", "≤20元/人", 10),
        (None, "社会成本指标", "查病不良反应事件", "≤0起", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 60, merge=[(1, 4)])
    s.skip()
    s.row(*head)
    indicators(s, [
        ("效益指标", "社会效益指标", "村民血吸虫感染率", "≤0.5%", 15),
        (None, "可持续影响指标", "晚血病人规范管理率", "≥95%", 15),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 40, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "说明：1.权重合计100分；", "2.查病人数含血清学筛查和粪检复查。", width=5)
    sign(s, "韦澜", "0000-6631208", day(YEAR - 1, 11, 21))
    return b
