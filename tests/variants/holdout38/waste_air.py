"""A landfill leachate project with money in 元 and template rows left empty, and a two-year
dust-control project with two complete column sets (中期, then 年度)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout38.parts import header, signature
from tests.variants.holdout38.registry import variant
from tests.variants.kit import YUAN, Book, C, day, mk, ok, pct


@variant(
    "iv17-landfill-leachate",
    (1, 6),
    'project in 元 (#,##0.00"元"), NAT-2021: two tier-2 '
    "template rows left without indicators, an ASCII operator on a rate without %",
)
def landfill_leachate() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="生活垃圾填埋场渗滤液处理项目", dept="岑江县城市管理局",
        unit="岑江县环境卫生管理所", attr="常年项目", money_label="项目资金（元）",
        money=[("资金总额", C(1860000, YUAN), "财政拨款", C(1860000, YUAN)),
               ("其他资金", C(0, YUAN), None, None)],
        goals=["全年处理填埋场渗滤液不少于3.6万吨，出水稳定达到排放标准，不发生渗滤液外溢事故。"],
    )  # fmt: skip
    header(s, "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "渗滤液处理量", "≥3.6", "万吨"),
            (None, "质量指标", "渗滤液处理出水达标率",
             mk(">=95", "T105", "warning", alt=("T116",), note="a rate without %"), None),
            (None, mk("时效指标", "F109", "warning", row=True, note="template row left"), None,
             None, None),
            ("成本指标", "经济成本指标", "渗滤液处理单价", "≤45", "元/吨"),
            ("效益指标", "生态效益指标", "渗滤液外溢事故", "不发生", None),
            (None, mk("可持续影响指标", "F109", "warning", row=True, note="template row left"),
             None, None, None),
            ("满意度指标", "服务对象满意度指标", "周边村民满意度",
             ok(pct(0.85), note="85% without ≥: a reviewer may ask for the operator"), "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    signature(s, "骆文斌", "谢小芸", "0776-3308129", day(2025, 11, 10))
    return b


@variant(
    "iv18-dust-two-sets-ok",
    (8,),
    "two-year project, two complete column sets (中期: 二级 · "
    "三级 · 指标值, then 年度), a two-line header; PM2.5 looser in the first year than at the end",
)
def dust_two_sets_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (12, 14, 24, 14, 14, 24, 14))
    project_head(
        s, year=2026, years=2, name="建筑工地及道路扬尘污染防控项目", dept="滨岚市生态环境局",
        unit="滨岚市大气污染防治中心", attr="新增项目",
        money=[("中期资金总额", C(760, "0.00"), "年度资金总额", C(400, "0.00")),
               ("其中：财政拨款", C(760, "0.00"), "其中：财政拨款", C(400, "0.00"))],
        goals=["到2027年底全市在建工地扬尘在线监测全覆盖，安装监测设备不少于300台，"
               "PM2.5年均浓度降至32微克/立方米以下。",
               "2026年安装工地扬尘在线监测设备180台，PM2.5年均浓度不高于34微克/立方米。"],
    )  # fmt: skip
    s.row("一级指标", "中期指标（2026—2027年）", None, None, "年度指标（2026年）", None, None,
          merge=[(2, 4), (5, 7)])  # fmt: skip
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.table(
        [
            ("产出指标", "数量指标", "扬尘在线监测设备安装", "≥300台", "数量指标",
             "扬尘在线监测设备安装", "≥180台"),
            (None, None, "道路机械化湿扫里程", "≥2400公里", None, "道路机械化湿扫里程",
             "≥1200公里"),
            (None, "质量指标", "监测设备数据联网率", "≥95%", "质量指标", "监测设备数据联网率",
             "≥95%"),
            (None, "时效指标", "扬尘超标预警处置时限", "≤2小时", "时效指标", "扬尘超标预警处置时限",
             "≤2小时"),
            ("成本指标", "经济成本指标", "单台监测设备购置安装成本", "≤1.2万元/台", "经济成本指标",
             "单台监测设备购置安装成本", "≤1.2万元/台"),
            ("效益指标", "生态效益指标", "PM2.5年均浓度", "≤32μg/m³", "生态效益指标",
             "PM2.5年均浓度", "≤34μg/m³"),
            (None, None, "空气质量优良天数比例", "≥85%", None, "空气质量优良天数比例", "≥83%"),
            ("满意度指标", "服务对象满意度指标", "市民对大气环境满意度", "≥88%",
             "服务对象满意度指标", "市民对大气环境满意度", "≥85%"),
        ],
        merged=(1, 2, 5),
    )  # fmt: skip
    return b
