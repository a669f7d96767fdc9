"""Several schools in one return: a 学校名称 column down one sheet, one school per sheet with a
汇总 sheet, and 学段 value columns (小学 │ 初中).

ij07 three schools on one sheet, each with the same indicators and its own values (correct);
ij08 one school per sheet plus 汇总: a 巩固率 over 100 %, a conflicting duplicate;
ij09 one kindergarten per sheet plus 汇总, tables from column C (correct);
ij10 学段 columns with 近视率 (反向) and 基准定额 (correct); ij11 学段 columns with a 反向 rate
given ≥, a rate without %, no 满意度指标.
"""

from __future__ import annotations

from typing import Any

from tests.variants.holdout26.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

SCHOOLS_07 = (
    ("梅岭镇中心小学", 620, "不低于720元/生·年", pct(0.99), "≥92%"),
    ("梅岭镇初级中学", 480, "不低于940元/生·年", pct(0.97), "≥90%"),
    ("梅岭镇青山小学", 310, "不低于720元/生·年", pct(0.99), "≥93%"),
)


@variant("ij07-stacked-schools-ok", (2, 1), "project, OLD-NAT, three schools under 学校名称")
def ij07() -> Book:
    b = Book()
    s = b.sheet("生均公用经费", (18, 12, 14, 30, 22))
    s.title("2026年度义务教育生均公用经费绩效目标表（分校填报）", 5)
    s.row("填报单位：梅岭镇中心学校", None, None, "金额单位：万元")
    s.row("学校名称", "学段", "在校生数（人）", "基准定额（元/生·年）", "年度资金")
    s.row("梅岭镇中心小学", "小学", 620, 720, money(44.64, WAN))
    s.row("梅岭镇初级中学", "初中", 480, 940, money(45.12, WAN))
    s.row("梅岭镇青山小学", "小学", 310, 720, money(22.32, WAN))
    s.row("合计", None, 1410, None, money(112.08, WAN))
    s.row("年度绩效目标", "按基准定额足额拨付三所学校生均公用经费，保障学校教学、办公和水电等日常"
          "运转。", merge=[(2, 5)])  # fmt: skip
    s.skip()
    s.row("学校名称", "一级指标", "二级指标", "三级指标", "指标值")
    rows: list[tuple[Any, ...]] = []
    for name, pupils, norm, keep, health in SCHOOLS_07:
        rows += [
            (name, "产出指标", "数量指标", "保障在校生人数", f"≥{pupils}人"),
            (None, None, "质量指标", "义务教育巩固率", keep),
            (None, None, "时效指标", "公用经费拨付及时率", pct(1)),
            (None, None, "成本指标", "生均公用经费基准定额", norm),
            (None, "效益指标", "社会效益指标", "学生体质健康测试合格率", health),
            (None, None, "可持续影响指标", "学校日常运转保障", "有效保障"),
            (None, "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
        ]
    s.table(rows, merged=(1, 2))
    s.row("审核人：何振东", None, "填表人：罗佩", None, "2025年11月26日")
    return b


def school_sheet(b: Book, name: str, fund: float, rows: list[tuple[Any, ...]], col: int = 1,
                 kind: str = "学校") -> Sheet:  # fmt: skip
    """One school's sheet: a short head (学校, 年度资金), then the indicator table."""
    s = b.sheet(name, (4, 4, 14, 16, 30, 20) if col == 3 else (14, 16, 30, 20))
    width = col + 3
    s.row(f"2026年度{name}公用经费绩效目标表", merge=[(col, width)], col=col)
    s.row(f"{kind}名称", name, "年度资金（万元）", money(fund), col=col)
    s.row("一级指标", "二级指标", "三级指标", "指标值", col=col)
    s.table(rows, merged=(1, 2), col=col)
    return s


def summary_sheet(b: Book, title: str, units: list[tuple[str, int, float]], col: int = 1) -> None:
    s = b.sheet("汇总", (4, 4, 22, 14, 16) if col == 3 else (22, 14, 16))
    s.row(title, merge=[(col, col + 2)], col=col)
    s.row("单位名称", "在校（园）人数", "年度资金（万元）", col=col)
    for name, pupils, fund in units:
        s.row(name, pupils, money(fund), col=col)
    s.row("合计", sum(u[1] for u in units), money(round(sum(u[2] for u in units), 2)), col=col)


def primary_rows(pupils: int, keep: Any) -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "在校生人数", f"≥{pupils}人"),
        (None, "质量指标", "义务教育巩固率", keep),
        (None, "时效指标", "公用经费支付及时率", "≥95%"),
        (None, "成本指标", "生均公用经费基准定额", "720元/生·年"),
        ("效益指标", "社会效益指标", "学校正常运转保障率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "教师满意度", "≥90%"),
    ]


@variant("ij08-school-sheets", (2, 1), "project, OLD-NAT, one school per sheet plus 汇总")
def ij08() -> Book:
    b = Book()
    summary_sheet(b, "2026年度城关学区生均公用经费汇总表",
                  [("城关第一小学", 1450, 104.40), ("城关第二小学", 980, 70.56),
                   ("城关中学", 1120, 105.28)])  # fmt: skip
    school_sheet(b, "城关第一小学", 104.40, primary_rows(1450, pct(0.99)))
    school_sheet(
        b,
        "城关第二小学",
        70.56,
        primary_rows(980, mk("≥101%", "T106", "error", note="a 巩固率 cannot exceed 100 %")),
    )
    school_sheet(b, "城关中学", 105.28, [
        ("产出指标", "数量指标", "在校生人数", "≥1120人"),
        (None, None, "开设实验课程门数", "≥6门"),
        (None, None, "在校生人数", mk("≥1150人", "D102", "error", alt=("D101",), row=True,
                                      note="the same indicator again with another value")),
        (None, "质量指标", "义务教育巩固率", "≥97%"),
        (None, "时效指标", "公用经费支付及时率", "≥95%"),
        (None, "成本指标", "生均公用经费基准定额", "940元/生·年"),
        ("效益指标", "社会效益指标", "学校正常运转保障率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "教师满意度", "≥90%"),
    ])  # fmt: skip
    return b


def kindergarten_rows(children: int, classes: int) -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "在园幼儿人数", f"≥{children}人"),
        (None, None, "开设班级数", f"{classes}个"),
        (None, "质量指标", "保教人员持证上岗率", pct(1, "0.0%")),
        (None, "时效指标", "公用经费拨付及时率", pct(0.98, "0.0%")),
        ("成本指标", "经济成本指标", "生均公用经费标准", "≤600元/生·年"),
        ("效益指标", "社会效益指标", "幼儿园安全事故发生率", "≤1%"),
        (None, "可持续影响指标", "保教质量", "稳步提升"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", pct(0.95, "0.0%")),
    ]


@variant("ij09-kindergarten-sheets-ok", (2, 1, 7),
         "project, NAT-2021, one kindergarten per sheet from column C, 汇总 first")  # fmt: skip
def ij09() -> Book:
    b = Book()
    units = [("南湖幼儿园", 360, 21.60), ("桂园幼儿园", 275, 16.50), ("沙洲中心幼儿园", 190, 11.40)]
    summary_sheet(b, "2026年度公办幼儿园生均公用经费汇总表", units, col=3)
    for (name, children, fund), classes in zip(units, (12, 9, 7), strict=True):
        s = school_sheet(b, name, fund, kindergarten_rows(children, classes), col=3, kind="幼儿园")
        s.row("注：生均公用经费按每生每年600元标准拨付。", merge=[(3, 6)], col=3)
    return b


def stage_table(s: Sheet, rows: list[tuple[Any, ...]]) -> None:
    """A two-line header: 指标值 over 小学 │ 初中."""
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "小学", "初中")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(rows, merged=(1, 2))


def stage_head(s: Sheet, county: str, total: float, goal: str) -> None:
    s.title("2026年度项目支出绩效目标表", 5)
    s.row("项目名称", "城乡义务教育经费保障机制", None, "主管部门", f"{county}教育局")
    s.row("项目期", "1年", "起止时间", day(2026, 1, 1), day(2026, 12, 31))
    s.row("项目资金（万元）", "资金总额", money(total), "其中：财政拨款", money(total))
    s.row("年度绩效目标", goal, merge=[(2, 5)])


@variant("ij10-stage-columns-ok", (1, 7, 11), "project, OLD-NAT, 学段 value columns 小学 │ 初中")
def ij10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18))
    stage_head(s, "柘源县", 1546.4, "按小学每生每年720元、初中每生每年940元基准定额保障全县12600名"
               "小学生和6800名初中生公用经费，巩固义务教育均衡发展成果。")  # fmt: skip
    stage_table(s, [
        ("产出指标", "数量指标", "保障在校生人数", "≥12600人", "≥6800人"),
        (None, "质量指标", "义务教育巩固率", pct(0.99), pct(0.97)),
        (None, None, "学生体质健康测试合格率", "≥92%", "≥90%"),
        (None, "时效指标", "公用经费拨付及时率", pct(1), pct(1)),
        (None, "成本指标", "生均公用经费基准定额", "720元/生·年", "940元/生·年"),
        ("效益指标", "社会效益指标", "学生近视率", "≤35%", "≤55%"),
        (None, "可持续影响指标", "义务教育均衡发展水平", "持续巩固", "持续巩固"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.row("注：近视率为反向指标，按学年末体检结果统计。")
    return b


@variant("ij11-stage-columns", (11, 1), "project, OLD-NAT, 学段 value columns, defects")
def ij11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18))
    stage_head(s, "松岗县", 712.1, "按基准定额保障全县6300名小学生和2750名初中生公用经费，"
               "提高义务教育入学率和学生健康水平。")  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标")
    stage_table(s, [
        ("产出指标", "数量指标", "保障在校生人数", "≥6300人", "≥2750人"),
        (None, "质量指标", "适龄儿童少年入学率", "≥99%",
         mk("98", "T105", "error", note="a rate without %, no unit column")),
        (None, "时效指标", "公用经费拨付及时率", pct(1), pct(1)),
        (None, "成本指标", "生均公用经费基准定额", "720元/生·年", "940元/生·年"),
        ("效益指标", "社会效益指标", "学生近视率",
         mk("≥30%", "T108", "warning", row=True, note="近视率 is 反向"), "≤50%"),
        (None, "可持续影响指标", "义务教育均衡发展水平", "持续巩固", "持续巩固"),
    ])  # fmt: skip
    return b
