"""Department tables (部门整体支出) of an education bureau and a kindergarten.

ij12 a county education bureau: budget, key tasks adding to 项目支出, indicators with a header
repeated after a page break (correct); ij13 another bureau: 基本支出 + 项目支出 ≠ 资金总额, tasks
not adding to 金额合计, a 满意度 without %, a duplicated indicator; ij14 a kindergarten:
比较符 │ 指标值 │ 计量单位 │ 指标方向 columns with bare numbers, a text-typed amount, 注 and
signature lines (correct).
"""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout26.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ij12-bureau-ok", (4, 12), "department, NAT-2021, header repeated after a page break")
def ij12() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 20, 30, 20, 16, 16))
    department_head(
        s, year=2026, dept="柘源县教育局",
        budget=[(money(38650), money(37200), money(1450), money(29800), money(8850))],
        tasks=[("义务教育公用经费", "按基准定额拨付中小学公用经费", money(4620), "学校正常运转"),
               ("学生资助", "落实各学段学生资助政策", money(1850), "应助尽助"),
               ("校舍维修改造", "维修改造中小学校舍1.9万平方米", money(1280), "消除安全隐患"),
               ("教师培训", "组织全县教师全员培训", money(560), "提升教师能力"),
               ("学前教育发展", "扩大普惠性学前教育资源", money(540), "毛入园率稳步提高"),
               ("金额合计", None, money(8850), None)],
        goal="保障全县中小学、幼儿园正常运转，巩固义务教育均衡发展成果，落实学生资助政策，提升"
             "教师队伍素质和教育教学质量。",
    )  # fmt: skip
    s.skip()
    s.row(*HEAD4)
    s.table(
        [
            ("产出指标", "数量指标", "义务教育在校生人数", "≥19400人"),
            (None, None, "资助家庭经济困难学生人次", "≥6200人次"),
            (None, None, "校舍维修改造面积", "≥19000平方米"),
            (None, "质量指标", "九年义务教育巩固率", pct(0.97)),
            (None, None, "学前三年毛入园率", pct(0.92)),
            (None, None, "教师培训合格率", "≥98%"),
        ],
        merged=(1, 2),
    )
    s.row("（续表）")
    s.row(*HEAD4)
    s.table(
        [
            ("产出指标", "时效指标", "校舍维修工程完工时间", "2026年8月31日前"),
            (None, None, "学生资助资金发放及时率", pct(1)),
            ("成本指标", "经济成本指标", "校舍维修单位面积成本", "≤700元/平方米"),
            ("效益指标", "社会效益指标", "中小学生近视率", "≤52%"),
            (None, None, "适龄残疾儿童少年入学率", "≥95%"),
            (None, "可持续影响指标", "城乡教育资源均衡配置水平", "持续提升"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant("ij13-bureau-money", (12,), "department, NAT-2021, money and duplicate defects")
def ij13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 20, 30, 20, 16, 16))
    department_head(
        s, year=2026, dept="芦滩县教育局",
        budget=[(mk(money(21500), "B101", "error", note="16200 + 5100 = 21300"), money(20300),
                 money(1200), money(16200), money(5100))],
        tasks=[("学生资助", "落实学前至高中资助政策", money(1600), "应助尽助"),
               ("中小学公用经费", "按定额拨付公用经费", money(2450), "学校正常运转"),
               ("教师培训", "教师全员培训", money(380), "培训合格率≥95%"),
               ("校舍维修", "维修校舍1.1万平方米", money(720), "消除安全隐患"),
               ("金额合计", None, mk(money(5100), "B102", "error",
                                     note="1600 + 2450 + 380 + 720 = 5150"), None)],
        goal="保障中小学正常运转，落实资助政策，巩固义务教育成果。",
    )  # fmt: skip
    s.skip()
    s.row(*HEAD4)
    s.table(
        [
            ("产出指标", "数量指标", "资助学生人次", "≥5400人次"),
            (None, None, "校舍维修面积", "≥11000平方米"),
            (None, "质量指标", "九年义务教育巩固率", "≥97%"),
            (None, None, "教师培训合格率", "≥95%"),
            (None, "时效指标", "资助资金发放及时率", "100%"),
            ("成本指标", "经济成本指标", "校舍维修单位面积成本", "≤680元/平方米"),
            (
                "效益指标",
                "社会效益指标",
                "九年义务教育巩固率",
                mk(
                    "≥97%",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D102", "D103"),
                    note="the 质量 indicator again",
                ),
            ),
            (None, "可持续影响指标", "教育均衡发展水平", "持续提升"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "学生家长满意度",
                mk("≥90", "T105", "error", note="a 满意度 without %"),
            ),
        ],
        merged=(1, 2),
    )
    return b


KG_ROWS: list[tuple[Any, ...]] = [
    ("产出指标", "数量指标", "在园幼儿人数", "≥", 420, "人", "正向"),
    (None, None, "开设班级数", "=", 14, "个", "正向"),
    (None, "质量指标", "保教人员持证上岗率", "=", 100, "%", "正向"),
    (None, None, "幼儿健康体检覆盖率", "≥", pct(0.98), "%", "正向"),
    (None, "时效指标", "安全隐患整改时限", "≤", 7, "个工作日", "反向"),
    ("成本指标", "经济成本指标", "生均保教成本", "≤", 14600, "元/生·年", "反向"),
    ("效益指标", "社会效益指标", "幼儿膳食营养达标率", "≥", 95, "%", "正向"),
    (None, None, "园所安全事故发生率", "≤", 1, "%", "反向"),
    (None, "可持续影响指标", "保教质量评估等级", "定性", "保持省级示范园", None, "正向"),
    ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥", 95, "%", "正向"),
]


@variant("ij14-kindergarten-ok", (1, 4, 11),
         "department, NAT-2021, 比较符 │ 指标值 │ 计量单位 │ 指标方向 columns")  # fmt: skip
def ij14() -> Book:
    b = Book()
    s = b.sheet("整体绩效", (16, 20, 28, 10, 18, 12, 10))
    department_head(
        s, year=2026, dept="澄川县机关幼儿园", filled=day(2025, 12, 8, CN_DATE),
        budget=[("612.40", money(548.4), money(64), money(486.4), money(126))],
        tasks=[("保教业务", "购置教玩具、开展保教活动", money(58), "保教质量稳步提升"),
               ("园舍维护", "园舍及户外场地维修", money(42), "园舍安全"),
               ("教师培训", "保教人员业务培训", money(26), "培训全覆盖"),
               ("金额合计", None, money(126), None)],
        goal="保障幼儿园正常运转，在园幼儿420人、开设14个班，提升保教质量，确保幼儿安全。",
    )  # fmt: skip
    s.skip()
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向")
    s.table(KG_ROWS, merged=(1, 2))
    s.row("注：1.其他资金为保育教育费收入；2.生均保教成本按在园幼儿人数测算。")
    s.row("填表人：卢春燕", None, "审核人：谭国华", None, "联系电话：0736-5530127")
    return b
