"""Returns khk01–khk06: subsidies for representative inheritors (代表性传承人补助), one-year
projects, stacked projects and department tables."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout885.common import (
    HEAD4,
    YEAR,
    book,
    header,
    indicators,
    note,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout885.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("khk01-inheritor-subsidy", (1, 12), "project, OLD-NAT, operator column and unit "
         "column, typed percent cells, 万元 only in the number format (correct)")  # fmt: skip
def inheritor_subsidy() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澄岭县非遗代表性传承人传习补助", dept="澄岭县文化和旅游局 417",
                 unit="澄岭县非物质文化遗产保护中心", money=one_year(wan(150), wan(130), wan(20)),
                 goals=["向全县38名省级、县级代表性传承人发放传习补助，支持带徒授艺和社区传承活动，"
                        "稳定传承梯队。"])  # fmt: skip
    header(s, *OPS)
    indicators(s, [
        ("产出指标", "数量指标", "发放传习补助的代表性传承人", "≥", 38, "人"),
        (None, None, "传承人带徒授艺人数", "≥", 120, "人"),
        (None, "质量指标", "补助资金发放准确率", "=", pct(1), "%"),
        (None, None, "传承人年度考核合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "补助资金发放完成时间", "≤", day(YEAR, 6, 30, CN_DATE), None),
        (None, "成本指标", "省级传承人补助标准", "≤", 2, "万元/人"),
        (None, None, "县级传承人补助标准", "≤", 0.6, "万元/人"),
        ("效益指标", "社会效益指标", "传承人参与社区传承活动比例", "≥", pct(0.9), "%"),
        (None, None, "传承人流失率", "≤", pct(0.05), "%"),
        (None, "可持续影响指标", "传承梯队稳定性", None, "稳步提升", None),
        ("满意度指标", "服务对象满意度指标", "代表性传承人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "邬清岚", "0571-86320417")
    return b


@variant("khk02-subsidy-rates-wrong", (1, 11), "project, NAT-2021, operator column: a typed "
         "percent over 100, a 反向 rate with ≥, a rate given as a count")  # fmt: skip
def subsidy_rates_wrong() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="鹤汀市市级非遗传承人补助",
        dept="鹤汀市文化广电旅游局 302",
        unit="鹤汀市群众艺术馆",
        money=one_year(wan(86), wan(80), wan(6)),
        goals=["对40名市级代表性传承人给予传习补助，开展年度考核，推动传承活动常态化。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位")
    indicators(s, [
        ("产出指标", "数量指标", "获得补助的市级传承人", "≥", 40, "人"),
        (None, "质量指标", "补助资金兑付率", "≥",
         mk(pct(1.05), "T106", "error", note="typed 105% on a rate capped at 100%"), "%"),
        (None, None, "传承人年度考核不合格率",
         mk("≥", "T108", "warning", row=True, note="反向 rate with ≥"), pct(0.03), "%"),
        (None, "时效指标", "传承活动按时开展率", "≥",
         mk(12, "T105", "error", row=True, note="a rate given as 12场"), "场"),
        ("成本指标", "经济成本指标", "传习补助标准", "≤", 1.5, "万元/人"),
        ("效益指标", "社会效益指标", "传承活动受众人次", "≥", 6000, "人次"),
        (None, "可持续影响指标", "传承人队伍年龄结构", None, "逐步优化", None),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "蔺望舒", "0576-88152302")
    return b


@variant("khk03-stacked-inheritors", (2,), "two inheritor projects stacked in one sheet, "
         "OLD-NAT, one value column, the same name with different values (correct)")  # fmt: skip
def stacked_inheritors() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="漾川县传承人传习所运行补助",
        dept="漾川县文化馆 215",
        unit="漾川县文化馆",
        money=one_year(wan(60), wan(60), wan(0)),
        goals=["补助12个传承人传习所日常运行，全年开展传习活动不少于240场。"],
    )
    header(s, *HEAD4)
    indicators(s, [
        ("产出指标", "数量指标", "补助传习所", "=12个"),
        (None, None, "传习活动场次", "≥240场"),
        (None, "质量指标", "传习所年度评估合格率", "≥90%"),
        (None, "时效指标", "补助资金拨付时间", "6月30日前"),
        (None, "成本指标", "传习所运行补助标准", "≤5万元/个"),
        ("效益指标", "社会效益指标", "参与传习的青少年人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", pct(0.9)),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="漾川县传承人研修研习培训",
        dept="漾川县文化馆 215",
        unit="漾川县文化馆",
        money=one_year(wan(36), wan(30), wan(6)),
        title=f"{YEAR}年度项目支出绩效目标申报表（二）",
        goals=["组织两期传承人研修班，培训传承人及学徒80人，提升传承实践能力。"],
    )
    header(s, *HEAD4)
    indicators(s, [
        ("产出指标", "数量指标", "研修培训期数", "=2期"),
        (None, None, "参训传承人及学徒", "≥80人"),
        (None, "质量指标", "结业考核合格率", "≥95%"),
        (None, "时效指标", "研修班完成时间", "10月31日前"),
        (None, "成本指标", "人均研修费用", "≤4000元/人"),
        ("效益指标", "社会效益指标", "学员返乡开展传承活动比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "柏知遥", "0577-65213215")
    return b


@variant(
    "khk04-stacked-money-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT: the second "
    "project's 资金总额 is not 财政拨款 + 其他资金, its unit cost × count exceeds its money",
)
def stacked_money_wrong() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="苇塘区非遗项目保护传承补助",
        dept="苇塘区文化和旅游局 118",
        unit="苇塘区非遗保护中心",
        money=one_year(wan(48), wan(40), wan(8)),
        goals=["补助16个区级非遗项目保护单位开展传承活动，完成项目年度评估。"],
    )
    header(s, *HEAD4)
    indicators(s, [
        ("产出指标", "数量指标", "补助非遗项目保护单位", "≥16个"),
        (None, "质量指标", "保护单位年度评估合格率", "≥90%"),
        (None, "时效指标", "年度评估完成时间", "11月30日前"),
        (None, "成本指标", "单个项目补助标准", "≤3万元/个"),
        ("效益指标", "社会效益指标", "传承活动参与人次", "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "保护单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(95), "B101", "error", note="95 ≠ 财政拨款 80 + 其他资金 10")
    project_head(
        s,
        year=YEAR,
        name="苇塘区传承人群研培计划",
        dept="苇塘区文化和旅游局 118",
        unit="苇塘区非遗保护中心",
        money=one_year(total, wan(80), wan(10)),
        title=f"{YEAR}年度项目支出绩效目标申报表（二）",
        goals=["举办传承人群研修培训，培训学员150人。"],
    )
    header(s, *HEAD4)
    indicators(s, [
        ("产出指标", "数量指标", "培训学员", "≥150人"),
        (None, "质量指标", "结业考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "10月31日前"),
        (None, "成本指标", "学员人均研培补助",
         mk("≤0.8万元/人", "B107", "warning", row=True,
            note="0.8万元 × 150人 = 120万元, above the 90–95万元 of the project")),
        ("效益指标", "社会效益指标", "学员结业后开展传承活动比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "晏拾青", "0573-82411180")
    return b


DEPT_TABLE = [
    ("产出指标", "数量指标", "发放补助的代表性传承人", "≥52人"),
    (None, None, "运行补助的传习所", "≥14个"),
    (None, None, "举办非遗展演活动", "≥30场"),
    (None, "质量指标", "数字化记录成果验收合格率", pct(1)),
    (None, "时效指标", "补助资金拨付时间", "6月30日前"),
]
DEPT_TAIL = [
    ("成本指标", "经济成本指标", "单场展演活动成本", "≤5万元/场"),
    ("效益指标", "社会效益指标", "非遗活动参与群众人次", "≥20000人次"),
    (None, "可持续影响指标", "非遗项目存续状况", "稳步改善"),
    ("满意度指标", "服务对象满意度指标", "传承人和群众满意度", pct(0.9)),
]


@variant("khk05-department-heritage", (4, 12), "department, NAT-2021: budget and key tasks "
         "consistent, a 注 row inside the table, a footnote explaining 金额合计, signature "
         "lines (correct)")  # fmt: skip
def department_heritage() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="云渡市非物质文化遗产保护中心",
                    budget=[[wan(860.5), wan(800.5), wan(60), wan(310.5), wan(550)]],
                    tasks=[("传承人补助", "发放省市级传承人补助", wan(180), "按时足额发放"),
                           ("传习所运行", "补助传习所运行", wan(120), "传习活动常态化"),
                           ("非遗展演", "举办展演活动", wan(150), "展演不少于30场"),
                           ("数字化记录", "记录濒危项目", wan(100), "完成4个项目记录"),
                           ("金额合计", None, wan(550), None)],
                    goal="保障传承人补助和传习所运行，办好展演，完成数字化记录。")  # fmt: skip
    header(s, *HEAD4)
    indicators(s, DEPT_TABLE)
    note(s, "注：数量指标按年末实有数统计。")
    indicators(s, DEPT_TAIL)
    note(s, "注：年度主要任务金额合计550万元即项目支出，不含基本支出310.5万元。")
    note(s, "填表说明：指标值应细化、量化，定性指标写明评判等级。")
    signature(s, "钟既明", "0591-87630552")
    return b


@variant(
    "khk06-department-money-wrong",
    (12, 13),
    "department, NAT-2021: 资金总额 not the "
    "sum of its parts, tasks not adding to 金额合计, a value without an indicator name",
)
def department_money_wrong() -> Book:
    b, s = book("部门整体")
    total = mk(wan(640), "B101", "error", note="财政拨款 590 + 其他资金 40 = 630")
    department_head(s, year=YEAR, dept="栖梧县文化馆（非遗保护中心）",
                    budget=[[total, wan(590), wan(40), wan(240), wan(390)]],
                    tasks=[("传承人补助", "发放县级传承人补助", wan(150), "按时足额发放"),
                           ("传承体验基地", "补助传承体验基地", wan(130), "基地开放不少于200天"),
                           ("非遗进校园", "组织传承人进校园", wan(100), "覆盖20所学校"),
                           ("金额合计", None, mk(wan(390), "B102", "error",
                                             note="150 + 130 + 100 = 380"), None)],
                    goal="保障传承人补助，办好传承体验基地和非遗进校园活动。")  # fmt: skip
    header(s, *HEAD4)
    indicators(s, [
        ("产出指标", "数量指标", "获得补助的县级传承人", "≥30人"),
        (None, None, mk(None, "F110", "error", note="a value without a name"), "≥20所"),
        (None, "质量指标", "进校园课程完成率", "≥95%"),
        (None, "时效指标", "补助资金拨付时间", "6月30日前"),
        ("成本指标", "经济成本指标", "单校进校园活动成本", "≤5万元/所"),
        ("效益指标", "社会效益指标", "参与非遗体验的学生人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "甘澄溪", "0595-22863401")
    return b
