"""Taxi and bus connections at the station plazas (uu07–uu12)."""

from __future__ import annotations

from tests.variants.holdout349.common import (
    HEAD,
    HUB,
    WIDTHS,
    YEAR,
    department,
    funds,
    grid,
    notes,  # fmt: skip
    project,
    sign,
    w,
)
from tests.variants.holdout349.registry import variant
from tests.variants.kit import Book, mk

TAXI = "澄屿北站出租车蓄车场调度项目"


@variant(
    "uu07-taxi-second-sheet",
    (7,),
    "project, NAT-2021, head on one sheet, table on a second under 考核指标 (correct)",
)
def uu07() -> Book:
    b, _ = project(
        name=TAXI,
        unit=HUB,
        money_rows=funds(120, 100, 20),
        sheet="项目信息",
        goals=["保障到达旅客出租车接驳，压缩候车时间。"],
    )
    s = b.sheet("绩效指标", WIDTHS)
    s.title(f"{YEAR}年度项目绩效指标表", 6)
    grid(
        s,
        ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"),
        [
            ("产出指标", "数量指标", "出租车蓄车场车位", "≥320个", "达到得满分"),
            (None, None, "网约车上客点导向标识", "≥24处", "每少1处扣0.5分"),
            (None, "时效指标", "出租车平均候客排队时长", "≤15分钟", "超出不得分"),
            ("成本指标", "经济成本指标", "调度员人工成本", "≤9.6万元/人·年", "8人计76.8万元"),
            ("效益指标", "社会效益指标", "夜间到达旅客出租车保障率", "≥98%", "按比例得分"),
            ("满意度指标", "服务对象满意度指标", "乘车旅客满意度", "≥90%", "问卷调查"),
        ],
    )
    return b


@variant(
    "uu08-bus-flat-defects",
    (3, 11),
    "department, flat list (名称 · 指标值 · 指标性质 as direction · 单位 · 权重): defects",
)
def uu08() -> Book:
    b, s = department(
        dept="澄屿市公共交通站场服务中心",
        budget=[(w(900), w(900), w(0), w(420), w(480))],
        goal="优化高铁站和城际站接驳公交线路，保障末班车衔接。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(
        [
            (
                "接驳公交线路数",
                mk("≥12辆", "T112", "error", alt=("T104",), note="值里的“辆”与计量单位“条”不符"),
                "正向",
                "条",
                20,
            ),
            ("末班车与末班列车衔接率", "≥95%", "正向", "%", 20),
            ("接驳站台候车亭改造", "≥18座", "正向", "座", 20),
            ("公交接驳平均候车时间", "≤12分钟", "反向", "分钟", 20),
            ("接驳旅客满意度", "≥90%", "正向", "%", 15),
        ]
    )
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


@variant(
    "uu09-connection-notes",
    (4,),
    "project, OLD-NAT, 注 row inside, header repeated after a page break, 填表说明 (correct)",
)
def uu09() -> Book:
    b, s = project(
        name="漾川城际站公交接驳优化项目",
        unit="漾川城际站站区管理所",
        money_rows=funds(75, 60, 15),
        goals=["调整城际站接驳公交线路和站台，实现列车到站后30分钟内旅客疏散。"],
    )
    grid(
        s,
        HEAD,
        [
            ("产出指标", "数量指标", "新增接驳公交线路", "≥3条", "条", None),
            (None, None, "接驳站台标识更新", "≥40块", "块", None),
            (None, "质量指标", "接驳车辆准点率", "≥95%", "%", None),
            (None, "成本指标", "站台标识更新单价", "≤0.5万元/块", "万元/块", "40块计20万元"),
        ],
    )
    notes(s, "注：接驳车辆准点率按公交智能调度系统记录统计。")
    s.skip()
    grid(
        s,
        HEAD,
        [
            ("效益指标", "社会效益指标", "到站旅客30分钟疏散率", "≥90%", "%", None),
            (None, "可持续影响指标", "接驳线路动态调整机制", "建立并执行", None, None),
            ("满意度指标", "服务对象满意度指标", "接驳旅客满意度", "≥90%", "%", None),
        ],
    )
    notes(s, "填表说明：1.指标值须写明比较符和单位；2.金额单位为万元。")
    sign(s, "荀禾韵", "0597-6302 7710")
    return b


@variant(
    "uu10-shuttle-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: an empty tier-2, a value with no name, a 0 cost",
)
def uu10() -> Book:
    b, s = project(
        name="高铁站夜间接驳专线运营补贴项目",
        unit="澄屿市公共交通站场服务中心",
        money_rows=funds(96, 96, 0),
        goals=["开通澄屿北站夜间接驳专线，保障23时后到站旅客出行。"],
    )
    grid(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标", "计量单位", "备注"),
        [
            ("产出指标", "数量指标", "夜间接驳专线条数", "≥4条", "条", None),
            (
                None,
                None,
                mk(None, "F110", "error", note="有指标值，三级指标名称空着"),
                "≥1460班次",
                "班次",
                None,
            ),
            (
                None,
                mk("质量指标", "F109", "warning", row=True, note="模板二级指标未填"),
                None,
                None,
                None,
                None,
            ),
            (None, "时效指标", "末班列车到站后发车时限", "≤20分钟", "分钟", None),
            (
                "成本指标",
                "经济成本指标",
                "单班次运营补贴",
                mk("≤0万元/班次", "T115", "error", note="补贴标准四舍五入成 0"),
                "万元/班次",
                None,
            ),
            ("效益指标", "社会效益指标", "夜间到站旅客乘车保障率", "≥95%", "%", None),
            ("满意度指标", "服务对象满意度指标", "夜间乘车旅客满意度", "≥90%", "%", None),
        ],
    )
    return b


@variant(
    "uu11-bus-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, counts below, rates equal (correct)",
)
def uu11() -> Book:
    b, s = project(
        name="澄屿北站综合接驳场站提升工程",
        unit=HUB,
        years=3,
        money_rows=funds(900, 800, 100, (300, 280, 20)),
        attr="新增项目",
        goals=[
            "三年内建成公交、出租、网约车分区接驳场站。",
            "本年度完成公交接驳区改造和出租车蓄车场扩容。",
        ],
    )
    grid(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "接驳场站改造面积", "≥36000", "≥12000", "平方米"),
            (None, None, "新增出租车蓄车位", "≥450", "≥150", "个"),
            (None, "质量指标", "改造工程验收合格率", "=100%", "=100%", "%"),
            (
                "成本指标",
                "经济成本指标",
                "场站改造单位造价",
                "≤240元/平方米",
                "≤240元/平方米",
                None,
            ),
            ("效益指标", "社会效益指标", "旅客平均换乘时间缩短", "≥5", "≥2", "分钟"),
            ("满意度指标", "服务对象满意度指标", "换乘旅客满意度", "≥90%", "≥90%", "%"),
        ],
    )
    return b


@variant(
    "uu12-multi-year-copied",
    (8,),
    "three-year project, 中期 and 年度 columns: counts copied, one annual above its period",
)
def uu12() -> Book:
    b, s = project(
        name="禾岭西站公交枢纽站建设项目",
        unit="禾岭西站站区服务中心",
        years=3,
        money_rows=funds(660, 600, 60, (220, 200, 20)),
        attr="新增项目",
        goals=[
            "三年内建成禾岭西站公交枢纽站，开通接驳线路。",
            "本年度完成枢纽站主体和首批线路开通。",
        ],
    )
    note = "三年期累计数量，年度值与中期相同"
    grid(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"),
        [
            (
                "产出指标",
                "数量指标",
                "开通接驳公交线路",
                "≥9条",
                mk("≥9条", "D202", "warning", note=note),
                "条",
            ),
            (
                None,
                None,
                "建设港湾式停靠站",
                "≥30个",
                mk("≥30个", "D202", "warning", note=note),
                "个",
            ),
            (
                None,
                None,
                "购置新能源接驳公交车",
                "≥40辆",
                mk("≥48辆", "D201", "error", note="年度 48 辆大于三年 40 辆"),
                "辆",
            ),
            (None, "质量指标", "工程验收合格率", "=100%", "=100%", "%"),
            (
                "成本指标",
                "经济成本指标",
                "枢纽站单位造价",
                "≤3000元/平方米",
                "≤3000元/平方米",
                None,
            ),
            ("效益指标", "社会效益指标", "公交接驳分担率", "≥35%", "≥30%", "%"),
            ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥90%", "%"),
        ],
    )
    return b
