"""Waste sorting stations: six returns (kfg07–kfg12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout829.common import (
    OP_HEAD,
    PERIOD_HEAD,
    YEAR,
    one_year_money,
    period_money,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout829.registry import variant
from tests.variants.kit import Book, C, day, mk, ok, pct


@variant(
    "kfg07-sorting-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 · 指标值), percent cells, weights adding to 100 (correct)",
)
def sorting_flat() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="柘原县城市管理局",
        budget=[
            [wan(1260), wan(1200), wan(60), wan(410), wan(850)],
        ],
        tasks=[
            ["分类投放站建设", "新建生活垃圾分类投放站48个", wan(420), "年内投入使用"],
            ["分类收运", "购置分类收运车辆12辆及运营", wan(280), "收运及时率≥98%"],
            ["宣传督导", "入户宣传及督导员培训", wan(150), "知晓率≥90%"],
            ["金额合计", None, wan(850), None],
        ],
        goal="新建生活垃圾分类投放站48个（城区30个、乡镇18个），厨余垃圾分出率达到25%以上。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ["新建分类投放站数量", 20, "个", "≥", 48],
            ["厨余垃圾分出率", 15, "%", "≥", pct(0.25)],
            ["其他垃圾混投率", 10, "%", "≤", pct(0.08)],
            ["分类收运车辆配备数量", 10, "辆", "≥", 12],
            ["居民分类知晓率", 15, "%", "≥", pct(0.9)],
            ["分类收运及时率", 10, "%", "≥", pct(0.98)],
            ["投放站点异味投诉件数", 10, "件", "≤", 20],
            ["居民满意度", 10, "%", "≥", pct(0.9)],
        ]
    )
    s.row("合计", 100)
    sign(s, "黎承泽", "0775-8320416")
    return b


@variant(
    "kfg08-sorting-station-goal",
    (11,),
    "project, OLD-NAT, operator and unit columns: the "
    "goal's station count against the indicator, last year's deadline, a rate as a count",
)
def sorting_station_goal() -> Book:
    b, s = start()
    goal = (
        f"{YEAR}年在枫渡镇新建生活垃圾分类投放站120个，覆盖居民小区36个，居民分类知晓率"
        "达到90%以上。"
    )
    project_head(
        s,
        year=YEAR,
        name="枫渡镇生活垃圾分类投放站建设",
        dept="柘原县城市管理局",
        unit="枫渡镇人民政府",
        money=one_year_money(300, 280),
        goals=[goal],
    )
    table(
        s,
        OP_HEAD,
        [
            [
                "产出指标",
                "数量指标",
                "新建分类投放站数量",
                "≥",
                mk(100, "D104", "warning", note="年度目标写新建120个"),
                "个",
            ],
            [None, None, "覆盖居民小区数量", "≥", 36, "个"],
            [None, "质量指标", "投放站验收合格率", "≥", pct(0.98), "%"],
            [
                None,
                "时效指标",
                "投放站建设完成时间",
                "≤",
                mk(day(YEAR - 1, 12, 31), "Y102", "error", note="上年的完成时间，未随预算年度更新"),
                "日期",
            ],
            [None, "成本指标", "单个投放站建设成本", "≤", 2.5, "万元/个"],
            [
                "效益指标",
                "社会效益指标",
                "居民分类知晓率",
                "≥",
                mk("3000户", "T105", "error", note="知晓率给的是户数"),
                None,
            ],
            [None, "生态效益指标", "可回收物日均分出量", "≥", 6, "吨"],
            ["满意度指标", "服务对象满意度指标", "小区居民满意度", "≥", pct(0.9), "%"],
        ],
    )
    sign(s, "邝雨桐", "0775-8409233")
    return b


@variant(
    "kfg09-sorting-points",
    (5, 7, 10),
    "project, NAT-2021, headers 考核指标 and "
    "目标值（年度）, tier points and indicator points both adding to 100, 百分点, a 下降率 "
    "with ≥ (correct)",
)
def sorting_points() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="智能分类回收箱投放项目",
        dept="澄湾区城市管理局",
        unit="澄湾区再生资源回收服务中心",
        money=one_year_money(260, 240),
        goals=["投放智能分类回收箱200台，建设积分兑换点20个，可回收物回收率提高5个百分点以上。"],
    )
    table(
        s,
        ("一级指标", "二级指标", "考核指标", "目标值（年度）", "分值"),
        [
            ["一、产出指标（50分）", "数量指标", "智能分类回收箱投放数量", "≥200台", 15],
            [None, None, "积分兑换点建设数量", "≥20个", 10],
            [None, "质量指标", "回收箱设备完好率", "≥95%", 15],
            [None, "时效指标", "回收箱安装完成时间", "2026年9月30日前", 10],
            ["二、成本指标（10分）", "经济成本指标", "单台回收箱采购成本", "≤1.2万元/台", 10],
            ["三、效益指标（30分）", "社会效益指标", "可回收物回收率提高", "≥5百分点", 10],
            [None, None, "其他垃圾混投率下降率", "≥20%", 10],
            [None, "生态效益指标", "可回收物年回收量", "≥1500吨", 10],
            ["四、满意度指标（10分）", "服务对象满意度指标", "居民满意度", "≥90%", 10],
        ],
    )
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "kfg10-sorting-second-sheet",
    (7,),
    "project, NAT-2021: head on the first sheet, the "
    "table on a second sheet under 预期实现值: a conflicting near-duplicate count, a count "
    "under 质量, last year in the 年度目标",
)
def sorting_second_sheet() -> Book:
    b, s = start("项目信息")
    goal = mk(
        "2025年建成大件垃圾及装修垃圾分类处置站3座，配套破碎分选设备3台，处置能力达到每日80吨。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="预算年度2026，目标仍写上年2025年",
    )
    project_head(
        s,
        year=YEAR,
        name="澄湾区大件垃圾分类处置站建设",
        dept="澄湾区城市管理局",
        unit="澄湾区环境卫生管理所",
        money=one_year_money(540, 500),
        goals=[goal],
    )
    t = b.sheet("绩效指标", (14, 16, 30, 18))
    t.title("绩效指标表", 4)
    table(
        t,
        ("一级指标", "二级指标", "三级指标", "预期实现值"),
        [
            [
                "成本指标",
                "经济成本指标",
                "单座处置站建设成本",
                ok("≤150万元/座", note="乘以重复行的4座才超出资金"),
            ],
            ["产出指标", "数量指标", "处置站建设数量", "≥3座"],
            [
                None,
                None,
                mk(
                    "分类处置站建设数量",
                    "D102",
                    "error",
                    row=True,
                    alt=("D103", "D101"),
                    note="与上一行是同一指标，值却是4座",
                ),
                "≥4座",
            ],
            [
                None,
                "质量指标",
                mk(
                    "配套破碎分选设备数量", "F201", "warning", note="设备台数是数量指标，填在质量下"
                ),
                "≥3台",
            ],
            [None, None, "处置站竣工验收合格率", "=100%"],
            [None, "时效指标", "处置站投入运行时间", "2026年11月30日前"],
            ["效益指标", "生态效益指标", "大件垃圾资源化利用率", "≥60%"],
            [None, "社会效益指标", "日处置能力", "≥80吨/日"],
            ["满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%"],
        ],
    )
    return b


@variant(
    "kfg11-sorting-detail",
    (4, 7, 12),
    "project, OLD-NAT, a budget detail block above the "
    "table, headers 指标内容 and 绩效标准, a note row inside the table, signature (correct)",
)
def sorting_detail() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="生活垃圾分类督导员服务",
        dept="柘原县城市管理局",
        unit="柘原县城市管理综合执法大队",
        money=one_year_money(225, 200),
        goals=["聘用垃圾分类督导员60名，覆盖城区投放站点120个，定时定点投放准确率达到85%以上。"],
    )
    s.row("支出明细", "明细项目", "测算依据", "金额（万元）")
    top = s.r
    for line in (
        ["督导员劳务费", "60人×3万元/人", wan(180)],
        ["宣传物料费", "海报、桶贴及指引牌", wan(30)],
        ["培训费", "督导员岗前及季度培训", wan(15)],
        ["合计", None, wan(225)],
    ):
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    table(
        s,
        ("一级指标", "二级指标", "指标内容", "绩效标准"),
        [
            ["产出指标", "数量指标", "督导员配备人数", "≥60人"],
            [None, None, "督导覆盖投放站点数", "≥120个"],
            [None, "质量指标", "定时定点投放准确率", "≥85%"],
            [None, "时效指标", "督导员上岗时间", "2026年3月1日前"],
            [None, "成本指标", "督导员人均年劳务标准", "≤3万元/人"],
            ["注：督导员劳务标准按县人社部门公布的公益性岗位标准测算。", None, None, None],
            ["效益指标", "社会效益指标", "居民分类投放参与率", "≥80%"],
            [None, "可持续影响指标", "督导员考核管理办法", "建立并执行"],
            ["满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"],
        ],
    )
    sign(s, "甘慕白", "0775-8327705")
    return b


@variant(
    "kfg12-sorting-transfer-years",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: 年度资金 above 中期资金, a cumulative count copied into the year",
)
def sorting_transfer_years() -> Book:
    b, s = start()
    annual: list[C] = [
        mk(wan(950), "B103", "error", note="年度资金950万元大于中期资金900万元"),
        wan(900),
        wan(50),
    ]
    goals = [
        "2026年—2028年改造乡镇垃圾分类转运站12座，实现乡镇分类转运全覆盖。",
        "2026年改造乡镇垃圾分类转运站4座。",
    ]
    project_head(
        s,
        year=YEAR,
        name="柘原县乡镇垃圾分类转运站改造",
        dept="柘原县城市管理局",
        unit="柘原县市容环境卫生服务站",
        money=period_money((900, 840, 60), annual),
        goals=goals,
        years=3,
        attr="新增项目",
    )
    table(
        s,
        PERIOD_HEAD,
        [
            ["成本指标", "经济成本指标", "单座转运站改造成本", "≤75万元/座", "≤75万元/座", None],
            [
                "产出指标",
                "数量指标",
                "改造转运站数量",
                "≥12座",
                mk(
                    "≥12座",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="累计数照抄中期，年度目标只有4座",
                ),
                None,
            ],
            [None, "质量指标", "转运站改造验收合格率", "≥98%", "≥98%", None],
            [None, "时效指标", "改造完成时间", "2028年12月31日前", "2026年12月31日前", None],
            ["效益指标", "生态效益指标", "乡镇垃圾分类转运覆盖率", "=100%", "≥35%", None],
            ["满意度指标", "服务对象满意度指标", "乡镇居民满意度", "≥90%", "≥90%", None],
        ],
    )
    return b
