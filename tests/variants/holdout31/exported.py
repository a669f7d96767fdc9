"""Tables from other tools as text: every cell stored as text (a CSV pasted into a workbook), and
指标值 cells carrying an explanation after the value (≥95%（按抽检结果计）, 12场，每月1场)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout31.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, mk, money, ok

TEXT_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def text_head(b: Book, sheet: str, *, year: str, name: str, dept: str,
              amounts: tuple[Any, Any, Any], goal: str) -> Sheet:  # fmt: skip
    """A head pasted from a CSV export: no merges, every cell text (dates and amounts too)."""
    s = b.sheet(sheet, (14, 16, 30, 10, 12, 10))
    s.row(f"{year}年度项目支出绩效目标表")
    s.row("项目名称", name, "主管部门", dept)
    s.row(
        "项目期",
        "1年",
        "计划开始日期",
        as_text(f"{year}-01-01"),
        "计划完成日期",
        as_text(f"{year}-12-31"),
    )
    s.row("资金总额（万元）", amounts[0], "财政拨款", amounts[1], "其他资金", amounts[2])
    s.row("年度绩效目标", goal)
    s.row(*TEXT_HEAD)
    return s


def as_text(value: str) -> Any:
    """An amount or a date as the CSV had it: text, which a reviewer reads as what it shows."""
    return ok(value, note="a number or date stored as text by the paste")


@variant("io10-csv-all-text-ok", (9, 1), "project, NAT-2021, a CSV export pasted into a sheet: "
         "every cell text (amounts, dates, bare numbers, percents), operator and unit columns, "
         "tier labels repeated on every row")  # fmt: skip
def io10() -> Book:
    b = Book()
    s = text_head(b, "Sheet1", year="2025", name="青槐市公共文化惠民演出",
                  dept="青槐市文化广电旅游局",
                  amounts=(as_text("85.00"), as_text("60.00"), as_text("25.00")),
                  goal="全年开展惠民演出120场，送戏下乡覆盖86个行政村。")  # fmt: skip
    for r in (
        ("产出指标", "数量指标", "惠民演出场次", "≥", "120", "场"),
        ("产出指标", "数量指标", "送戏下乡覆盖行政村数", "≥", "86", "个"),
        ("产出指标", "质量指标", "演出节目内容审核通过率", "=", "100", "%"),
        ("产出指标", "时效指标", "演出计划按季度完成率", "≥", "95", "%"),
        ("成本指标", "经济成本指标", "单场演出补助标准", "≤", "0.6", "万元/场"),
        ("效益指标", "社会效益指标", "观演群众人次", "≥", "60000", "人次"),
        ("效益指标", "可持续影响指标", "基层公共文化服务供给", "定性", "逐步完善", ""),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", "90", "%"),
    ):
        s.row(*r)
    s.skip()
    s.row("填表人：", "林某", "联系电话：", "0731-4402196", "填报日期：", "2024-11-18")
    return b


@variant("io11-csv-all-text-defects", (9, 1, 12), "project, OLD-NAT, every cell text: a doubled "
         "percent sign, a rate with >= and no % anywhere, money that does not add up")  # fmt: skip
def io11() -> Book:
    b = Book()
    s = text_head(b, "导出数据", year="2026", name="石沔区困难群众临时救助", dept="石沔区民政局",
                  amounts=(mk(as_text("150.00"), "B101", "error", row=True,
                              note="120 + 20 = 140 ≠ 150"), as_text("120.00"), as_text("20.00")),
                  goal="对遭遇急难的困难群众及时实施临时救助，"
                  "全年救助不少于1500人次。")  # fmt: skip
    for r in (
        ("产出指标", "数量指标", "临时救助人次", ">=", "1500", "人次"),
        (
            "产出指标",
            "质量指标",
            "救助资金社会化发放率",
            ">=",
            mk("95", "T105", "warning", row=True, alt=("T104",), note="a rate with no %"),
            "",
        ),
        (
            "产出指标",
            "质量指标",
            "救助档案资料归档完整率",
            "",
            mk("95%%", "T116", "warning", note="the percent sign typed twice"),
            "",
        ),
        ("产出指标", "时效指标", "急难型救助审批时限", "<=", "3", "个工作日"),
        ("产出指标", "成本指标", "人均临时救助标准", "<=", "800", "元/人次"),
        ("效益指标", "社会效益指标", "困难群众基本生活保障", "", "有效保障", ""),
        ("效益指标", "可持续影响指标", "临时救助工作机制", "", "持续健全", ""),
        ("满意度指标", "服务对象满意度指标", "受助群众满意度", ">=", "90", "%"),
    ):
        s.row(*r)
    return b


@variant("io15-explained-values-ok", (9, 1), "project, OLD-NAT, one value column whose values "
         "carry an explanation after them (≥95%（按抽检结果计）, 12场，每月1场), 万元 in the "
         "number format")  # fmt: skip
def io15() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 30, 34, 18, 18))
    project_head(s, year=2025, name="云岫县公共法律服务体系建设", dept="云岫县司法局",
                 unit="云岫县法律援助中心",
                 money=[("年度资金总额", money(80, WAN), "其中：财政拨款", money(70, WAN)),
                        ("其他资金", money(10, WAN), None, None)],
                 goals=["办理法律援助案件320件以上，每月开展1场普法宣传活动。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标", "法律援助案件办理数", "≥320件（含刑事案件）"),
        (None, None, "普法宣传活动场次", "12场，每月1场"),
        (None, "质量指标", "法律援助案件质量评查合格率", "≥95%（按抽检结果计）"),
        (None, "时效指标", "法律援助申请审查时限", "≤7个工作日（自受理之日起算）"),
        (None, "成本指标", "法律援助案件平均办案补贴", "≤2000元/件（按省定标准）"),
        ("效益指标", "社会效益指标", "普法受众人次", "≥20000人次（含线上）"),
        (None, "可持续影响指标", "公共法律服务网络运行", "持续运行（覆盖全部乡镇）"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%（第三方调查）"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("注：括号内为指标值的计算口径，不作为考核值。", merge=[(1, 6)])
    s.row("填报单位（盖章）：云岫县司法局", None, None, "填报日期：", day(2024, 12, 2, CN_DATE))
    return b


# 136.58 split by a PDF space: X105 required; a B101 it may cause if misread is tolerated
SPLIT = mk(
    mk("136.5 8", "X105", "warning", alt=("X103",), note="136.58 split by a space"),
    "B101",
    "error",
    row=True,
    required=False,
    note="a consequence of the split number, tolerated",
)


@variant("io16-explained-values-defects", (9, 1, 13), "project, NAT-2021, values with "
         "explanations: a completion rate over 100%, a coverage rate given as a count, a value "
         "without a name, an amount split by a PDF space")  # fmt: skip
def io16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 34, 18, 18))
    project_head(s, year=2026, name="鹭汀县医保政策宣传与经办能力提升", dept="鹭汀县医疗保障局",
                 unit="鹭汀县医疗保障服务中心",
                 money=[("年度资金总额", SPLIT, "其中：财政拨款", money(100)),
                        ("其他资金", money(36.58), None, None)],
                 goals=["开展医保政策宣传，提升经办服务能力，"
                        "参保群众政策知晓率达到90%以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标", "医保政策宣传活动场次", "≥24场（每月2场）", "含进村入户宣讲"),
        (None, None, "经办人员业务培训人次", "≥300人次（含村级协办员）", None),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥5000份（发放问卷）", None),
        (None, "质量指标", "年度宣传任务完成率",
         mk("105%（含补报）", "T106", "error", note="a completion rate above 100%"), None),
        (None, None, "医保政策宣传覆盖率",
         mk("12场（覆盖全部乡镇）", "T105", "error", note="a rate given as a count"), None),
        (None, "时效指标", "医保待遇审核办结时限", "≤10个工作日（材料齐全之日起）", None),
        ("成本指标", "经济成本指标", "单场宣传活动平均费用", "≤0.8万元/场（含资料印制）",
         None),
        ("效益指标", "社会效益指标", "参保群众医保政策知晓率", "≥90%（抽样调查）", None),
        (None, "可持续影响指标", "医保经办服务标准化", "逐步完善", None),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%（第三方测评）", None),
    ], merged=(1, 2))  # fmt: skip
    return b
