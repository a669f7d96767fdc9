"""Subsidy offices' returns: department money, budget-system exports, notes and word operators."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout476.common import YEAR, book, funds, indicators, notes, sign
from tests.variants.holdout476.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

DEPT = "澄砂区非物质文化遗产保护中心"
HEAD_4 = ("一级指标", "二级指标", "三级指标", "指标值")


def _shares(total: float, fiscal: float, other: float, basic: float, proj: float) -> list[object]:
    return [pct(round(v / total, 4), "0.00%") for v in (total, fiscal, other, basic, proj)]


@variant(
    "zr13-department-money",
    (12, 4),
    "department, NAT-2021: budget with typed shares, tasks adding to 金额合计, a "
    "footnote explaining the total, signature line (correct)",
)
def zr13() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept=DEPT,
        budget=[
            [money(780, WAN), money(700, WAN), money(80, WAN), money(520, WAN), money(260, WAN)],
            _shares(780, 700, 80, 520, 260),
        ],
        tasks=[
            ("景泰蓝工坊扶持", "扶持掐丝珐琅工坊6家", money(120, WAN), "工坊稳定运营"),
            ("学徒补贴发放", "发放学徒生活补贴", money(90, WAN), "补贴学徒50人"),
            ("技艺展演", "举办景泰蓝技艺展演", money(50, WAN), "展演10场"),
            ("金额合计", None, money(260, WAN), None),
        ],
        goal="扶持景泰蓝工坊6家，补贴学徒50人，举办技艺展演10场。",
    )
    indicators(
        s,
        HEAD_4,
        [
            ("产出指标", "数量指标", "扶持景泰蓝工坊数量", "≥6家"),
            (None, None, "补贴学徒人数", "≥50人"),
            (None, "质量指标", "补贴发放准确率", "=100%"),
            (None, "时效指标", "展演完成时间", "2026年12月20日前"),
            ("成本指标", "经济成本指标", "学徒生活补贴标准", "≤1500元/人·月"),
            ("效益指标", "社会效益指标", "展演观众人次", "≥8000人次"),
            ("满意度指标", "服务对象满意度指标", "工坊及学徒满意度", "≥90%"),
        ],
    )
    notes(s, "注：金额合计为三项年度主要任务预算之和，等于项目支出260万元；基本支出520万元未列入。")
    sign(s, "林砚秋", "0731-8846205")
    return b


@variant(
    "zr14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额 and tasks not adding to 金额合计",
)
def zr14() -> Book:
    b, s = book()
    total = mk(money(600, WAN), "B101", "error", note="380 + 240 = 620, not 600")
    department_head(
        s,
        year=YEAR,
        dept="铜泉市工艺美术行业服务站",
        budget=[
            [total, money(520, WAN), money(80, WAN), money(380, WAN), money(240, WAN)],
        ],
        tasks=[
            ("学徒岗位补贴", "景泰蓝学徒岗位补贴", money(100, WAN), "补贴学徒70人"),
            ("工坊设备更新", "更新烧蓝电窑与抛光机", money(90, WAN), "更新设备12台"),
            ("行业培训", "举办掐丝工艺培训", money(40, WAN), "培训400人次"),
            (
                "金额合计",
                None,
                mk(money(240, WAN), "B102", "error", note="100 + 90 + 40 = 230"),
                None,
            ),
        ],
        goal="补贴景泰蓝学徒70人，更新工坊设备12台，培训400人次。",
    )
    indicators(
        s,
        HEAD_4,
        [
            ("产出指标", "数量指标", "补贴学徒人数", "≥70人"),
            (None, None, "更新工坊设备台数", "≥12台"),
            (None, "质量指标", "设备验收合格率", "=100%"),
            (None, "时效指标", "补贴季度发放及时率", "≥95%"),
            ("成本指标", "经济成本指标", "单台设备更新成本", "≤7万元/台"),
            ("效益指标", "社会效益指标", "培训人次", "≥400人次"),
            ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
        ],
    )
    return b


CODE = "3603262026000417"
EXPORT_NAME = "景泰蓝学徒以工代训补贴"
EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


def _export_head(b: Book, value_word: str) -> Sheet:
    """Sheet 05-1 with the project head, sheet 05-2 with the export's three header rows."""
    s = b.sheet("部门项目支出预算05-1")
    project_head(
        s,
        year=YEAR,
        name=EXPORT_NAME,
        dept="澄砂区人力资源和社会保障局（411）",
        unit="澄砂区职业技能鉴定所",
        money=funds(72, 72, 0),
        goals=["以工代训补贴景泰蓝工坊学徒40人，补贴按季度发放。"],
    )
    t = b.sheet("部门项目支出绩效目标05-2", (18, 22, 14, 16, 30, 18))
    t.row("部门项目支出绩效目标表", merge=[(1, 6)])
    t.row("单位：澄砂区人力资源和社会保障局", None, None, None, None, "金额单位：万元")
    t.row(*EXPORT_HEAD[:5], value_word)
    return t


@variant(
    "zr15-export-second-sheet",
    (7, 4),
    "budget-system export: head on sheet 05-1, indicators on sheet 05-2 with codes "
    "in the first columns, header on row 3, repeated after a page break, 填表说明 "
    "(correct)",
)
def zr15() -> Book:
    b = Book()
    t = _export_head(b, "指标值")
    t.table(
        [
            (CODE, EXPORT_NAME, "产出指标", "数量指标", "补贴学徒人数", "≥40人"),
            (CODE, EXPORT_NAME, None, "质量指标", "学徒在岗考勤达标率", "≥90%"),
            (CODE, EXPORT_NAME, None, "时效指标", "补贴季度发放时间", "季度结束后20日内"),
            (CODE, EXPORT_NAME, "成本指标", "经济成本指标", "以工代训补贴标准", "≤1500元/人·月"),
        ],
        merged=(3, 4),
    )
    t.row(*EXPORT_HEAD)
    t.table(
        [
            (CODE, EXPORT_NAME, "效益指标", "社会效益指标", "学徒稳定就业率", "≥80%"),
            (CODE, EXPORT_NAME, "满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
        ],
        merged=(3, 4),
    )
    notes(t, "填表说明：1.本表由预算管理一体化系统导出；2.表头在分页后重复打印。")
    return b


@variant(
    "zr16-export-wrong",
    (7, 9),
    "budget-system export, indicators on sheet 05-2 under header 预期实现值: a rate "
    "given as a count, a deadline given as a percentage",
)
def zr16() -> Book:
    b = Book()
    t = _export_head(b, "预期实现值")
    t.table(
        [
            (CODE, EXPORT_NAME, "产出指标", "数量指标", "补贴学徒人数", "≥40人"),
            (
                CODE,
                EXPORT_NAME,
                None,
                "质量指标",
                "学徒技能考核通过率",
                mk("≥35人", "T105", "error", note="a 通过率 needs a percentage"),
            ),
            (
                CODE,
                EXPORT_NAME,
                None,
                "时效指标",
                "补贴发放时限",
                mk("100%", "T113", "warning", note="a deadline given as a percentage"),
            ),
            (CODE, EXPORT_NAME, "成本指标", "经济成本指标", "以工代训补贴标准", "≤1500元/人·月"),
            (CODE, EXPORT_NAME, "效益指标", "社会效益指标", "学徒稳定就业率", "≥80%"),
            (CODE, EXPORT_NAME, "满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
        ],
        merged=(3, 4),
    )
    return b


WORD_HEAD = ("一级指标", "二级指标", "三级指标", "比较方式", "指标值", "计量单位")


def _words_head(s: Sheet, name: str) -> None:
    project_head(
        s,
        year=YEAR,
        name=name,
        dept="滨沅县人力资源和社会保障局（205）",
        unit="滨沅县景泰蓝学徒服务站",
        money=funds(54, 50, 4),
        goals=["发放景泰蓝学徒生活补贴30人，学徒结业率不低于85%。"],
    )


@variant(
    "zr17-notes-word-operators",
    (4, 11),
    "project, OLD-NAT, operators in words in their own column, a note row between "
    "tiers, notes and signature below, a 下降率 with 大于等于 and 0起 incidents "
    "(correct)",
)
def zr17() -> Book:
    b, s = book()
    _words_head(s, "景泰蓝学徒生活补贴项目")
    indicators(
        s,
        WORD_HEAD,
        [
            ("产出指标", "数量指标", "补贴学徒人数", "大于等于", 30, "人"),
            (None, "质量指标", "学徒结业率", "大于等于", 85, "%"),
            (None, "时效指标", "补贴发放次数", "等于", 12, "次"),
            (None, "成本指标", "学徒生活补贴标准", "小于等于", 1200, "元/人·月"),
        ],
    )
    notes(s, "注：以下效益指标按自然年统计。")
    s.table(
        [
            ("效益指标", "社会效益指标", "学徒中途流失下降率", "大于等于", 10, "%"),
            (None, None, "学徒实训工伤事故", "小于等于", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "学徒满意度", "大于等于", 90, "%"),
        ],
        merged=(1, 2),
    )
    notes(s, "说明：补贴标准×人数×12个月=43.2万元，其余用于学徒保险。", "（单位盖章）")
    sign(s, "谭映川", "0739-6517736")
    return b


@variant(
    "zr18-notes-wrong",
    (4, 11),
    "project, OLD-NAT, operators in words in their own column, notes below: a 正向 "
    "count with 小于等于, a satisfaction with 等于, 预算执行率 as a cost indicator",
)
def zr18() -> Book:
    b, s = book()
    _words_head(s, "景泰蓝学徒结业奖补项目")
    indicators(
        s,
        WORD_HEAD,
        [
            (
                "产出指标",
                "数量指标",
                "结业奖补学徒人数",
                mk("小于等于", "T108", "warning", row=True, note="a 正向 count takes 大于等于"),
                30,
                "人",
            ),
            (None, "质量指标", "学徒结业率", "大于等于", 85, "%"),
            (None, "时效指标", "奖补发放完成时间", "小于等于", "2026年12月15日", None),
            (None, "成本指标", "人均结业奖补", "小于等于", 1.5, "万元/人"),
            (
                None,
                None,
                mk("预算执行率", "F202", "warning", note="scored separately"),
                "大于等于",
                90,
                "%",
            ),
            ("效益指标", "社会效益指标", "结业学徒留岗率", "大于等于", 75, "%"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "学徒满意度",
                mk("等于", "T107", "warning", row=True, note="= 95 % on a satisfaction means ≥"),
                95,
                "%",
            ),
        ],
    )
    notes(
        s,
        "注：结业奖补按结业考核结果一次性发放。",
        "填表说明：比较方式填写大于等于、小于等于或等于。",
    )
    sign(s, "谭映川", "0739-6517736")
    return b
