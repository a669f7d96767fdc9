"""A honey pomelo (蜜柚) packing shed: ea07-ea12, project forms of 澄岭县南汀镇."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout589.common import YEAR, indicators, notes, one_year, sign, start, wan
from tests.variants.holdout589.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

DEPT = "澄岭县农业农村局（305011）"
SHED = "澄岭县南汀镇蜜柚产销服务中心"


@variant("ea07-shed-operator-column", (1, 11),
         "project, OLD-NAT, operators in words in 指标性质, unit column, typed percent cells, a "
         "反向 damage rate with ≤, 0起 on an incident count (correct)")  # fmt: skip
def shed_operator_column() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="蜜柚采后商品化处理中心分级包装棚改造项目",
        dept=DEPT,
        unit=SHED,
        money=one_year(120, 100, 20),
        goals=["改造分级包装线2条，年分级包装蜜柚6000吨，商品果率提高5个百分点。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "分级包装线改造条数", "大于等于", 2, "条"),
        (None, None, "蜜柚年分级包装量", "大于等于", 6000, "吨"),
        (None, "质量指标", "果品分级准确率", "大于等于", pct(0.95), "%"),
        (None, None, "果品包装破损率", "小于等于", pct(0.02), "%"),
        (None, "时效指标", "包装线改造完工时间", "小于等于", "2025年8月31日", None),
        (None, "成本指标", "单条包装线改造费用", "小于等于", 45, "万元/条"),
        ("效益指标", "经济效益指标", "蜜柚商品果率提高", "大于等于", 5, "百分点"),
        (None, "社会效益指标", "带动果农户数", "大于等于", 800, "户"),
        (None, "生态效益指标", "废弃果袋回收率", "大于等于", pct(0.9), "%"),
        (None, "可持续影响指标", "包装棚安全生产事故", "等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "大于等于", pct(0.9), "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))  # fmt: skip
    sign(s, "温若梅", "0596-5521837")
    return b


@variant("ea08-shed-cold-store-money", (12, 11),
         "project, OLD-NAT: 年度资金总额 ≠ 财政拨款 + 其他资金, a unit cost × capacity above "
         "the money")  # fmt: skip
def shed_cold_store_money() -> Book:
    b, s = start()
    total = mk(wan(150), "B101", "error", note="110 + 30 = 140 ≠ 150")
    project_head(
        s,
        year=YEAR,
        name="蜜柚冷藏库及预冷通道建设项目",
        dept=DEPT,
        unit=SHED,
        money=one_year(total, 110, 30),
        goals=["建成蜜柚冷藏库1000立方米，延长鲜果销售期2个月。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "新建冷藏库容量", "≥1000立方米"),
        (None, "质量指标", "冷藏果品腐烂率", "≤3%"),
        (None, "时效指标", "冷藏库投用时间", "2025年9月30日前"),
        (None, "成本指标", "冷藏库单位造价",
         mk("≤0.18万元/立方米", "B107", "warning", row=True,
            note="0.18万元 × 1000立方米 = 180万元，超过年度资金150万元")),
        ("效益指标", "经济效益指标", "鲜果销售期延长", "≥2个月"),
        (None, "社会效益指标", "冷藏服务果农户数", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "温若梅", "0596-5521837")
    return b


@variant("ea09-shed-second-sheet", (7, 4),
         "project: head on 项目信息, indicators on a second sheet under 预期实现值 with 备注, "
         "注 and 填表说明 rows, signature lines, a 25-year service life (correct)")  # fmt: skip
def shed_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=YEAR,
        name="蜜柚包装棚光伏屋面及照明改造项目",
        dept=DEPT,
        unit=SHED,
        money=one_year(85, 85, 0),
        goals=["包装棚屋面安装光伏200千瓦，更换LED灯具320盏，年节约电费12万元。"],
    )
    t = b.sheet("绩效指标", (16, 16, 30, 18, 24))
    t.title("绩效指标", 5)
    indicators(t, [
        ("产出指标", "数量指标", "屋面光伏装机容量", "≥200千瓦", None),
        (None, None, "包装棚LED灯具更换数量", "≥320盏", None),
        (None, "质量指标", "光伏组件验收合格率", "=100%", None),
        (None, "时效指标", "并网发电时间", "2025年7月31日前", "采摘季前完成"),
        (None, "成本指标", "光伏单瓦装机成本", "≤3.2元/瓦", "200千瓦约64万元"),
        (None, None, "LED灯具单价", "≤500元/盏", "320盏约16万元"),
        ("效益指标", "经济效益指标", "年节约电费", "≥12万元", None),
        (None, "可持续影响指标", "光伏设备设计使用年限", "≥25年", None),
        ("满意度指标", "服务对象满意度指标", "包装工人满意度", pct(0.9), None),
    ], head=("一级指标", "二级指标", "三级指标", "预期实现值", "备注"))  # fmt: skip
    notes(t, "注：指标值均为2025年度目标。", "填表说明：定量指标请写明比较符和计量单位。",
          width=5)  # fmt: skip
    t.skip()
    t.row("单位负责人：罗建平", None, "填表人：钟小禾", "联系电话：0596-5521860",
          day(YEAR, 1, 8))  # fmt: skip
    return b


@variant("ea10-shed-title-year", (4, 9),
         "project, OLD-NAT: a 2024 title over 2025 dates, <p> tags in the goal, the same "
         "packing volume twice with two values; a note row inside the table")  # fmt: skip
def shed_title_year() -> Book:
    b, s = start()
    title = mk(
        "2024年度项目支出绩效目标申报表",
        "Y101",
        "error",
        note="标题2024年度，计划日期和指标都是2025年",
    )
    project_head(s, year=YEAR, title=title, name="蜜柚包装棚分级线运营补助项目", dept=DEPT,
                 unit=SHED, money=one_year(60, 50, 10),
                 goals=[mk("<p>完成蜜柚分级包装3000吨，</p><p>开拓电商销售渠道5个。</p>",
                           "X102", "warning", note="目标文字残留HTML标签")])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "蜜柚分级包装量", "≥3000吨"),
        (None, None, "电商销售渠道开拓数量", "≥5个"),
        (None, None, "蜜柚分级包装数量",
         mk("≥2500吨", "D102", "error", row=True, alt=("D103",),
            note="与“蜜柚分级包装量 ≥3000吨”是同一指标，值不同")),
        (None, "质量指标", "分级果品抽检合格率", "≥95%"),
    ])  # fmt: skip
    notes(s, "注：以下效益指标按2025年10月至12月采摘季测算。")
    s.table([
        ("效益指标", "经济效益指标", "果农每亩增收", "≥300元"),
        (None, "社会效益指标", "包装棚季节性用工", "≥40人"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "赖清河", "0596-5521873")
    return b


def _stack(s: Sheet, name: str, money: list[list[Any]], goal: Any, rows: list[tuple[Any, ...]],
           first: bool) -> None:  # fmt: skip
    """One project of a stacked sheet: its head (a title only for the first) and its table."""
    if not first:
        s.skip()
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=SHED, money=money, goals=[goal],
                 title=None if first else "")  # fmt: skip
    indicators(s, rows)


@variant("ea11-shed-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, 果农满意度 with a "
         "different value in each project (correct)")  # fmt: skip
def shed_stacked() -> Book:
    b, s = start("绩效目标表")
    _stack(s, "蜜柚采后保鲜处理设备购置项目", one_year(48, 40, 8),
           "购置保鲜处理设备4台套，年保鲜处理蜜柚2000吨。", [
        ("产出指标", "数量指标", "保鲜处理设备购置数量", "≥4台套"),
        (None, None, "年保鲜处理蜜柚量", "≥2000吨"),
        (None, "质量指标", "保鲜处理果品好果率", "≥97%"),
        (None, "成本指标", "单台套设备购置价格", "≤12万元/台套"),
        ("效益指标", "经济效益指标", "保鲜果品溢价", "≥0.4元/斤"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ], first=True)  # fmt: skip
    _stack(s, "蜜柚包装棚分拣场地硬化项目", one_year(36, 36, 0),
           "硬化分拣场地1500平方米，雨季分拣作业不停工。", [
        ("产出指标", "数量指标", "分拣场地硬化面积", "≥1500平方米"),
        (None, "质量指标", "硬化工程验收合格率", "=100%"),
        (None, "时效指标", "场地硬化完工时间", "2025年8月15日前"),
        (None, "成本指标", "场地硬化单价", "≤220元/平方米"),
        ("效益指标", "社会效益指标", "雨季分拣停工天数", "≤2天"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥85%"),
    ], first=False)  # fmt: skip
    sign(s, "赖清河", "0596-5521873")
    return b


@variant("ea12-shed-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second project's total ≠ its parts, its goal text "
         "names 4000吨 against a 3500吨 indicator")  # fmt: skip
def shed_stacked_wrong() -> Book:
    b, s = start("绩效目标表")
    _stack(s, "蜜柚包装棚果品溯源标签项目", one_year(30, 30, 0),
           "为6000吨蜜柚加贴溯源标签，建成溯源查询平台1个。", [
        ("产出指标", "数量指标", "加贴溯源标签果品量", "≥6000吨"),
        (None, None, "溯源查询平台", "1个"),
        (None, "质量指标", "溯源信息完整率", "≥98%"),
        (None, "成本指标", "每吨果品标签费用", "≤40元/吨"),
        ("效益指标", "经济效益指标", "溯源果品溢价", "≥0.3元/斤"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%"),
    ], first=True)  # fmt: skip
    total = mk(wan(75), "B101", "error", note="50 + 20 = 70 ≠ 75")
    _stack(s, "蜜柚采后处理能力提升项目", one_year(total, 50, 20),
           "全年采后处理蜜柚4000吨，打蜡保鲜一次合格率95%以上。", [
        ("产出指标", "数量指标", "采后处理蜜柚量",
         mk("≥3500吨", "D104", "warning", note="年度目标写采后处理4000吨")),
        (None, "质量指标", "打蜡保鲜一次合格率", "≥95%"),
        (None, "成本指标", "每吨采后处理费用", "≤150元/吨"),
        ("效益指标", "经济效益指标", "采后处理果品溢价", "≥0.5元/斤"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ], first=False)  # fmt: skip
    sign(s, "赖清河", "0596-5521873")
    return b
