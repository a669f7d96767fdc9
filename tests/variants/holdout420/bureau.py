"""Returns of the county bureaus: department tables, multi-year orchard projects and
budget-system exports of packing-centre projects (xn13–xn18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout420.common import (
    BUREAU,
    CENTRE,
    HEAD4,
    SUPPLY,
    YEAR,
    first,
    funds2,
    grid,
    notes,
    sign,
    wan,
)
from tests.variants.holdout420.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

TASK = "芒果产业园建设"


def bureau_indicators(s: Sheet) -> None:
    """The bureau's yearly indicators (NAT-2021), the same in its right and wrong returns."""
    grid(s, HEAD4, [
        ("成本指标", "经济成本指标", "芒果产业园每亩建设补助", "≤0.3万元/亩"),
        ("产出指标", "数量指标", "芒果产业园新增标准化种植面积", "≥2000亩"),
        (None, None, "培育县级示范合作社", "≥10家"),
        (None, "质量指标", "扶持项目验收合格率", "=100%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        ("效益指标", "经济效益指标", "全县芒果产值增长率", "≥6%"),
        (None, "社会效益指标", "芒果种植安全生产事故", "0起"),
        (None, "可持续影响指标", "合作社规范运营长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "芒果种植户和合作社满意度", "≥90%"),
    ])  # fmt: skip


@variant("xn13-bureau-department", (12, 4),
         "department, NAT-2021: budget, key tasks and 金额合计 (= 项目支出) consistent, a note "
         "explaining the total, 填表说明 and signature lines (correct)")  # fmt: skip
def bureau_department() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept=BUREAU,
                    budget=[(wan(2860), wan(2600), wan(260), wan(1450), wan(1410))],
                    tasks=[(TASK, "新增标准化种植2000亩", wan(620), "建成县级芒果产业园"),
                           ("合作社培育", "扶持示范合作社10家", wan(310), "合作社规范运营"),
                           ("分级包装补助", "补助3个分级包装中心", wan(480), "采后商品化处理"),
                           ("金额合计", None, wan(1410), None)],
                    goal="全县芒果产业提质增效，产值增长6%以上。")  # fmt: skip
    bureau_indicators(s)
    notes(s, "注：金额合计为项目支出，不含基本支出1450万元。",
          "填表说明：指标值请写明比较符和计量单位。")  # fmt: skip
    sign(s, "黄振宇", "0779-6230095")
    return b


@variant("xn14-supply-department-wrong", (12,),
         "department, NAT-2021: 资金总额 not equal to 财政拨款 + 其他资金 (nor 基本 + 项目), "
         "key tasks not adding to 金额合计")  # fmt: skip
def supply_department_wrong() -> Book:
    b, s = first()
    total = mk(wan(980), "B101", "error", note="860 + 100 = 400 + 560 = 960，不是 980")
    department_head(s, year=YEAR, dept=SUPPLY,
                    budget=[(total, wan(860), wan(100), wan(400), wan(560))],
                    tasks=[("分级包装中心运营", "补助3个中心", wan(230), "分级包装芒果2万吨"),
                           ("冷链物流补助", "冷藏车和预冷库", wan(180), "采后损耗下降"),
                           ("电商销售培训", "合作社电商培训", wan(160), "线上销售增长"),
                           ("金额合计", None, mk(wan(560), "B102", "error",
                                                  note="230 + 180 + 160 = 570"), None)],
                    goal="芒果采后分级包装和冷链流通能力明显提高。")  # fmt: skip
    grid(s, HEAD4, [
        ("成本指标", "经济成本指标", "每吨分级包装补助标准", "≤115元/吨"),
        ("产出指标", "数量指标", "分级包装芒果量", "≥20000吨"),
        (None, None, "合作社电商培训人次", "≥800人次"),
        (None, "质量指标", "冷链运输芒果到货合格率", "≥97%"),
        (None, "时效指标", "补助资金拨付时间", "2026年8月31日前"),
        ("效益指标", "经济效益指标", "合作社芒果线上销售额增长率", "≥15%"),
        (None, "社会效益指标", "芒果采后损耗率", "≤8%"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "梁家铭", "0779-6239327")
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("xn15-orchard-three-years", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 value columns: counts split "
         "by year, rates and unit costs equal in both, 0起 on an accident count "
         "(correct)")  # fmt: skip
def orchard_three_years() -> Book:
    b, s = first()
    project_head(s, year=YEAR, years=3, name="芒果低产园改造三年行动", dept=BUREAU,
                 unit=CENTRE, attr="新增项目",
                 money=funds2((wan(900), wan(780), wan(120)), (wan(300), wan(260), wan(40))),
                 goals=["三年改造芒果低产园6000亩，改造果园亩产提高20%。",
                        "2026年改造芒果低产园2000亩，完成高接换种和水肥改造。"])  # fmt: skip
    grid(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "每亩低产园改造补助", "≤1300元/亩", "≤1300元/亩"),
        ("产出指标", "数量指标", "改造芒果低产园面积", "≥6000亩", "≥2000亩"),
        (None, None, "举办改造技术现场会", "≥18场", "≥6场"),
        (None, "质量指标", "改造果园挂果率", "≥90%", "≥90%"),
        (None, "时效指标", "年度改造任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("效益指标", "经济效益指标", "改造果园亩产增长率", "≥20%", "≥8%"),
        (None, "社会效益指标", "改造施工安全事故", "0起", "0起"),
        (None, "生态效益指标", "改造果园有机肥替代化肥比例", "≥30%", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "改造果园种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦秋萍", "0779-6231507")
    return b


@variant("xn16-brand-two-years-wrong", (8, 11),
         "two-year project 2026–2027, NAT-2021, 中期 and 年度 columns: an annual count above "
         "its period count, a cumulative count copied, a 反向 rate with ≥ in the annual "
         "column")  # fmt: skip
def brand_two_years_wrong() -> Book:
    b, s = first()
    project_head(s, year=YEAR, years=2, name="芒果合作社品牌培育两年行动", dept=BUREAU,
                 unit="濑江县农产品质量安全中心", attr="新增项目",
                 money=funds2((wan(240), wan(200), wan(40)), (wan(130), wan(110), wan(20))),
                 goals=["两年培育合作社芒果自有品牌20个，品牌果溢价明显。",
                        "2026年培育合作社芒果自有品牌10个，举办品牌展销活动6场。"])  # fmt: skip
    grid(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "每场展销活动补助", "≤8万元/场", "≤8万元/场"),
        ("产出指标", "数量指标", "培育合作社芒果自有品牌", "≥20个",
         mk("≥25个", "D201", "error", note="年度 25 个大于两年 20 个")),
        (None, None, "品牌芒果展销活动", "≥12场",
         mk("≥12场", "D202", "warning", note="两年累计场次照抄到年度")),
        (None, "质量指标", "品牌芒果抽检不合格率", "≤3%",
         mk("≥3%", "T108", "warning", row=True, alt=("D203",), note="反向比率年度用了 ≥")),
        (None, "时效指标", "品牌注册申请提交时间", "2027年6月30日前", "2026年10月31日前"),
        ("效益指标", "经济效益指标", "品牌芒果收购价溢价", "≥0.8元/公斤", "≥0.5元/公斤"),
        (None, "可持续影响指标", "品牌使用管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙俊杰", "0779-6232964")
    return b


CODE = "451028260000031"
EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


def export_budget(b: Book, name: str, total: Any, fiscal: Any, other: Any) -> None:
    """The first sheet of a budget-system export: title, unit row, header on the third row."""
    s = b.sheet("部门项目支出预算05-1", (18, 30, 14, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元", None, None, None, None, "05-1表")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row(CODE, name, total, fiscal, other, "1年")
    s.row("合计", None, total, fiscal, other, None)


def export_sheet(b: Book, rows: list[tuple[Any, ...]], name: str) -> Sheet:
    """The second sheet: title, unit line, header on the third row, codes in the first columns
    and tiers repeated on every row."""
    s = b.sheet("部门项目支出绩效目标05-2", (18, 26, 12, 16, 30, 16))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    s.row("单位名称：", "濑江县供销社农产品流通服务中心", None, None, None, "05-2表")
    s.row(*EXPORT_HEAD)
    for r in rows:
        s.row(CODE, name, *r)
    return s


@variant("xn17-export-packing", (7, 12),
         "budget-system export: budget on sheet 05-1, indicators on sheet 05-2 with the header "
         "on the third row, project code and name in the first columns, NAT-2021 "
         "(correct)")  # fmt: skip
def export_packing() -> Book:
    b = Book()
    name = "芒果分级包装中心运营补助"
    export_budget(b, name, wan(210), wan(180), wan(30))
    s = export_sheet(b, [
        ("成本指标", "经济成本指标", "每吨芒果分级包装补助", "≤140元/吨"),
        ("产出指标", "数量指标", "分级包装芒果量", "≥15000吨"),
        ("产出指标", "质量指标", "出库芒果等级符合率", pct(0.96)),
        ("产出指标", "时效指标", "芒果入库后分级完成时限", "≤12小时"),
        ("效益指标", "经济效益指标", "合作社芒果优质优价收入增长率", "≥10%"),
        ("效益指标", "社会效益指标", "带动脱贫户交售芒果", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "交售合作社满意度", pct(0.9)),
    ], name)  # fmt: skip
    sign(s, "周晓岚", "0779-6233046")
    return b


@variant("xn18-export-coldroom-wrong", (7, 5, 12),
         "budget-system export, abbreviated tier labels (产出, 数量): a 质量指标 under 效益, "
         "a completion date in the next year of a one-year project, a deadline given as "
         "100%")  # fmt: skip
def export_coldroom_wrong() -> Book:
    b = Book()
    name = "芒果预冷库及分选线改造"
    export_budget(b, name, wan(150), wan(120), wan(30))
    late = mk("2027年4月30日前", "Y102", "error", alt=("Y103",),
              note="一年期项目（2026 年），完工日期落在 2027 年")  # fmt: skip
    s = export_sheet(b, [
        ("成本", "经济成本", "预冷库改造每立方米成本", "≤1200元/立方米"),
        ("产出", "数量", "改造芒果预冷库容量", "≥1000立方米"),
        ("产出", "数量", "新增芒果光电分选线", "≥2条"),
        ("产出", "时效", "分选线改造完工时间", late),
        ("产出", "时效", "预冷库投入使用时间",
         mk("100%", "T113", "warning", note="期限类指标给的是百分比")),
        ("效益", "经济效益", "芒果采后损耗率", "≤6%"),
        ("效益", mk("质量指标", "F105", "error", note="质量指标属于产出指标"),
         "改造后冷库温控达标率", "≥98%"),
        ("满意度", "服务对象满意度", "入库合作社满意度", "≥90%"),
    ], name)  # fmt: skip
    sign(s, "梁家铭", "0779-6239327")
    return b
