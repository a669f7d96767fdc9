"""Returns of intercity bus stations (汽车站): we01–we06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout385.common import (
    HEAD_OP,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout385.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "we01-terminal-percent",
    (1,),
    "project, OLD-NAT, operator and unit columns, "
    "percentages typed in Excel, 万元 in the number format (correct)",
)
def we01() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="榆渡市长途汽车东站安检设施更新",
        dept="榆渡市交通运输局（402011）",
        unit="榆渡市长途汽车东站",
        money=one_year(86, 70, 16),
        goals=["更新进站安检通道，旅客进站安检全覆盖，危险品查堵率不低于98%。"],
    )
    indicators(
        s,
        HEAD_OP,
        [
            ("产出指标", "数量指标", "更新进站安检通道", "≥", 4, "条"),
            (None, None, "配置液体检测仪", "≥", 6, "台"),
            (None, "质量指标", "危险品查堵率", "≥", pct(0.98), None),
            (None, None, "设备验收合格率", "=", pct(1), None),
            (None, "时效指标", "设备安装调试周期", "≤", 45, "天"),
            (None, "成本指标", "单条安检通道更新成本", "≤", 18, "万元/条"),
            ("效益指标", "社会效益指标", "旅客安全投诉率", "≤", pct(0.02), None),
            (None, None, "站内治安案件同比下降率", "≥", pct(0.1), None),
            (None, "可持续影响指标", "安检设备设计使用年限", "≥", 8, "年"),
            ("满意度指标", "服务对象满意度指标", "进站旅客满意度", "≥", pct(0.9), None),
        ],
    )
    sign(s, "覃光远", "蒙晓芹", "0786-5530217")
    return b


@variant(
    "we02-ticketing-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column: a typed "
    "percent over 100, a 反向 rate with ≥, a rate given as a count",
)
def we02() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="柘岭县汽车客运总站售检票系统升级",
        dept="柘岭县交通运输局（317001）",
        unit="柘岭县汽车客运总站",
        money=one_year(150, 120, 30),
        goals=["升级售检票系统，新增自助售票机，实名制核验全覆盖。"],
    )
    indicators(
        s,
        HEAD_OP,
        [
            ("产出指标", "数量指标", "新增自助售票机", "≥", 12, "台"),
            (
                None,
                "质量指标",
                "售票系统正常运行率",
                "≥",
                mk(pct(1.02), "T106", "error", note="typed 102%: a running rate is capped at 100%"),
                None,
            ),
            (
                None,
                None,
                "实名制核验率",
                "≥",
                mk(3200, "T105", "error", note="a 核验率 given as a count of 人次"),
                "人次",
            ),
            (None, "时效指标", "系统切换完成时限", "≤", 30, "天"),
            (None, "成本指标", "单台自助售票机购置成本", "≤", 6.5, "万元/台"),
            ("效益指标", "社会效益指标", "旅客购票平均排队时长", "≤", 10, "分钟"),
            (
                None,
                None,
                "旅客购票投诉率",
                mk("≥", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ meant"),
                pct(0.03),
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "购票旅客满意度", "≥", pct(0.9), None),
        ],
    )
    sign(s, "韦成岳", "甘立桐", "0771-6231458")
    return b


def _points(rows: list[tuple[object, ...]], total: object) -> Book:
    b, s = start("绩效目标", (16, 8, 18, 30, 18, 8))
    project_head(
        s,
        year=YEAR,
        name="磐江市汽车客运西站候车环境与智慧服务改造",
        dept="磐江市交通运输局（415006）",
        unit="磐江市汽车客运西站",
        money=one_year(200, 170, 30),
        goals=["改造候车厅，推广电子客票，缩短旅客候车时长。"],
    )
    indicators(
        s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), rows, merged=(1, 2, 3)
    )
    s.row("合计", total, None, None, None, 100)
    return b


@variant(
    "we03-station-points",
    (10,),
    "project, NAT-2021, a tier-1 score column and an "
    "indicator score column (both add to 100), a rate raised in 百分点 (correct)",
)
def we03() -> Book:
    return _points(
        [
            ("产出指标", 40, "数量指标", "候车厅改造面积", "≥1200平方米", 10),
            (None, None, None, "新增无障碍服务设施", "≥8处", 10),
            (None, None, "质量指标", "改造工程验收合格率", pct(1), 10),
            (None, None, "时效指标", "改造完成时限", "10月31日前", 10),
            ("成本指标", 20, "经济成本指标", "单位面积改造成本", "≤0.15万元/平方米", 10),
            (None, None, None, "改造工程总成本", "≤200万元", 10),
            ("效益指标", 30, "社会效益指标", "电子客票使用率", "提高≥5百分点", 10),
            (None, None, None, "旅客平均候车时长", "≤25分钟", 10),
            (None, None, "可持续影响指标", "改造设施维护责任落实率", pct(0.95), 10),
            ("满意度指标", 10, "服务对象满意度指标", "候车旅客满意度", "≥90%", 10),
        ],
        100,
    )


@variant(
    "we04-station-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 scores that do not match "
    "the indicator scores under them, a coverage rate given as a count",
)
def we04() -> Book:
    why = "the indicator scores under this tier add up to another figure"
    return _points(
        [
            (
                "产出指标",
                mk(50, "W103", "error", note=f"{why}: 10+10+10+10 = 40"),
                "数量指标",
                "候车厅改造面积",
                "≥1200平方米",
                10,
            ),
            (
                None,
                None,
                None,
                "候车区空调覆盖率",
                mk("16台", "T105", "error", note="a 覆盖率 given as a count of units"),
                10,
            ),
            (None, None, "质量指标", "改造工程验收合格率", pct(1), 10),
            (None, None, "时效指标", "改造完成时限", "10月31日前", 10),
            ("成本指标", 20, "经济成本指标", "单位面积改造成本", "≤0.15万元/平方米", 10),
            (None, None, None, "改造工程总成本", "≤200万元", 10),
            (
                "效益指标",
                mk(20, "W103", "error", note=f"{why}: 10+10+10 = 30"),
                "社会效益指标",
                "电子客票使用率",
                "提高≥5百分点",
                10,
            ),
            (None, None, None, "旅客平均候车时长", "≤25分钟", 10),
            (None, None, "可持续影响指标", "改造设施维护责任落实率", pct(0.95), 10),
            ("满意度指标", 10, "服务对象满意度指标", "候车旅客满意度", "≥90%", 10),
        ],
        100,
    )


@variant(
    "we05-station-second-sheet",
    (7,),
    "project: head on the first sheet, the indicator "
    "table on a second sheet under a two-row header 考核指标 / 预期实现值 (correct)",
)
def we05() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=YEAR,
        name="磐石口镇汽车站站房维修",
        dept="柘岭县交通运输局（317001）",
        unit="磐石口镇汽车站",
        money=one_year(38, 38, 0),
        goals=["维修站房屋面和售票厅，消除站房安全隐患。"],
    )
    t = b.sheet("绩效指标", (16, 16, 30, 18, 20))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row("考核指标", None, None, "预期实现值", "备注", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "三级指标")
    for col in (4, 5):
        t.ws.merge_cells(start_row=t.r - 1, start_column=col, end_row=t.r, end_column=col)
    t.table(
        [
            ("产出指标", "数量指标", "维修站房屋面面积", "≥650平方米", None),
            (None, None, "更换售票厅门窗", "≥24樘", None),
            (None, "质量指标", "维修工程验收合格率", "=100%", "行业标准"),
            (None, "时效指标", "维修完成时间", "8月31日前", "避开春运、暑运高峰"),
            (None, "成本指标", "屋面维修单价", "≤0.04万元/平方米", "历史标准"),
            ("效益指标", "社会效益指标", "站房安全责任事故", "0起", "事故数为零"),
            (None, "可持续影响指标", "维修后屋面防水保修期", "≥5年", None),
            ("满意度指标", "服务对象满意度指标", "候车旅客满意度", "≥88%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "we06-station-notes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 / 绩效标准, a 填表说明 "
    "row inside the table, 注 rows and signatures below; a deadline given as a percent and a "
    "completion date after the one-year project",
)
def we06() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="榆渡市长途汽车北站站前广场改造",
        dept="榆渡市交通运输局（402011）",
        unit="榆渡市长途汽车北站",
        money=one_year(120, 100, 20),
        goals=["改造站前广场和接驳通道，实现进出站人车分流。"],
    )
    s.row("一级指标", "二级指标", "指标内容", "绩效标准")
    notes(s, "（填表说明：指标内容由项目单位填写，绩效标准应量化）", width=4)
    s.table(
        [
            ("产出指标", "数量指标", "改造站前广场面积", "≥4800平方米"),
            (None, None, "新建人车分流通道", "≥2条"),
            (None, "质量指标", "工程验收合格率", "=100%"),
            (
                None,
                "时效指标",
                "站前广场改造完成时间",
                mk(pct(1), "T113", "warning", note="a completion time given as 100%"),
            ),
            (
                None,
                None,
                "竣工验收时间",
                mk(
                    day(YEAR + 1, 3, 31),
                    "Y102",
                    "error",
                    row=True,
                    note="one-year project ending 2025-12-31: a 2026 date lies outside it",
                ),
            ),
            (None, "成本指标", "广场改造单位成本", "≤0.025万元/平方米"),
            ("效益指标", "社会效益指标", "进出站高峰通行时长", "≤8分钟"),
            ("满意度指标", "服务对象满意度指标", "进出站旅客满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    notes(s, "注：1.金额单位为万元。", "2.本表一式三份，报县财政局一份。", width=4)
    sign(s, "覃光远", "黎嘉禾", "0786-5530264")
    return b
