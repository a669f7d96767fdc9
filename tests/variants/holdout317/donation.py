"""Blood donation: recruitment, group and mobile collection, care for donors (to01–to06)."""

from __future__ import annotations

from tests.variants.holdout317.common import (
    CITY_HEALTH,
    CITY_STATION,
    OPS,
    department,
    funds,
    indicators,
    notes,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout317.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "to01-recruit-percent",
    (1,),
    "project, OLD-NAT, 指标性质 as operator column and a unit "
    "column, typed percent cells, 万元 in the number format (correct)",
)
def to01() -> Book:
    b, s = start()
    project(
        s,
        "无偿献血街头招募与高校宣传项目",
        CITY_HEALTH,
        CITY_STATION,
        funds(180, 150, 30),
        ["全年街头招募献血者不少于4.2万人次，开展高校献血宣传36场，固定献血者占比达到35%以上。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "街头献血招募人次", "≥", 42000, "人次"),
            (None, None, "高校献血宣传活动场次", "≥", 36, "场"),
            (None, "质量指标", "献血前健康征询完成率", "=", pct(1), "%"),
            (None, None, "献血不良反应发生率", "≤", pct(0.006, "0.0%"), "%"),
            (None, "时效指标", "电子献血证发放时限", "≤", 3, "工作日"),
            (None, "成本指标", "献血者纪念品单价", "≤", 30, "元/人次"),
            ("效益指标", "社会效益指标", "无偿献血知识知晓率", "≥", pct(0.85), "%"),
            (None, "可持续影响指标", "固定献血者占比", "≥", pct(0.35), "%"),
            ("满意度指标", "服务对象满意度指标", "献血者满意度", "≥", pct(0.92), "%"),
        ],
        head=OPS,
    )
    sign(s, "韦晓禾", "0937-5208416")
    return b


def _mobile_rows(first: bool) -> list[tuple[object, ...]]:
    if first:
        return [
            ("产出指标", "数量指标", "流动采血车出车天数", "≥280天"),
            (None, None, "流动采血车采集全血量", "≥9000单位"),
            (None, "质量指标", "采血车车载设备消毒合格率", "=100%"),
            (None, "时效指标", "采集血液送达血站时限", "≤6小时"),
            (None, "成本指标", "单车日均运行成本", "≤3000元/天"),
            ("效益指标", "社会效益指标", "流动采血点覆盖乡镇比例", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "献血者满意度", "≥90%"),
        ]
    return [
        ("产出指标", "数量指标", "献血屋开放天数", "≥330天"),
        (None, "质量指标", "献血屋环境卫生监测合格率", "=100%"),
        (None, "时效指标", "采血设备故障修复时限", "≤48小时"),
        (None, "成本指标", "献血屋年度场地租金", "≤24万元"),
        ("效益指标", "社会效益指标", "献血屋重复献血者比例", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "献血者满意度", "≥92%"),
    ]


@variant(
    "to02-stacked-mobile",
    (2,),
    "two projects stacked in one sheet (mobile collection van, "
    "donation house), OLD-NAT, one value column, 献血者满意度 in both with different "
    "values (correct)",
)
def to02() -> Book:
    b, s = start()
    project(
        s,
        "流动采血车运行保障项目",
        CITY_HEALTH,
        CITY_STATION,
        funds(95, 95, 0),
        ["流动采血车全年出车不少于280天，采集全血9000单位以上，覆盖八成以上乡镇。"],
        title="2026年度项目支出绩效目标表（采血车及献血屋）",
    )
    indicators(s, _mobile_rows(True))
    s.skip()
    project(
        s,
        "献血屋运维项目",
        CITY_HEALTH,
        CITY_STATION,
        funds(60, 50, 10),
        ["城区4个献血屋全年开放不少于330天，设备故障48小时内修复。"],
        title="",
    )
    indicators(s, _mobile_rows(False))
    sign(s, "岑立夏", "0937-5208431")
    return b


@variant(
    "to03-flat-care",
    (3, 11),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, a 投诉率 with ≤, weights 100 with a "
    "合计 row (correct)",
)
def to03() -> Book:
    b, s = start()
    department(
        s,
        "砚港县无偿献血服务中心",
        (420, 380, 40, 260, 160),
        "做好献血者关爱和荣誉表彰，回访献血者1.5万人次，用血报销5个工作日内办结。",
        tasks=[
            (
                "献血者关爱服务",
                "回访、健康报告推送、用血费用报销",
                70,
                "回访1.5万人次，报销5个工作日内办结",
            ),
            ("无偿献血宣传表彰", "进社区宣传、年度荣誉表彰", 90, "表彰献血者800人"),
            ("金额合计", None, 160, None),
        ],
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("献血者关爱回访人次", 20, "人次", "≥", 15000),
            ("献血者健康报告推送率", 15, "%", "≥", pct(0.95)),
            ("献血者投诉率", 10, "%", "≤", pct(0.005, "0.0%")),
            ("献血者用血费用报销办理时限", 15, "工作日", "≤", 5),
            ("无偿献血荣誉表彰人数", 15, "人", "≥", 800),
            ("献血者满意度", 25, "%", "≥", pct(0.9)),
            ("合计", 100, None, None, None),
        ]
    )
    notes(s, "注：权重合计100分；投诉率为反向指标，越低越好。", width=5)
    sign(s, "蓝若溪", "0937-7731260")
    return b


@variant(
    "to04-care-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, typed "
    "percents: a coverage rate of 110 %, a 反向 发生率 with ≥",
)
def to04() -> Book:
    b, s = start()
    project(
        s,
        "献血者关爱及用血费用直免项目",
        "砚港县卫生健康局（214）",
        "砚港县中心血库",
        funds(48, 40, 8),
        ["全年回访献血者6000人次以上，献血者用血费用在县内医疗机构直免结算。"],
    )
    over = mk(pct(1.1), "T106", "error", note="覆盖率以100%为上限，≥110%不可能达到")
    wrong_op = mk("≥", "T108", "warning", row=True, note="不良反应发生率是反向指标，应为≤")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "献血者节日关爱回访人次", "≥", 6000, "人次"),
            (None, None, "献血者健康知识讲座场次", "≥", 12, "场"),
            (None, "质量指标", "献血者回访覆盖率", "≥", over, "%"),
            (None, None, "献血后迟发不良反应发生率", wrong_op, pct(0.004, "0.0%"), "%"),
            (None, "时效指标", "用血费用直免结算时限", "≤", 1, "工作日"),
            (None, "成本指标", "关爱慰问品单价", "≤", 40, "元/人次"),
            ("效益指标", "社会效益指标", "直免结算覆盖医疗机构比例", "≥", pct(0.9), "%"),
            ("满意度指标", "服务对象满意度指标", "献血者满意度", "≥", pct(0.9), "%"),
        ],
        head=OPS,
    )
    sign(s, "钟岚", "0937-6620185")
    return b


@variant(
    "to05-stacked-group-wrong",
    (2, 12),
    "two projects stacked (group donation, rare-type "
    "donor registry), OLD-NAT: the second's 资金总额 ≠ its parts, a 参与率 given in 家, a "
    "satisfaction with =",
)
def to05() -> Book:
    b, s = start()
    project(
        s,
        "团体献血招募项目",
        CITY_HEALTH,
        CITY_STATION,
        funds(120, 100, 20),
        ["组织机关企事业单位团体献血，全年团体献血9000人次以上。"],
        title="2026年度项目支出绩效目标表（献血招募类）",
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "参加团体献血单位数量", "≥150家"),
            (None, None, "团体献血人次", "≥9000人次"),
            (
                None,
                "质量指标",
                "团体献血单位参与率",
                mk("≥120家", "T105", "error", note="参与率是比率，指标值却是家数"),
            ),
            (None, "时效指标", "团体献血预约确认时限", "≤2个工作日"),
            (None, "成本指标", "团体献血组织补贴标准", "≤80元/人次"),
            ("效益指标", "社会效益指标", "团体献血占采集总人次比例", "≥45%"),
            ("满意度指标", "服务对象满意度指标", "团体单位满意度", "≥90%"),
        ],
    )
    s.skip()
    total = mk(wan(75), "B101", "error", note="财政拨款 60 + 其他资金 10 = 70 ≠ 资金总额 75")
    project(
        s,
        "稀有血型献血者库维护项目",
        CITY_HEALTH,
        CITY_STATION,
        funds(total, 60, 10),
        ["维护Rh阴性等稀有血型献血者库，紧急情况下4小时内完成召集。"],
        title="",
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "Rh阴性献血者在库人数", "≥1200人"),
            (None, "质量指标", "稀有血型复核准确率", "=100%"),
            (None, "时效指标", "稀有血型紧急召集响应时限", "≤4小时"),
            (None, "成本指标", "稀有血型献血者年度联络成本", "≤200元/人"),
            ("效益指标", "社会效益指标", "稀有血型临床需求满足率", "≥95%"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "稀有血型献血者满意度",
                mk("=95%", "T107", "warning", note="满意度写“=95%”，应为≥95%"),
            ),
        ],
    )
    sign(s, "岑立夏", "0937-5208431")
    return b


@variant(
    "to06-flat-publicity-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 "
    "· 指标值 · 计量单位 · 指标性质 as operator · 权重（100分）): a value unit against the "
    "unit column, a 投诉率 with ≥, weights adding to 90",
)
def to06() -> Book:
    b, s = start()
    department(
        s,
        "澄岭区无偿献血办公室",
        (180, 170, 10, 95, 85),
        "开展进社区、进校园献血宣传，提高市民献血意愿，献血者投诉率控制在1%以内。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "计量单位", "指标性质", "权重（100分）")
    s.table(
        [
            (
                "献血宣传进社区场次",
                mk("40人次", "T112", "error", note="指标值单位“人次”与计量单位列“场”冲突"),
                "场",
                "≥",
                15,
            ),
            ("献血招募短信推送人次", 50000, "人次", "≥", 15),
            (
                "献血者投诉率",
                pct(0.01),
                "%",
                mk(
                    "≥",
                    "T108",
                    "warning",
                    row=True,
                    note="投诉率是反向指标，应为≤（总体目标也写1%以内）",
                ),
                10,
            ),
            ("首次献血者再次献血比例", pct(0.3), "%", "≥", 15),
            ("献血屋周末开放率", pct(1), "%", "=", 10),
            ("宣传折页制作单价", 8, "元/份", "≤", 10),
            ("市民献血服务满意度", pct(0.9), "%", "≥", 15),
        ]
    )
    b.file_mark("W101", "error", note="权重合计 15+15+10+15+10+10+15 = 90，表头写明 100 分")
    sign(s, "邝一鸣", "0937-8804472")
    return b
