"""Iron painting (铁画) studios: percent cells, stacked projects and points at two levels
(cg01–cg06)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout543.common import HEAD, indicators, notes, one_year_money, start, wan
from tests.variants.holdout543.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
DEPT = "赭岭市文化广电和旅游局（217）"


@variant("cg01-iron-percent-cells", (1,), "project, OLD-NAT, operator column in words, unit "
         "column, percents typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def iron_percent_cells() -> Book:
    b, s = start()
    project_head(s, year=2025, name="铁画锻制技艺传承展示项目", dept=DEPT,
                 unit="赭岭市铁画锻制技艺传承工作室",
                 money=one_year_money(wan(68), wan(50), wan(18)),
                 goals=["创作铁画作品24幅，开设公开课12场，提高铁画社会知晓度。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新创作铁画作品", "大于等于", 24, "幅"),
        (None, None, "举办铁画锻制技艺公开课", "大于等于", 12, "场"),
        (None, "质量指标", "作品验收合格率", "等于", pct(1), "%"),
        (None, None, "传统锻打工艺保留比例", "大于等于", pct(0.9), "%"),
        (None, "时效指标", "公开课按计划开课及时率", "大于等于", pct(0.95), "%"),
        (None, "成本指标", "单幅作品材料成本", "小于等于", 0.8, "万元/幅"),
        ("效益指标", "社会效益指标", "铁画技艺社会知晓率", "大于等于", pct(0.6), "%"),
        (None, "生态效益指标", "边角铁料损耗下降率", "大于等于", pct(0.05), "%"),
        (None, "可持续影响指标", "登记在册铁画学徒", "大于等于", 8, "人"),
        ("满意度指标", "服务对象满意度指标", "公开课学员满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("cg02-iron-percent-wrong", (1, 9), "project, OLD-NAT, operator column: a typed percent "
         "over 100, the end date a text serial, an amount split by a space")  # fmt: skip
def iron_percent_wrong() -> Book:
    b, s = start()
    other = mk("12.5 6", "X105", "warning", alt=("X103",),
               note="其他资金 12.56 split by a space, as text; 50 + 12.56 = 62.56")  # fmt: skip
    end = mk("46022", "X104", "warning", note="计划完成日期 typed as the serial of 2025-12-31")
    project_head(s, year=2025, name="馆藏铁画修复与复制项目", dept=DEPT,
                 unit="磬川区锻铁巷铁画修复工作室", end=end,
                 money=one_year_money(wan(62.56), wan(50), other),
                 goals=["修复馆藏铁画18幅，复制易损铁画6幅，完善修复档案。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "修复馆藏铁画", "大于等于", 18, "幅"),
        (None, None, "复制易损铁画", "大于等于", 6, "幅"),
        (None, "质量指标", "修复作品验收合格率", "大于等于",
         mk(pct(1.05), "T106", "error", note="typed 105%: a 合格率 is capped at 100%"), "%"),
        (None, "时效指标", "修复档案建档及时率", "大于等于", pct(0.95), "%"),
        (None, "成本指标", "单幅修复费用", "小于等于", 2.5, "万元/幅"),
        ("效益指标", "社会效益指标", "修复铁画可展出比例", "大于等于", pct(0.8), "%"),
        (None, "可持续影响指标", "修复工艺影像档案完整率", "等于", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "收藏单位满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


def _school_project(s: Sheet, total: Any, fiscal: Any, other: Any) -> None:
    """The second stacked project of cg03 / cg04: 铁画进校园."""
    s.skip()
    project_head(s, year=2025, name="铁画进校园传习项目", dept=DEPT, title="",
                 unit="赭岭市铁画锻制技艺传承工作室", attr="新增项目",
                 money=one_year_money(total, fiscal, other),
                 goals=["在6所中小学开设铁画传习课程120课时。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "合作中小学校", "≥6所"),
        (None, None, "传习课程授课课时", "≥120课时"),
        (None, "质量指标", "学生作品合格率", "≥85%"),
        (None, "时效指标", "课程按学期完成率", "100%"),
        (None, "成本指标", "每课时授课补贴", "≤800元/课时"),
        ("效益指标", "社会效益指标", "参与学生铁画技艺知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参与学员满意度", "≥90%"),
    ])  # fmt: skip


def _restoration(s: Sheet, passed: Any) -> None:
    """The first stacked project of cg03 / cg04: 老作品修复; ``passed`` the 考核通过率 value."""
    project_head(s, year=2025, name="民国铁画老作品抢救修复项目", dept=DEPT,
                 unit="磬川区锻铁巷铁画修复工作室",
                 title="2025年度项目支出绩效目标申报表（铁画类项目汇总）",
                 money=one_year_money(wan(40), wan(32), wan(8)),
                 goals=["抢救修复民国时期铁画老作品15幅，培养修复学徒4名。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "抢救修复铁画老作品", "≥15幅"),
        (None, None, "培养修复学徒", "≥4人"),
        (None, "质量指标", "学徒修复技艺考核通过率", passed),
        (None, "时效指标", "修复档案建档及时率", "100%"),
        (None, "成本指标", "单幅修复费用", "≤2万元/幅"),
        ("效益指标", "社会效益指标", "可展出铁画占馆藏比例", "≥80%"),
        (None, "可持续影响指标", "修复工艺影像档案留存完整率", "100%"),
        ("满意度指标", "服务对象满意度指标", "参与学员满意度", "≥88%"),
    ])  # fmt: skip


@variant("cg03-iron-stacked", (2,), "two iron painting projects stacked in one sheet, OLD-NAT, "
         "one value column, one name with different values in each (correct)")  # fmt: skip
def iron_stacked() -> Book:
    b, s = start("铁画项目")
    _restoration(s, "≥90%")
    _school_project(s, wan(25), wan(20), wan(5))
    return b


@variant("cg04-iron-stacked-defects", (2, 12), "two iron painting projects stacked, OLD-NAT: "
         "a rate given as a count in the first, the second's money not adding up")  # fmt: skip
def iron_stacked_defects() -> Book:
    b, s = start("铁画项目")
    _restoration(s, mk("4人", "T105", "error", note="a 考核通过率 given as a head count"))
    total = mk(wan(36), "B101", "error", note="年度资金总额 36 ≠ 财政拨款 28 + 其他资金 6")
    _school_project(s, total, wan(28), wan(6))
    return b


POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


def _screens(rows: list[tuple[Any, ...]]) -> Book:
    """A project with a tier-1 score column and an indicator score column (cg05 / cg06)."""
    b, s = start("绩效目标", (16, 8, 18, 30, 16, 8))
    project_head(s, year=2025, name="大型铁画屏风锻制项目", dept=DEPT,
                 unit="赭岭市铁画艺术研究所", attr="一次性项目",
                 money=one_year_money(wan(45), wan(38), wan(7)),
                 goals=["锻制大型铁画屏风2套、铁画小品30件，陈列于市内公共文化空间。"])  # fmt: skip
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    notes(s, "注：一级指标分值为其下各三级指标分值之和，合计100分。")
    return b


@variant("cg05-iron-points", (10,), "project, NAT-2021, a tier-1 score column and an indicator "
         "score column both adding to 100, a share raised in 百分点 (correct)")  # fmt: skip
def iron_points() -> Book:
    return _screens([
        ("产出指标", 40, "数量指标", "锻制大型铁画屏风", "≥2套", 10),
        (None, None, None, "锻制铁画小品", "≥30件", 10),
        (None, None, "质量指标", "屏风验收合格率", "100%", 10),
        (None, None, "时效指标", "屏风按期完工率", "100%", 10),
        ("成本指标", 20, "经济成本指标", "单套屏风制作成本", "≤12万元/套", 10),
        (None, None, None, "铁料采购均价", "≤0.65万元/吨", 10),
        ("效益指标", 30, "社会效益指标", "公共文化空间铁画陈列覆盖率提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "青年匠人参与锻制比例", "≥30%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "陈列场馆满意度", "≥90%", 10),
    ])  # fmt: skip


@variant("cg06-iron-points-wrong", (10, 11), "project, NAT-2021, tier-1 scores against the "
         "indicator scores under them (two tiers off), a 反向 rate with ≥")  # fmt: skip
def iron_points_wrong() -> Book:
    out = mk(40, "W103", "error", note="产出指标 40 分, its indicators 10+10+15+10 = 45")
    eff = mk(30, "W103", "error", note="效益指标 30 分, its indicators 15+10 = 25")
    rework = mk("≥3%", "T108", "warning", row=True, note="返修率 is 反向: ≤ expected")
    return _screens([
        ("产出指标", out, "数量指标", "锻制大型铁画屏风", "≥2套", 10),
        (None, None, None, "锻制铁画小品", "≥30件", 10),
        (None, None, "质量指标", "屏风焊点返修率", rework, 15),
        (None, None, "时效指标", "屏风按期完工率", "100%", 10),
        ("成本指标", 20, "经济成本指标", "单套屏风制作成本", "≤12万元/套", 10),
        (None, None, None, "铁料采购均价", "≤0.65万元/吨", 10),
        ("效益指标", eff, "社会效益指标", "公共文化空间铁画陈列覆盖率提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "青年匠人参与锻制比例", "≥30%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "陈列场馆满意度", "≥90%", 10),
    ])  # fmt: skip
