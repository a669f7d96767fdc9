"""Stacked returns of the 171st held-out corpus (ny15–ny18): several projects in one sheet,
each with a short head down columns A and B in 元, its own 资金来源（万元） block, numbered
goals and a table titled 一级 │ 二级 │ 三级 │ 目标值（2026年）."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout171.common import (
    VALUE,
    YEAR,
    funds_wan,
    goals3,
    indicators,
    review,
    vhead,
)
from tests.variants.holdout171.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, day, mk, money

T3 = ("一级", "二级", "三级", VALUE)


def _y(x: Any) -> Any:
    return money(x, YUAN) if isinstance(x, int) else x


def _short_head(s: Sheet, *, caption: str, name: str, unit: str, years: int, total: Any,
                fiscal: Any, other: Any, annual: Any = None, width: int = 4) -> None:  # fmt: skip
    """A project caption, then a short head down A and B (money in 元)."""
    s.row(caption, merge=[(1, width)])
    rows: list[tuple[Any, Any]] = [
        ("项目名称", name),
        ("实施单位", unit),
        ("项目期", f"{years}年"),
        ("计划开始日期", day(YEAR, 1, 1)),
        ("计划完成日期", day(YEAR + years - 1, 12, 31)),
        ("项目资金总额（元）" if years == 1 else "中期资金总额（元）", _y(total)),
        ("其中：财政拨款（元）", _y(fiscal)),
        ("其他资金（元）", _y(other)),
    ]
    if years > 1:
        rows.append(("年度资金总额（元）", _y(annual)))
    vhead(s, rows, width)


def _one_year(s: Sheet, *, caption: str, name: str, unit: str, total: int, fiscal: int,
              other: int, goals: Sequence[Any], rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    _short_head(s, caption=caption, name=name, unit=unit, years=1, total=total, fiscal=fiscal,
                other=other)  # fmt: skip
    funds_wan(s, [("财政拨款", fiscal / 10000), ("其他资金", other / 10000),
                  ("合计", total / 10000)])  # fmt: skip
    goals3(s, "年度目标", goals, width=4)
    indicators(s, T3, rows, caption=None)
    s.skip()


@variant(
    "ny15-health-two-projects",
    (2, 5),
    (
        "two one-year projects stacked, OLD-NAT, short heads down A and B in 元, 资金来源 in "
        "万元, numbered goals, the same satisfaction name with different targets in the two "
        "projects"
    ),
)
def ny15() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (20, 18, 30, 20))
    s.title(f"澄川县卫生健康局{YEAR}年度项目支出绩效目标表", 4)
    _one_year(
        s, caption="项目一", name="乡村医生能力提升培训", unit="澄川县卫生健康局",
        total=420_000, fiscal=420_000, other=0,
        goals=["1.培训乡村医生不少于350人；", "2.培训考核合格率95%以上；",
               "3.10月底前完成全部培训。"],
        rows=[("产出指标", "数量指标", "培训乡村医生", "≥350人"),
              (None, "质量指标", "培训考核合格率", "≥95%"),
              (None, "时效指标", "培训完成时间", f"{YEAR}年10月31日前"),
              (None, "成本指标", "人均培训成本", "≤1100元/人"),
              ("效益指标", "社会效益指标", "乡村医生常见病规范诊疗率", "≥85%"),
              ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%")])  # fmt: skip
    _one_year(
        s, caption="项目二", name="适龄妇女两癌筛查", unit="澄川县妇幼保健院",
        total=1_350_000, fiscal=1_100_000, other=250_000,
        goals=["1.完成宫颈癌筛查不少于9000人、乳腺癌筛查不少于8500人；",
               "2.筛查结果随访率95%以上；", "3.11月底前完成年度筛查任务。"],
        rows=[("产出指标", "数量指标", "宫颈癌筛查", "≥9000人"),
              (None, None, "乳腺癌筛查", "≥8500人"),
              (None, "质量指标", "筛查异常结果随访率", "≥95%"),
              (None, "时效指标", "筛查任务完成时间", f"{YEAR}年11月30日前"),
              (None, "成本指标", "人均筛查成本", "≤75元/人"),
              ("效益指标", "社会效益指标", "两癌早诊率", "≥70%"),
              ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%")])  # fmt: skip
    review(s, unit_head="钱慕医", reviewer="宁安", when=f"{YEAR - 1}年11月14日", width=4)
    return b


@variant(
    "ny16-civil-affairs-three-projects",
    (2,),
    (
        "three one-year projects stacked, OLD-NAT, short heads down A and B in 元, 资金来源 in "
        "万元, numbered goals, 目标值（2026年）"
    ),
)
def ny16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (20, 18, 30, 20))
    s.title(f"青梧市民政局{YEAR}年度项目支出绩效目标表", 4)
    _one_year(
        s, caption="一、社区养老服务驿站运营补贴", name="社区养老服务驿站运营补贴",
        unit="青梧市民政局", total=900_000, fiscal=900_000, other=0,
        goals=["1.补贴养老服务驿站不少于15个；", "2.驿站星级评定达标率80%以上；",
               "3.6月底前拨付补贴资金。"],
        rows=[("产出指标", "数量指标", "补贴养老服务驿站", "≥15个"),
              (None, "质量指标", "驿站星级评定达标率", "≥80%"),
              (None, "时效指标", "补贴资金拨付时间", f"{YEAR}年6月30日前"),
              (None, "成本指标", "单个驿站年度运营补贴", "≤5.5万元/个"),
              ("效益指标", "社会效益指标", "驿站服务老年人人次", "≥36000人次"),
              ("满意度指标", "服务对象满意度指标", "服务老人满意度", "≥90%")])  # fmt: skip
    _one_year(
        s, caption="二、惠民殡葬基本服务费减免", name="惠民殡葬基本服务费减免",
        unit="青梧市殡葬管理所", total=600_000, fiscal=600_000, other=0,
        goals=["1.减免基本殡葬服务费不少于1100人；", "2.减免政策落实准确率98%以上；",
               "3.节地生态安葬比例达到40%以上。"],
        rows=[("产出指标", "数量指标", "减免基本殡葬服务费人数", "≥1100人"),
              (None, "质量指标", "减免政策落实准确率", "≥98%"),
              (None, "时效指标", "减免资金结算周期", "≤30天"),
              (None, "成本指标", "人均减免标准", "≤500元/人"),
              ("效益指标", "生态效益指标", "节地生态安葬比例", "≥40%"),
              ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%")])  # fmt: skip
    _one_year(
        s, caption="三、流浪乞讨人员救助", name="流浪乞讨人员救助",
        unit="青梧市救助管理站", total=350_000, fiscal=300_000, other=50_000,
        goals=["1.救助流浪乞讨人员不少于400人次；", "2.接到求助后2小时内响应；",
               "3.返乡救助成功率90%以上。"],
        rows=[("产出指标", "数量指标", "救助流浪乞讨人员", "≥400人次"),
              (None, "质量指标", "救助对象身份信息核查率", "≥95%"),
              (None, "时效指标", "救助接收响应时间", "≤2小时"),
              (None, "成本指标", "人次平均救助成本", "≤800元/人次"),
              ("效益指标", "社会效益指标", "返乡救助成功率", "≥90%"),
              ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥85%")])  # fmt: skip
    s.row(f"填报人：郁清和　　联系电话：0728-3381604　　填报日期：{YEAR - 1}年11月19日",
          merge=[(1, 4)])  # fmt: skip
    return b


@variant(
    "ny17-education-two-projects-defects",
    (2, 5),
    (
        "two one-year projects stacked, OLD-NAT, short heads down A and B in 元, 资金来源 in "
        "万元: a 2027 deadline under 目标值（2026年）, =95% on a 合格率"
    ),
)
def ny17() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (20, 18, 30, 20))
    s.title(f"岚山县教育局{YEAR}年度项目支出绩效目标表", 4)
    _one_year(
        s, caption="项目一", name="农村义务教育学生营养改善", unit="岚山县教育局",
        total=2_400_000, fiscal=2_000_000, other=400_000,
        goals=["1.为不少于3000名农村学生提供营养餐，全年供餐不少于200天；",
               "2.食材抽检合格率95%以上；", "3.学生营养不良检出率控制在8%以内。"],
        rows=[("产出指标", "数量指标", "受益学生", "≥3000人"),
              (None, None, "全年供餐天数", "≥200天"),
              (None, "质量指标", "食材抽检合格率",
               mk("=95%", "T107", "warning", row=True, alt=("D104",),
                  note="=95% on a 合格率; the goal says 95%以上")),
              (None, "时效指标", "补助资金按月拨付及时率", "≥95%"),
              (None, "成本指标", "生均每天补助标准", "≤3.5元/人·天"),
              ("效益指标", "社会效益指标", "学生营养不良检出率", "≤8%"),
              ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%")])  # fmt: skip
    _one_year(
        s, caption="项目二", name="农村学校校舍维修", unit="岚山县教育局",
        total=1_600_000, fiscal=1_600_000, other=0,
        goals=["1.维修农村学校校舍不少于8000平方米，涉及学校不少于9所；",
               "2.维修工程验收合格率98%以上；", "3.暑假期间完成主体维修。"],
        rows=[("产出指标", "数量指标", "维修校舍面积", "≥8000平方米"),
              (None, None, "维修学校", "≥9所"),
              (None, "质量指标", "维修工程验收合格率", "≥98%"),
              (None, "时效指标", "维修工程竣工时间",
               mk(f"{YEAR + 1}年6月30日前", "Y102", "error", alt=("Y101",),
                  note="a one-year 2026 project with a 2027 deadline")),
              (None, "成本指标", "每平方米维修成本", "≤190元/平方米"),
              ("效益指标", "社会效益指标", "校舍安全隐患消除率", "≥95%"),
              (None, "可持续影响指标", "维修后校舍安全使用年限", "≥10年"),
              ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%")])  # fmt: skip
    review(s, unit_head="闵启学", reviewer="房晓岚", when=f"{YEAR - 1}年11月27日", width=4)
    return b


def _multi(s: Sheet, *, caption: str, name: str, unit: str, years: int, total: int,
           fiscal: int, other: int, annual: int, funds: Sequence[Sequence[Any]],
           goals: tuple[Sequence[Any], Sequence[Any]],
           rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    _short_head(s, caption=caption, name=name, unit=unit, years=years, total=total,
                fiscal=fiscal, other=other, annual=annual, width=5)  # fmt: skip
    funds_wan(s, funds, periods=True)
    goals3(s, f"中期目标（{YEAR}—{YEAR + years - 1}年）", goals[0], width=5)
    goals3(s, "年度目标", goals[1], width=5)
    indicators(s, ("一级", "二级", "三级", "中期指标值", VALUE), rows, caption=None)
    s.skip()


@variant(
    "ny18-transport-two-multi-year",
    (2, 8),
    (
        "two multi-year projects stacked (two and three years), OLD-NAT and NAT-2021, short "
        "heads down A and B in 元, 资金来源 in 万元 by period, 中期 beside 目标值（2026年）"
    ),
)
def ny18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (20, 18, 30, 20, 20))
    s.title(f"青梧市交通运输局{YEAR}年度项目支出绩效目标表", 5)
    _multi(
        s, caption="项目一：公交站亭改造", name="公交站亭改造", unit="青梧市公共交通服务中心",
        years=2, total=3_000_000, fiscal=2_600_000, other=400_000, annual=1_800_000,
        funds=[("财政拨款", 260, 150), ("其他资金", 40, 30), ("合计", 300, 180)],
        goals=(["1.两年改造公交站亭不少于150座；", "2.改造工程验收合格率98%以上；",
                f"3.{YEAR + 1}年10月底前全部完工。"],
               ["1.当年改造公交站亭不少于90座；", "2.改造工程验收合格率98%以上；",
                f"3.{YEAR}年底前完成首批改造。"]),
        rows=[("产出指标", "数量指标", "改造公交站亭", "≥150座", "≥90座"),
              (None, "质量指标", "改造工程验收合格率", "≥98%", "≥98%"),
              (None, "时效指标", "改造完成时间", f"{YEAR + 1}年10月31日前",
               f"{YEAR}年12月31日前"),
              (None, "成本指标", "单座站亭改造成本", "≤1.8万元/座", "≤1.8万元/座"),
              ("效益指标", "社会效益指标", "改造站点日均候车受益人次", "≥30000人次",
               "≥18000人次"),
              ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥88%")])  # fmt: skip
    _multi(
        s, caption="项目二：城区智慧停车系统建设", name="城区智慧停车系统建设",
        unit="青梧市交通信息中心", years=3, total=6_300_000, fiscal=5_000_000,
        other=1_300_000, annual=2_100_000,
        funds=[("财政拨款", 500, 170), ("其他资金", 130, 40), ("合计", 630, 210)],
        goals=(["1.三年完成路内泊位智能化改造不少于4000个；", "2.泊位检测识别准确率95%以上；",
                "3.中心城区泊位周转率提高15%以上。"],
               ["1.当年完成泊位智能化改造不少于1300个；", "2.泊位检测识别准确率95%以上；",
                "3.中心城区泊位周转率提高5%以上。"]),
        rows=[("成本指标", "经济成本指标", "单个泊位智能化改造成本", "≤1500元/个", "≤1500元/个"),
              ("产出指标", "数量指标", "智能化改造泊位", "≥4000个", "≥1300个"),
              (None, "质量指标", "泊位检测器识别准确率", "≥95%", "≥95%"),
              (None, "时效指标", "分期建设任务完成时间", f"{YEAR + 2}年12月31日前",
               f"{YEAR}年12月31日前"),
              ("效益指标", "社会效益指标", "中心城区泊位周转率提高", "≥15%", "≥5%"),
              ("满意度指标", "服务对象满意度指标", "车主满意度", "≥88%", "≥85%")])  # fmt: skip
    review(s, unit_head="项立行", reviewer="冷知远", when=f"{YEAR - 1}年11月11日", width=5)
    return b
