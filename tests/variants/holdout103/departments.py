"""Department returns (§3.2): budget blocks with shares, key tasks with a 金额合计, tiered and
flat indicator lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout103.common import footer, indicators
from tests.variants.holdout103.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
P2 = "0.00%"


def budget_column(s: Sheet, year: int, dept: str, lines: Sequence[Sequence[Any]]) -> None:
    """A department head whose budget stands in a column: 项目 │ 金额（万元） │ 占比."""
    s.title(f"{year}年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", day(year - 1, 11, 25), merge=[(2, 3), (5, 6)])
    s.row("年度预算", "项目", "金额（万元）", "占比")
    top = s.r
    for line in lines:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


@variant("li10-market-dept", (12,), "department, NAT-2021, budget in a column with shares, key "
         "tasks adding to 项目支出")  # fmt: skip
def li10() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    budget_column(s, 2025, "岚山县市场监督管理局", [
        ("资金总额", money(1286.40), pct(1, P2)),
        ("其中：财政拨款", money(1206.40), pct(0.9378, P2)),
        ("其他资金", money(80.00), pct(0.0622, P2)),
        ("基本支出", money(846.15), pct(0.6578, P2)),
        ("项目支出", money(440.25), pct(0.3422, P2)),
    ])  # fmt: skip
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in [
        ("食品安全监督抽检", "抽检辖区生产流通餐饮环节食品", money(120.00), "抽检2400批次"),
        ("特种设备安全监察", "电梯、锅炉、压力容器监督检查", money(85.25), "检查600台次"),
        ("计量检定", "强制检定计量器具", money(60.00), "检定5000台件"),
        ("知识产权保护", "商标专利侵权查处与培育", money(45.00), "查办案件及时结案"),
        ("消费者权益保护", "投诉举报受理、消费维权宣传", money(30.00), "按时办结"),
        ("日常运行项目", "执法装备、信息系统运维", money(100.00), "保障正常运转"),
        ("金额合计", None, money(440.25), None),
    ]:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "完成食品安全监督抽检2400批次、特种设备监督检查600台次，"
          "投诉举报按时办结率98%以上，守牢食品和特种设备安全底线。", merge=[(2, 6)])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥2400批次"),
        (None, None, "特种设备监督检查", "≥600台次"),
        (None, None, "强制检定计量器具", "≥5000台件"),
        (None, "质量指标", "抽检不合格食品核查处置率", pct(1)),
        (None, "时效指标", "投诉举报按时办结率", "≥98%"),
        ("成本指标", "经济成本指标", "单批次食品抽检成本", "≤500元/批次"),
        ("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥98%"),
        (None, None, "特种设备安全状况", "保持平稳"),
        (None, "可持续影响指标", "智慧监管平台运行", "持续稳定运行"),
        ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%"),
        (None, None, "消费者投诉处理满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    footer(s, "岚山县市场监督管理局", "甘露", "0736-5172048", "2024年11月25日")
    return b


@variant("li11-ecology-dept", (12,), "department, NAT-2021, budget in a column whose shares add "
         "to 99 %, a rate above 100 %")  # fmt: skip
def li11() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    budget_column(s, 2025, "青岚市生态环境局桐溪分局", [
        ("资金总额", money(732.60), pct(1)),
        ("其中：财政拨款", money(692.60), pct(0.95)),
        ("其他资金", money(40.00), pct(0.05)),
        ("基本支出", money(482.10), pct(0.66)),
        ("项目支出", money(250.50), mk(pct(0.33), "B111", "error", alt=("B101", "B102"),
                                     note="250.50 / 732.60 = 34 %; the shares add to 99 %")),
    ])  # fmt: skip
    s.row("年度总体目标", "开展大气、水环境质量监测和污染源监管，全年执法检查企业不少于800家次，"
          "环境信访按时办结。", merge=[(2, 6)])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "污染源执法检查", "≥800家次"),
        (None, None, "水质自动监测站运维", "≥9个"),
        (None, None, "环境宣传活动", "≥20场"),
        (None, "质量指标", "危险废物规范化管理达标率",
         mk(pct(1.02), "T106", "error", note="102 % on a capped rate")),
        (None, None, "监测数据有效率", "≥95%"),
        (None, "时效指标", "环境信访按时办结率", "≥98%"),
        ("成本指标", "经济成本指标", "单站年运维费用", "≤12万元/站"),
        ("效益指标", "生态效益指标", "空气质量优良天数比率", "≥92%"),
        (None, None, "地表水国省考断面达标率", pct(1)),
        (None, "可持续影响指标", "环境监管网格化机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥88%"),
    ], label="年度绩效指标")  # fmt: skip
    footer(s, "青岚市生态环境局桐溪分局", "闻博", "0580-6631952", "2024年12月1日")
    return b


@variant("li12-water-dept", (12,), "department, NAT-2021, 基本支出 + 项目支出 a digit short of "
         "资金总额, a deadline in the year before")  # fmt: skip
def li12() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="临溪县水利局",
        budget=[(mk(money(968.30), "B101", "error", row=True,
                    note="618.72 + 340.58 = 959.30; 项目支出 should be 349.58"),
                 money(908.30), money(60.00), money(618.72), money(340.58))],
        goal="完成县域12座小型水库安全鉴定，新建农村供水管网45公里，汛期水利工程安全度汛。",
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "小型水库安全鉴定", "≥12座"),
        (None, None, "新建农村供水管网", "≥45公里"),
        (None, None, "河湖巡查", "≥240次"),
        (None, "质量指标", "农村集中供水水质达标率", "≥95%"),
        (None, "时效指标", "水库安全鉴定完成时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="a 2025 deadline written 2024")),
        ("成本指标", "经济成本指标", "供水管网单位造价", "≤6万元/公里"),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥93%"),
        (None, "生态效益指标", "水土流失治理面积", "≥8平方公里"),
        (None, "可持续影响指标", "水利工程管护责任落实率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "农村供水用户满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    footer(s, "临溪县水利局", "曾庆和", "0746-8820317", "2024年11月28日")
    return b
