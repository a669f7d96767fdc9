"""衔接推进乡村振兴补助资金 projects with 联农带农 (带动脱贫户, 人均增收), one for a county and
stacked village projects of a 乡镇 (jc09–jc12)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout45.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, ok, pct

_OLD = ("一级指标", "二级指标", "三级指标", "指标值", "备注", None)


@variant("jc09-linkage-fund-ok", (1, 4, 12), "project, OLD-NAT, spacer column, detail block")
def linkage_ok() -> Book:
    """产业发展 part of 枫岭县's 衔接资金: 中央 + 省级 + 县级 sources adding to the total, a 资金
    明细 block of five sub-projects adding to it, word operators (`不少于320户`, `95%以上`,
    `30日内`), an empty spacer column between the name and the value."""
    b = Book()
    s = b.sheet("衔接资金", widths=(14, 16, 30, 3, 18, 22))
    s.title("2025年度枫岭县衔接推进乡村振兴补助资金（产业发展）项目绩效目标表", 6)
    s.row(
        "项目名称",
        "2025年衔接资金产业发展项目",
        None,
        "主管部门",
        "枫岭县乡村振兴局",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "实施单位",
        "枫岭县乡村振兴局、各乡镇人民政府",
        None,
        "项目属性",
        "延续项目",
        None,
        merge=[(2, 3), (5, 6)],
    )
    top = s.r + 1
    s.row("项目资金（万元）", "资金总额", money(1250), None, "其中：中央衔接资金", money(820))
    s.row(None, "其中：财政拨款", money(1250), None, "省级衔接资金", money(300))
    s.row(None, "其他资金", money(0), None, "县级衔接资金", money(130))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度绩效目标",
        "支持油茶、肉牛等特色产业和村集体冷链仓储设施建设，完善联农带农机制，"
        "带动脱贫户（含监测户）不少于320户，户均年增收800元以上。",
        merge=[(2, 6)],
    )
    s.row("一级指标", "二级指标", "三级指标", None, "指标值", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "支持产业发展项目", None, "5个", "计划标准"),
            (None, None, "新建村集体冷链仓储库容", None, "≥1200吨", "计划标准"),
            (None, "质量指标", "项目（工程）验收合格率", None, pct(1), "行业标准"),
            (None, None, "衔接资金用于产业发展比例", None, "不低于60%", "上级文件要求"),
            (None, "时效指标", "资金拨付时限", None, "项目验收后30日内", "计划标准"),
            (None, "成本指标", "项目总成本", None, "≤1250万元", "计划标准"),
            ("效益指标", "经济效益指标", "带动脱贫户人均增收", None, "≥800元", "历史标准"),
            (None, "社会效益指标", "带动脱贫户（含监测户）户数", None, "不少于320户", "计划标准"),
            (
                None,
                None,
                "防止规模性返贫",
                None,
                ok("守住底线", note="a qualitative 底线 target"),
                "上级文件要求",
            ),
            (None, "可持续影响指标", "联农带农利益联结机制", None, "健全", None),
            ("满意度指标", "服务对象满意度指标", "受益脱贫人口满意度", None, "95%以上", "历史标准"),
        ],
        merged=(1, 2),
    )
    s.row("资金明细", "子项目", None, None, "金额（万元）", "实施地点", merge=[(2, 4)])
    top = s.r + 1
    for name, amount, place in (
        ("油茶低产林提质改造", 480, "石门乡、龙潭镇"),
        ("肉牛标准化养殖小区", 360, "杉木坪乡"),
        ("村集体冷链仓储设施", 260, "城关镇"),
        ("脱贫人口小额信贷贴息", 110, "全县"),
        ("雨露计划职业教育补助", 40, "全县"),
    ):
        s.row(None, name, None, None, money(amount), place, merge=[(2, 4)])
    s.ws.merge_cells(start_row=top - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("合计", None, None, None, money(1250), None, merge=[(1, 4)])
    return b


@variant("jc10-linkage-fund-wrong", (6, 9, 13), "project, OLD-NAT, pasted from a PDF")
def linkage_wrong() -> Book:
    """衔接资金 of 黎川县 pasted back from a PDF: a split total (`1205.337 6`), a detail amount
    pasted twice (`120万120万`), a value whose name cell is empty and a 质量指标 row left from the
    template with neither indicator nor value."""
    b = Book()
    s = b.sheet("Sheet1")
    s.title("2025年度项目支出绩效目标申报表", 6)
    s.row(
        "项目名称",
        "黎川县2025年中央衔接资金项目",
        None,
        "主管部门及代码",
        "黎川县农业农村局",
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "实施单位", "黎川县乡村振兴服务中心", None, "项目属性", "延续项目", merge=[(2, 3), (5, 6)]
    )
    top = s.r + 1
    s.row(
        "项目资金（万元）",
        "年度资金总额",
        mk("1205.337 6", "X105", "warning", alt=("X103",)),
        "其中：财政拨款",
        money(1205.3376, "0.0000"),
        None,
    )
    s.row(None, "上年结转", money(0), "其他资金", money(0), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标", "发展肉牛养殖和茶叶加工，带动脱贫户稳定增收。", merge=[(2, 6)])
    s.row(*_OLD[:5], None)
    s.table(
        [
            ("产出指标", "数量指标", "新建标准化牛舍", "≥6000平方米", None),
            (None, None, mk(None, "F110", "error"), "≥2座", None),
            (None, mk("质量指标", "F109", "warning", row=True), None, None, None),
            (None, "时效指标", "项目完工时间", "2025年11月30日前", None),
            (None, "成本指标", "项目建设成本", "≤1205.34万元", None),
            ("效益指标", "经济效益指标", "带动脱贫户户均增收", "≥1000元", None),
            (None, "社会效益指标", "带动脱贫户户数", "≥450户", None),
            ("满意度指标", "服务对象满意度指标", "脱贫户满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.row("资金明细", "内容", None, "金额（万元）", None, None, merge=[(2, 3)])
    s.row(None, "肉牛养殖小区", None, money(585.3376, "0.0000"), None, None, merge=[(2, 3)])
    s.row(None, "茶叶初制加工厂", None, money(500), None, None, merge=[(2, 3)])
    s.row(
        None,
        "小额信贷贴息",
        None,
        mk("120万120万", "X106", "error", alt=("B108",)),
        None,
        None,
        merge=[(2, 3)],
    )
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    return b


def _village(
    s: Sheet,
    name: str,
    unit: str,
    total: Any,
    parts: tuple[Any, Any],
    goal: str,
    rows: Sequence[Sequence[Any]],
    first: bool,
) -> None:
    """One village project of a stacked sheet: its head, then its indicator table."""
    if not first:
        s.skip()
    project_head(
        s,
        year=2025,
        name=name,
        dept="岩溪镇人民政府",
        unit=unit,
        attr="新增项目",
        money=[
            ("年度资金总额", total, "其中：财政拨款", parts[0]),
            ("上年结转", money(0), "其他资金", parts[1]),
        ],
        goals=(goal,),
        title="2025年岩溪镇衔接资金村级项目绩效目标表" if first else "",
    )
    s.row(*_OLD)
    s.table(rows, merged=(1, 2))


@variant("jc11-stacked-villages-ok", (2,), "three village projects stacked, OLD-NAT")
def villages_ok() -> Book:
    """Three village projects of 岩溪镇 stacked in one sheet, each with its own head and table;
    the same indicator names (带动脱贫户户数, 受益群众满意度) with different values per project."""
    b = Book()
    s = b.sheet("村级项目")
    _village(
        s,
        "上坪村产业路硬化项目",
        "上坪村民委员会",
        money(126),
        (money(126), money(0)),
        "硬化上坪村茶园产业路1.8公里，解决茶叶运输难问题。",
        [
            ("产出指标", "数量指标", "硬化产业路长度", "≥1.8公里", None),
            (None, "质量指标", "工程验收合格率", pct(1), None),
            (None, "时效指标", "项目完工时间", "2025年10月31日前", None),
            (None, "成本指标", "每公里建设成本", "≤70万元", None),
            ("效益指标", "经济效益指标", "茶叶运输成本降低", "≥15%", None),
            (None, "社会效益指标", "带动脱贫户户数", "≥46户", None),
            (None, "可持续影响指标", "道路使用年限", "≥10年", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.92), None),
        ],
        first=True,
    )
    _village(
        s,
        "下湾村村级光伏电站项目",
        "下湾村股份经济合作社",
        money(90),
        (money(90), money(0)),
        "建设200千瓦村级光伏电站，收益用于村集体经济和公益岗位。",
        [
            ("产出指标", "数量指标", "光伏电站装机容量", "≥200千瓦", None),
            (None, "质量指标", "并网验收合格率", pct(1), None),
            (None, "时效指标", "并网发电时间", "2025年9月30日前", None),
            (None, "成本指标", "每千瓦建设成本", "≤0.45万元", None),
            ("效益指标", "经济效益指标", "村集体年增收", "≥16万元", None),
            (None, "社会效益指标", "带动脱贫户户数", "≥28户", "设置公益岗位"),
            (None, "生态效益指标", "年减少二氧化碳排放", "≥180吨", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9), None),
        ],
        first=False,
    )
    _village(
        s,
        "岩头村茶叶加工厂设备购置项目",
        "岩头村民委员会",
        money(65),
        (money(60), money(5)),
        "购置揉捻、烘干等茶叶加工设备12台（套），提高鲜叶就地加工能力。",
        [
            ("产出指标", "数量指标", "购置加工设备", "≥12台（套）", None),
            (None, "质量指标", "设备安装调试合格率", pct(1), None),
            (None, "时效指标", "设备投产时间", "2025年4月30日前", "赶春茶季"),
            (None, "成本指标", "设备购置成本", "≤65万元", None),
            ("效益指标", "经济效益指标", "鲜叶收购带动农户增收", "≥1200元/户", None),
            (None, "社会效益指标", "带动脱贫户户数", "≥35户", None),
            (None, "可持续影响指标", "设备管护制度", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.95), None),
        ],
        first=False,
    )
    return b


@variant("jc12-stacked-villages-wrong", (2,), "two village projects stacked, OLD-NAT")
def villages_wrong() -> Book:
    """Two village projects of 岩溪镇 stacked: the first without any 满意度指标, the second with
    money that does not add up and a 覆盖率 given as a count of households."""
    b = Book()
    s = b.sheet("村级项目")
    _village(
        s,
        "桐木村油茶林抚育项目",
        "桐木村民委员会",
        money(48),
        (money(48), money(0)),
        "抚育低产油茶林800亩，带动农户务工增收。",
        [
            ("产出指标", "数量指标", "油茶林抚育面积", "≥800亩", None),
            (None, "质量指标", "抚育作业验收合格率", "≥95%", None),
            (None, "时效指标", "抚育完成时间", "2025年11月30日前", None),
            (None, "成本指标", "亩均抚育成本", "≤600元", None),
            ("效益指标", "经济效益指标", "带动农户务工增收", "≥30万元", None),
            (None, "社会效益指标", "带动脱贫户户数", "≥52户", None),
            (None, "可持续影响指标", "油茶林管护机制", "健全", None),
        ],
        first=True,
    )
    b.file_mark("F106", "error", note="桐木村 project: no 满意度指标 although it has users")
    _village(
        s,
        "石碾村农村供水管网延伸项目",
        "石碾村民委员会",
        mk(money(72), "B101", "error"),
        (money(62), money(5)),
        "延伸供水管网4.2公里，解决石碾村3个村民小组饮水问题。",
        [
            ("产出指标", "数量指标", "新建供水管网", "≥4.2公里", None),
            (None, "质量指标", "农村自来水普及率", mk("186户", "T105", "error"), "3个组"),
            (None, "时效指标", "通水时间", "2025年8月31日前", None),
            (None, "成本指标", "每公里管网成本", "≤17万元", None),
            ("效益指标", "社会效益指标", "受益群众", "≥640人", None),
            (None, "可持续影响指标", "供水工程管护机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
        ],
        first=False,
    )
    return b
