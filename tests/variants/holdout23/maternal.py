"""妇幼保健院 and 妇幼保健计划生育服务中心: maternal and child health projects, one with merged
numbered tier blocks and percent cells typed in Excel, one with years and indicators that
disagree."""

from __future__ import annotations

from tests.variants.holdout23.registry import variant
from tests.variants.holdout23.system import banner, grid, signature
from tests.variants.kit import Book, day, mk, money, pct

AMOUNT = "#,##0.00"


@variant(
    "ig02-maternal-child-ok",
    (1, 5),
    "project, OLD-NAT (成本指标 under 产出), numbered tier labels merged down, 比较符 column, "
    "percent cells typed in Excel without a unit column, rates per 10万 and in ‰, "
    "评分标准 and 备注 columns",
)
def maternal_child_ok() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", (16, 18, 30, 8, 12, 26, 12))
    banner(s, "澄湄县2027年度项目支出绩效目标表", 1, 7)
    grid(
        s,
        1,
        ("项目名称", 1),
        ("孕产妇和儿童健康管理", 2),
        ("项目编码", 1),
        ("36152427T000000008816", 3),
    )
    grid(
        s, 1, ("主管部门", 1), ("澄湄县卫生健康委员会", 2), ("实施单位", 1), ("澄湄县妇幼保健院", 3)
    )
    grid(
        s,
        1,
        ("项目属性", 1),
        ("经常性项目", 2),
        ("项目期限", 1),
        ("2027年1月1日—2027年12月31日", 3),
    )
    grid(
        s,
        1,
        ("项目资金（万元）", 1),
        ("年度资金总额", 1),
        (money(236.4, AMOUNT), 1),
        ("财政拨款", 1),
        (money(216.4, AMOUNT), 1),
        ("其他资金", 1),
        (money(20, AMOUNT), 1),
    )
    grid(
        s,
        1,
        ("年度绩效目标", 1),
        (
            "全县孕产妇系统管理率、0-6岁儿童健康管理率均达到90%以上，孕产妇死亡率控制在12/10万以下，"
            "婴儿死亡率控制在5‰以下。",
            6,
        ),
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "评分标准", "备注")
    s.table(
        [
            ("一、产出指标", "1.数量指标", "孕产妇系统管理人数", "≥", "1800人", "完成得满分", None),
            (None, None, "0-6岁儿童健康管理人数", "≥", "12000人", "完成得满分", None),
            (None, "2.质量指标", "孕产妇系统管理率", "≥", pct(0.9), "每低1个百分点扣1分", None),
            (None, None, "0-6岁儿童健康管理率", "≥", pct(0.9), "每低1个百分点扣1分", None),
            (
                None,
                "3.时效指标",
                "高危孕产妇专案管理及时率",
                "≥",
                pct(0.95),
                "每低1个百分点扣1分",
                None,
            ),
            (
                None,
                "4.成本指标",
                "免费产前筛查补助标准",
                "≤",
                "120元/人",
                "超标准不得分",
                "省定标准",
            ),
            (
                "二、效益指标",
                "1.社会效益指标",
                "孕产妇死亡率",
                "≤",
                "12/10万",
                "超出不得分",
                "按常住人口口径",
            ),
            (None, None, "婴儿死亡率", "≤", "5‰", "超出不得分", None),
            (None, None, "住院分娩率", "≥", pct(0.99), "每低1个百分点扣1分", None),
            (None, "2.可持续影响指标", "妇幼健康服务体系", None, "稳定运行", "定性评价", None),
            (
                "三、满意度指标",
                "1.服务对象满意度指标",
                "孕产妇及儿童家长满意度",
                "≥",
                pct(0.9),
                "每低1个百分点扣1分",
                "抽样调查",
            ),
        ],
        merged=(1, 2),
    )
    s.skip()
    signature(s, 1, "罗晓岚", "邓文", "0795-4438127", day(2026, 11, 3))
    return b


@variant(
    "ig13-birth-defects-years-duplicates",
    (4,),
    "project, NAT-2021, tier labels in every row, values with the operator inside: a "
    "完成日期 two years before the budget year, an indicator repeated with the same value "
    "and one repeated with another value",
)
def birth_defects_years_duplicates() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 14, 14, 20))
    banner(s, "2027年度项目支出绩效目标表", 1, 6)
    grid(
        s,
        1,
        ("项目名称", 1),
        ("出生缺陷综合防治", 2),
        ("实施单位", 1),
        ("桦岭县妇幼保健计划生育服务中心", 2),
    )
    grid(s, 1, ("主管部门", 1), ("桦岭县卫生健康局", 2), ("项目属性", 1), ("延续项目", 2))
    grid(
        s,
        1,
        ("计划开始日期", 1),
        (day(2027, 1, 1), 2),
        ("计划完成日期", 1),
        (mk(day(2025, 12, 31), "Y102", "error", alt=("Y104", "Y101")), 2),
    )
    grid(
        s,
        1,
        ("年度资金总额（万元）", 1),
        (money(96, AMOUNT), 1),
        ("财政拨款", 1),
        (money(86, AMOUNT), 1),
        ("其他资金", 1),
        (money(10, AMOUNT), 1),
    )
    grid(
        s,
        1,
        ("年度绩效目标", 1),
        (
            "为全县孕妇提供免费产前筛查，新生儿遗传代谢病筛查率达到98%以上，出生缺陷发生率得到控制。",
            5,
        ),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "免费产前筛查人数", "≥1500人", "计划标准", None),
            ("产出指标", "数量指标", "新生儿遗传代谢病筛查人数", "≥2200人", "计划标准", None),
            (
                "产出指标",
                "质量指标",
                mk("新生儿遗传代谢病筛查率", "D101", "warning", row=True, required=False),
                "≥98%",
                "行业标准",
                None,
            ),
            (
                "产出指标",
                "质量指标",
                mk("产前筛查率", "D102", "error", row=True, required=False),
                "≥85%",
                "行业标准",
                None,
            ),
            ("产出指标", "时效指标", "筛查阳性病例召回及时率", "≥95%", "行业标准", None),
            ("成本指标", "经济成本指标", "新生儿疾病筛查补助标准", "≤60元/人", "省定标准", None),
            (
                "效益指标",
                "社会效益指标",
                mk("新生儿遗传代谢病筛查率", "D101", "warning", row=True),
                "≥98%",
                "行业标准",
                None,
            ),
            (
                "效益指标",
                "社会效益指标",
                mk("产前筛查率", "D102", "error", row=True),
                "≥80%",
                "历史标准",
                None,
            ),
            ("效益指标", "社会效益指标", "出生缺陷发生率", "≤15‰", "历史标准", "监测医院口径"),
            ("效益指标", "可持续影响指标", "出生缺陷三级防治网络", "逐步完善", "其他标准", None),
            ("满意度指标", "服务对象满意度指标", "受检对象满意度", "≥90%", "行业标准", None),
        ]
    )
    s.skip()
    signature(s, 1, "魏佳", "孔令海", "0736-3310542", day(2026, 10, 28))
    return b
