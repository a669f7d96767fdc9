"""Department returns of the 171st held-out corpus (ny11–ny14): 部门整体 tables, two with the
head down columns A and B in 元 and a 资金来源 block in 万元, tiers titled 一级 │ 二级 │ 三级,
one with 实施周期 and 年度 columns and tier-1 rows carrying their own score."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout171.common import (
    VALUE,
    YEAR,
    funds_wan,
    goals3,
    indicators,
    review,
    tier,
    vhead,
)
from tests.variants.holdout171.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, day, mk, money, ok

T3 = ("一级", "二级", "三级", VALUE)


def _dept_vhead(s: Sheet, *, title: str, dept: str, code: str, person: str, phone: str,
                duty: str, total: Any, fiscal: Any, other: Any, basic: Any, project: Any,
                width: int) -> None:  # fmt: skip
    """A department head down A and B, its money in 元."""
    s.title(title, width)
    vhead(s, [
        ("部门（单位）名称", dept),
        ("部门预算编码", code),
        ("预算年度", f"{YEAR}年"),
        ("填报人", person),
        ("联系电话", phone),
        ("填报日期", day(YEAR - 1, 11, 18)),
        ("部门职能概述", duty),
        ("年度资金总额（元）", total),
        ("其中：财政拨款（元）", fiscal),
        ("其他资金（元）", other),
        ("基本支出（元）", basic),
        ("项目支出（元）", project),
    ], width)  # fmt: skip


def y(x: float) -> Any:
    return money(x, YUAN)


@variant(
    "ny11-culture-centre-department",
    (5, 7),
    (
        "department, NAT-2021, six-column head with tasks and 金额合计, 一级/二级/三级 headers, "
        "目标值（2026年）"
    ),
)
def ny11() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=YEAR, dept="青梧市文化馆",
        budget=[(money(1260), money(1180), money(80), money(820), money(440))],
        tasks=[("群众文化活动", "举办广场文艺演出、节庆展演", money(180),
                "全年举办群众文化活动120场以上"),
               ("公共文化培训", "开设免费艺术培训班", money(140), "培训群众3000人次以上"),
               ("非遗保护传承", "非遗项目影像记录和展示", money(120), "完成非遗项目影像记录8项"),
               ("金额合计", None, money(440), None)],
        goal="1.全年举办群众文化活动120场以上；2.开展免费艺术培训3000人次以上；"
             "3.完成非遗项目影像记录8项，群众参与满意度92%以上。",
        title=f"青梧市文化馆{YEAR}年度部门整体支出绩效目标表")  # fmt: skip
    indicators(s, T3, [
        ("成本指标", "经济成本指标", "群众文化活动场均成本", "≤1.4万元/场"),
        ("产出指标", "数量指标", "群众文化活动场次", "≥120场"),
        (None, None, "免费艺术培训", "≥3000人次"),
        (None, None, "非遗项目影像记录", "≥8项"),
        (None, "质量指标", "培训学员结业率", "≥90%"),
        (None, "时效指标", "非遗影像记录完成时间", f"{YEAR}年10月31日前"),
        ("效益指标", "社会效益指标", "群众文化活动参与人次", "≥180000人次"),
        (None, "可持续影响指标", "基层文艺团队扶持覆盖乡镇（街道）比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥92%"),
    ], caption="年度绩效指标")  # fmt: skip
    return b


@variant(
    "ny12-archives-department-wrong-parent",
    (5,),
    (
        "department, NAT-2021, head down A and B in 元, 资金来源 in 万元, numbered goals, "
        "一级/二级/三级 headers: the 产出 block runs over an 经济效益 row, a 完成率 given in 卷"
    ),
)
def ny12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (20, 18, 30, 20))
    _dept_vhead(
        s, title=f"枫岭区档案馆{YEAR}年度部门整体支出绩效目标表", dept="枫岭区档案馆",
        code="FL-419001", person="窦怀瑾", phone="0731-8450372",
        duty="负责全区档案的接收、保管、数字化和开发利用，提供档案查阅服务。",
        total=y(6_850_000), fiscal=y(6_500_000), other=y(350_000), basic=y(4_900_000),
        project=y(1_950_000), width=4)  # fmt: skip
    funds_wan(s, [("财政拨款", 650), ("其他资金", 35), ("合计", 685)])
    goals3(s, "年度总体目标", [
        "1.接收进馆档案不少于12000卷；",
        "2.推进馆藏档案数字化，著录差错率控制在0.5%以内；",
        "3.全年提供档案查阅利用不少于8000人次，查档群众满意度90%以上。",
    ], width=4)  # fmt: skip
    s.skip()
    indicators(s, T3, [
        ("成本指标", "经济成本指标", "档案数字化单卷加工成本", "≤35元/卷"),
        ("产出指标", "数量指标", "接收进馆档案", "≥12000卷"),
        (None, None, "馆藏档案数字化完成率",
         mk("3000卷", "T105", "error", note="a 完成率 given as a count")),
        (None, "质量指标", "档案著录差错率", "≤0.5%"),
        (None, "时效指标", "档案移交接收办结时限", "≤15个工作日"),
        (None, mk("经济效益指标", "F105", "error", note="the 产出 cell is merged one row too far"),
         "档案利用节约群众办事成本", "≥20万元"),
        ("效益指标", "社会效益指标", "档案查阅利用人次", "≥8000人次"),
        (None, "可持续影响指标", "数字档案异地备份", "≥2套"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
    ])  # fmt: skip
    review(s, unit_head="柏修远", reviewer="滕佳", when=f"{YEAR - 1}年11月25日", width=4)
    return b


@variant(
    "ny13-forestry-department-weights",
    (10, 8),
    (
        "department, NAT-2021, six-column head with tasks, 实施周期 and 年度 columns equal for a "
        "one-year table, 权重（分） with tier-1 rows carrying their own score, ‰ rates"
    ),
)
def ny13() -> Book:
    b = Book()
    s = b.sheet("部门整体支出", (16, 18, 30, 16, 16, 10))
    department_head(
        s, year=YEAR, dept="岚山县林业局",
        budget=[(money(2380), money(2100), money(280), money(1480), money(900))],
        tasks=[("森林防火", "护林巡查、防火宣传和物资储备", money(320), "全年不发生重大森林火灾"),
               ("林业有害生物防治", "松材线虫病等监测和防治", money(260), "防治面积8万亩以上"),
               ("国土绿化", "人工造林和抚育", money(320), "人工造林2500亩以上"),
               ("金额合计", None, money(900), None)],
        goal="1.人工造林2500亩以上，造林成活率85%以上；2.林业有害生物防治8万亩以上；"
             "3.森林覆盖率稳定在62.5%以上，森林火灾受害率控制在0.9‰以内。",
        title=f"岚山县林业局{YEAR}年度部门整体支出绩效目标表")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "权重（分）")
    indicators(s, head, [
        tier("成本指标", 10, 2),
        (None, "经济成本指标", "人工造林亩均成本", "≤1200元/亩", "≤1200元/亩", 10),
        tier("产出指标", 50, 2),
        (None, "数量指标", "人工造林面积", "≥2500亩", "≥2500亩", 10),
        (None, None, "林业有害生物防治面积", "≥80000亩", "≥80000亩", 10),
        (None, None, "森林防火宣传活动", "≥50场", "≥50场", 10),
        (None, "质量指标", "造林成活率", "≥85%", "≥85%", 10),
        (None, "时效指标", "春季造林完成时间", f"{YEAR}年4月30日前", f"{YEAR}年4月30日前", 10),
        tier("效益指标", 30, 2),
        (None, "生态效益指标", "森林覆盖率", "≥62.5%", "≥62.5%", 10),
        (None, "社会效益指标", "森林火灾受害率", "≤0.9‰", "≤0.9‰", 10),
        (None, "可持续影响指标", "林木良种使用率", "≥80%", "≥80%", 10),
        tier("满意度指标", 10, 2),
        (None, "服务对象满意度指标", "林农满意度", "≥90%", "≥90%", 10),
    ], caption="年度绩效指标")  # fmt: skip
    s.row(f"注：实施周期为{YEAR}年1月1日至{YEAR}年12月31日；一级指标分值为其下指标分值之和。",
          merge=[(1, 6)])  # fmt: skip
    return b


@variant(
    "ny14-market-department-money-off",
    (12, 11),
    (
        "department, NAT-2021, head down A and B in 元 whose 基本支出 + 项目支出 miss the "
        "资金总额, 资金来源 in 万元, numbered goals, ≥ on a 反向 rate"
    ),
)
def ny14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (20, 18, 30, 20))
    _dept_vhead(
        s, title=f"河湾区市场监督管理局{YEAR}年度部门整体支出绩效目标表",
        dept="河湾区市场监督管理局", code="HW-207001", person="祁安澜", phone="0712-4425587",
        duty="负责辖区市场主体登记、食品安全抽检、特种设备安全监察和消费者权益保护。",
        total=mk(y(5_460_000), "B101", "error", row=True,
                 note="基本支出 3,820,000 + 项目支出 1,540,000 = 5,360,000 ≠ 5,460,000"),
        fiscal=y(5_100_000), other=y(360_000), basic=ok(y(3_820_000), "error"),
        project=ok(y(1_540_000), "error"), width=4)  # fmt: skip
    funds_wan(s, [("财政拨款", 510), ("其他资金", 36), ("合计", 546)])
    goals3(s, "年度总体目标", [
        "1.完成食品安全抽检不少于1500批次，特种设备检查不少于600台次；",
        "2.投诉举报按时办结率98%以上；",
        "3.持续优化营商环境，市场主体满意度90%以上。",
    ], width=4)  # fmt: skip
    s.skip()
    indicators(s, T3, [
        ("成本指标", "经济成本指标", "食品抽检单批次成本", "≤1800元/批次"),
        ("产出指标", "数量指标", "食品安全抽检", "≥1500批次"),
        (None, None, "特种设备安全检查", "≥600台次"),
        (None, "质量指标", "抽检样品检验报告准确率", "≥99%"),
        (None, "时效指标", "投诉举报按时办结率", "≥98%"),
        ("效益指标", "社会效益指标", "消费重复投诉率",
         mk("≥5%", "T108", "warning", row=True, note="a 反向 rate with ≥")),
        (None, "可持续影响指标", "智慧监管平台覆盖市场主体比例", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%"),
    ])  # fmt: skip
    review(s, unit_head="敖承志", reviewer="谭沐", when=f"{YEAR - 1}年11月21日", width=4)
    return b
