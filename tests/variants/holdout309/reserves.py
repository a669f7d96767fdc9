"""Returns tg01–tg06: integration of nature reserves and national parks (自然保护地整合优化,
勘界立标, 国家公园生态廊道, 保护地管理局的部门整体支出)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout309.common import (
    YEAR,
    indicators,
    multi_year,
    new_book,
    notes,
    one_year,
    signature,
)
from tests.variants.holdout309.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "tg01-park-integration",
    (1, 5, 12),
    "project, NAT-2021, numbered tier labels with "
    "points, operator and unit columns, typed percent cells, 万元 in the number format "
    "(correct)",
)
def tg01() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="黛岑山国家公园自然保护地整合优化勘界",
        dept="鹤汀市林业和草原局（312）",
        unit="黛岑山国家公园管理中心",
        money=one_year(186.5, 160, 26.5),
        goals=["完成黛岑山片区3处自然保护地边界勘定与整合，埋设界桩界碑，建立统一管理台账。"],
        attr="一次性项目",
    )
    rows = [
        ["一、产出指标（50分）", "（一）数量指标", "勘定整合自然保护地边界", "≥", 3, "处"],
        [None, None, "埋设界桩界碑", "≥", 420, "块"],
        [None, "（二）质量指标", "界桩位置测量合格率", "≥", pct(0.98), "%"],
        [None, None, "矢量数据成果验收通过率", "=", pct(1), "%"],
        [None, "（三）时效指标", "勘界成果报送时间", "≤", day(YEAR, 10, 31, CN_DATE), None],
        ["二、成本指标（20分）", "（一）经济成本指标", "界桩界碑制作安装单价", "≤", 1800, "元/块"],
        [None, None, "勘界测绘服务费", "≤", 98, "万元"],
        [
            "三、效益指标（20分）",
            "（一）生态效益指标",
            "保护地交叉重叠面积下降率",
            "≥",
            pct(0.9),
            "%",
        ],
        [None, "（二）可持续影响指标", "保护地统一管理台账", None, "建立并执行", None],
        [
            "四、满意度指标（10分）",
            "（一）服务对象满意度指标",
            "周边社区群众满意度",
            "≥",
            pct(0.9),
            "%",
        ],
    ]
    indicators(s, OPS6, rows)
    notes(
        s,
        [
            "注：界桩单价按上年同类界桩招标均价测算；420块×1800元=75.6万元，与测绘服务费合计"
            "173.6万元，余额用于台账建设。"
        ],
    )
    signature(s, "钟若岚", "0917-5583162")
    return b


@variant(
    "tg02-wetland-boundary",
    (1, 12),
    "project, OLD-NAT, operator and unit columns: 年度资金总额 "
    "≠ 财政拨款 + 其他资金, a typed percent over 100 on a capped rate",
)
def tg02() -> Book:
    b, s = new_book()
    total = mk(96, "B101", "error", note="80 + 12 = 92, not 96")
    project_head(
        s,
        year=YEAR,
        name="鹭沚湾湿地自然保护区勘界立标",
        dept="鹤汀市林业和草原局（312）",
        unit="鹭沚湾湿地自然保护区管理站",
        money=one_year(total, 80, 12),
        goals=["完成保护区功能分区勘界，设立界碑标牌，布设湿地监测样点。"],
    )
    over = mk(pct(1.05), "T106", "error", note="a 完成率 shown as 105%")
    rows = [
        ["产出指标", "数量指标", "设立界碑", "≥", 64, "块"],
        [None, None, "设立功能区标识牌", "≥", 120, "块"],
        [None, "质量指标", "湿地监测样点布设完成率", "≥", over, "%"],
        [None, None, "界碑坐标复核合格率", "≥", pct(0.96), "%"],
        [None, "时效指标", "勘界立标完成时间", "≤", day(YEAR, 11, 30, CN_DATE), None],
        [None, "成本指标", "界碑单价", "≤", 2600, "元/块"],
        ["效益指标", "生态效益指标", "保护区边界争议发生次数", "≤", 0, "起"],
        [None, "社会效益指标", "周边村民保护区边界知晓率", "≥", pct(0.85), "%"],
        ["满意度指标", "服务对象满意度指标", "周边社区满意度", "≥", pct(0.9), "%"],
    ]
    indicators(s, OPS6, rows)
    signature(s, "樊亦舟", "0917-5560724")
    return b


@variant(
    "tg03-reserve-three-year",
    (8, 1),
    "three-year project, NAT-2021, two-row header with "
    "中期 and 年度 value columns, annual counts below the period counts (correct)",
)
def tg03() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="柘原县自然保护地整合与巡护道路建设",
        dept="柘原县林业局（207）",
        unit="柘原县自然保护地管理中心",
        money=multi_year((540, 450, 90), (180, 150, 30)),
        goals=[
            "至2027年完成全县自然保护地矢量落图1260平方公里，建成巡护道路36公里，建成保护地"
            "“一张图”数据库。",
            "2025年完成矢量落图420平方公里，建成巡护道路12公里，完成数据库框架搭建。",
        ],
        years=3,
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    rows = [
        ["产出指标", "数量指标", "完成自然保护地矢量落图面积", "≥1260平方公里", "≥420平方公里"],
        [None, None, "新建巡护道路", "≥36公里", "≥12公里"],
        [None, "质量指标", "勘界成果质检合格率", pct(0.95), pct(0.95)],
        [None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"],
        ["成本指标", "经济成本指标", "巡护道路单位造价", "≤8万元/公里", "≤8万元/公里"],
        ["效益指标", "生态效益指标", "核心保护区人为活动点位下降率", "≥30%", "≥10%"],
        [None, "社会效益指标", "生态保护宣传覆盖人次", "≥15000人次", "≥5000人次"],
        [None, "可持续影响指标", "保护地“一张图”数据库", "建成并运行", "完成数据库框架"],
        ["满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥90%", "≥90%"],
    ]
    s.table(rows, merged=(1, 2))
    notes(s, ["说明：质量、成本和满意度为比率或单价，中期与年度取值相同；数量为累计数。"])
    return b


@variant(
    "tg04-corridor-copied",
    (8,),
    "three-year national-park project, NAT-2021, 中期 and 年度 "
    "columns: 年度目标 copied from 中期目标, two cumulative counts copied",
)
def tg04() -> Book:
    b, s = new_book()
    goal = "建设野生动物生态廊道5处，修复退化栖息地2400亩，布设廊道监测红外相机150台。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to 中期目标 in a 3-year project")
    project_head(
        s,
        year=YEAR,
        name="黛岑山国家公园野生动物生态廊道建设",
        dept="鹤汀市林业和草原局（312）",
        unit="黛岑山国家公园管理中心",
        money=multi_year((900, 780, 120), (300, 260, 40)),
        goals=[goal, copied],
        years=3,
    )
    note = "a cumulative count equal in 中期 and 年度 of a 3-year project"
    rows = [
        ["产出指标", "数量指标", "建设生态廊道", "≥5处", mk("≥5处", "D202", "warning", note=note)],
        [None, None, "修复退化栖息地面积", "≥2400亩", mk("≥2400亩", "D202", "warning", note=note)],
        [None, None, "布设廊道监测红外相机", "≥150台", "≥60台"],
        [None, "质量指标", "栖息地修复苗木成活率", "≥85%", "≥85%"],
        [None, "时效指标", "年度工程完工时间", "2027年11月30日前", "2025年11月30日前"],
        ["成本指标", "经济成本指标", "栖息地修复单位成本", "≤0.1万元/亩", "≤0.1万元/亩"],
        ["效益指标", "生态效益指标", "廊道内野生动物通行记录增长率", "≥20%", "≥5%"],
        [None, "可持续影响指标", "廊道管护责任落实", "持续有效", "有效"],
        ["满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant(
    "tg05-wetland-bureau",
    (12, 4),
    "department, NAT-2021: budget with shares, key tasks "
    "adding to 金额合计, a 说明 row inside the table, weights totalling 90 as the header says, "
    "填表说明 and signature lines (correct)",
)
def tg05() -> Book:
    b, s = new_book("部门整体")
    shares = [
        pct(1, "0.00%"),
        pct(0.9365, "0.00%"),
        pct(0.0635, "0.00%"),
        pct(0.5835, "0.00%"),
        pct(0.4165, "0.00%"),
    ]
    tasks = [
        ["湿地巡护监测", "网格化巡护、水鸟同步调查", 210, "巡护里程≥6万公里"],
        ["候鸟疫源疫病监测", "监测站点值守、样品采集送检", 95, "异常情况24小时内上报"],
        ["退化湿地修复", "清淤补水、乡土植被恢复", 180, "修复退化湿地≥900亩"],
        ["湿地保护宣传教育", "爱鸟周、湿地日宣传", 40, "宣传覆盖≥3万人次"],
        ["金额合计", None, 525, None],
    ]
    department_head(
        s,
        year=YEAR,
        dept="鹭沚湾湿地自然保护区管理局",
        budget=[[1260.4, 1180.4, 80, 735.4, 525], shares],
        tasks=tasks,
        goal="守住湿地面积不减少，提升水鸟栖息地质量，做好候鸟疫源疫病监测防控。",
    )
    s.row(
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "权重（合计90分，预算执行率另计10分）",
        None,
        merge=[(5, 6)],
    )
    s.row("说明：指标值均为年度值，比率类指标以百分比填报。", merge=[(1, 6)])
    rows = [
        ["产出指标", "数量指标", "年度巡护里程", "≥6万公里", 10],
        [None, None, "水鸟同步调查", "≥4次", 10],
        [None, None, "修复退化湿地面积", "≥900亩", 10],
        [None, "质量指标", "监测数据有效率", "≥95%", 10],
        [None, "时效指标", "疫情异常情况上报时限", "≤24小时", 5],
        ["成本指标", "经济成本指标", "退化湿地修复单位成本", "≤0.18万元/亩", 5],
        ["效益指标", "生态效益指标", "湿地保护率", "≥72%", 10],
        [None, None, "越冬水鸟数量较上年变化率", "≥0%", 10],
        [None, "社会效益指标", "湿地保护宣传覆盖人次", "≥3万人次", 10],
        ["满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥90%", 10],
    ]
    s.table(rows, merged=(1, 2))
    s.row("合计", None, None, None, 90, merge=[(1, 4)])
    notes(
        s,
        [
            "填表说明：1.权重合计90分，预算执行率按评价办法另计10分；",
            "2.修复单位成本按上年决算数测算（900亩×0.18万元=162万元，在修复任务180万元之内）。",
        ],
    )
    signature(s, "彭雨桐", "0917-5571390")
    return b


@variant(
    "tg06-stacked-reserves",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, operator "
    "column: the second project's money does not add up and one rate is given as a count",
)
def tg06() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="苍榆县自然保护地界碑界桩维护",
        dept="苍榆县林业局（118）",
        unit="苍榆县自然保护地服务中心",
        money=one_year(42, 42, 0),
        goals=["维护自然保护地界碑界桩，补设缺损标识。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(
        s,
        head,
        [
            ["产出指标", "数量指标", "维护界碑界桩", "≥", 860, "块"],
            [None, "质量指标", "维护后界桩完好率", "≥", pct(0.95), "%"],
            [None, "时效指标", "维护完成时间", "≤", day(YEAR, 9, 30, CN_DATE), None],
            [None, "成本指标", "单块维护费用", "≤", 380, "元/块"],
            ["效益指标", "社会效益指标", "保护地边界群众知晓率", "≥", pct(0.85), "%"],
            ["满意度指标", "服务对象满意度指标", "社区群众满意度", "≥", pct(0.9), "%"],
        ],
    )
    s.skip()
    total = mk(64, "B101", "error", note="50 + 10 = 60, not 64")
    project_head(
        s,
        year=YEAR,
        name="苍榆县自然保护地视频监控系统运维",
        dept="苍榆县林业局（118）",
        unit="苍榆县自然保护地服务中心",
        money=one_year(total, 50, 10),
        goals=["保障保护地视频监控与防火预警系统稳定运行。"],
        title="",
    )
    count = mk(48, "T105", "error", row=True, note="在线率 given as 48 个")
    indicators(
        s,
        head,
        [
            ["产出指标", "数量指标", "运维视频监控点位", "≥", 48, "个"],
            [None, "质量指标", "监控点位在线率", "≥", count, "个"],
            [None, "时效指标", "故障修复时限", "≤", 48, "小时"],
            [None, "成本指标", "单点位年运维费用", "≤", 1.2, "万元/个"],
            ["效益指标", "生态效益指标", "森林火情早期发现率", "≥", pct(0.9), "%"],
            ["满意度指标", "服务对象满意度指标", "社区群众满意度", "≥", pct(0.85), "%"],
        ],
    )
    return b
