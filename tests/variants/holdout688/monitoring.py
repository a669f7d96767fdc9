"""Returns hv07–hv12: a water-quality monitoring net over the ponds."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout688.common import (
    YEAR,
    footnotes,
    indicators,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout688.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("hv07-monitor-stations", (1, 11),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 0起 on an "
         "incident count, a goal count with its parts in brackets (correct)")  # fmt: skip
def hv07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="菱湾区养殖水域水质在线监测网建设项目",
                 dept="菱湾区农业农村局（402007）", unit="菱湾区水产养殖水质监测站",
                 money=one_year(wan(300), wan(260), wan(40)),
                 goals=["新建养殖水域水质在线监测站18个（其中甲鱼养殖片区10个、牛蛙养殖片区8个），"
                        "接入区级监测平台，实现溶解氧、pH、氨氮实时监测。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "在线监测站建设数量", "≥", 18, "个"),
        (None, None, "甲鱼养殖片区监测站数量", "≥", 10, "个"),
        (None, "质量指标", "监测数据有效传输率", "≥", pct(0.95), None),
        (None, None, "监测设备安装验收合格率", "=", pct(1), None),
        (None, "时效指标", "水质超标预警响应时间", "≤", 2, "小时"),
        (None, None, "监测站建成投运时间", "≤", day(YEAR, 9, 30), None),
        (None, "成本指标", "单站建设成本", "≤", 15, "万元/个"),
        ("效益指标", "社会效益指标", "养殖水域重大水质污染事故", "≤", 0, "起"),
        (None, "生态效益指标", "养殖尾水超标排放率", "≤", pct(0.05), None),
        (None, "可持续影响指标", "监测数据共享单位", "≥", 5, "家"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("hv08-buoy-leftovers", (4,),
         "project, OLD-NAT, one value column, a 说明 row inside the table: the same indicator "
         "twice with different values, last year's deadline, a template example row")  # fmt: skip
def hv08() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="蒲渚镇养殖水域浮标监测点布设项目",
                 dept="苇汀县农业农村局", unit="蒲渚镇农业综合服务中心",
                 money=one_year(wan(90), wan(90), wan(0)),
                 goals=["布设水质浮标监测点24个，覆盖全镇甲鱼、牛蛙养殖池塘，2025年10月底前"
                        "投入运行，受益养殖户不少于60户。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "水质浮标监测点布设数量", "≥24个"),
        (None, None, "浮标监测点布设数",
         mk("≥20个", "D103", "warning", row=True, alt=("D102", "D101", "D104"),
            note="与上一行是同一指标，数值不同（目标写24个）")),
        ("说明：以下质量指标按县监测站考核口径填写", None, None, None),
        ("产出指标", "质量指标", "监测数据准确率", "≥95%"),
        (None, "时效指标", "监测点投入运行时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103", "D104"),
            note="预算年度2025，目标写2025年10月底前：上一年的日期未改")),
        (None, "成本指标", "单个浮标监测点建设成本", "≤3.5万元/个"),
        ("效益指标", "社会效益指标", "受益养殖户数",
         mk("≥**户", "X101", "error", note="模板示例占位符未替换（目标写不少于60户）")),
        (None, "生态效益指标", "养殖水域水质达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


def flat(s: Sheet, rows: list[tuple[object, ...]]) -> None:
    """A flat list (no tiers) under its header."""
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row(*FLAT)
    s.table(rows)


@variant("hv09-monitor-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a rate raised in 百分点, weights add to 100 (correct)")  # fmt: skip
def hv09() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="菱湾区水产养殖水质监测站",
                    budget=[(wan(180), wan(150), wan(30), wan(100), wan(80))],
                    goal="全年巡检养殖水域监测点位48次，完成水样检测600批次，及时上报监测数据，"
                         "推动养殖尾水达标率提高3个百分点。")  # fmt: skip
    flat(s, [
        ("水质监测点位巡检次数", 15, "次", "≥", 48),
        ("水样实验室检测批次", 15, "批次", "≥", 600),
        ("监测数据上报及时率", 15, "%", "≥", pct(0.98)),
        ("检测结果准确率", 15, "%", "≥", pct(0.95)),
        ("水质异常处置响应时间", 10, "小时", "≤", 4),
        ("养殖尾水达标率提高", 10, "百分点", "≥", 3),
        ("养殖户满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "韦嘉禾", "0577-62390148", day(YEAR - 1, 11, 25))
    return b


@variant("hv10-monitor-flat-goal", (3,),
         "department, flat list: the goal's buoy count differs from the indicator, the weights "
         "add to 95")  # fmt: skip
def hv10() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="苇汀县养殖水质监测中心",
                    budget=[(wan(240), wan(200), wan(40), wan(160), wan(80))],
                    goal="全年布设浮标监测点45个，完成水样检测1200批次，"
                         "水质异常2小时内预警。")  # fmt: skip
    flat(s, [
        ("浮标监测点布设数量", 10, "个", "≥",
         mk(40, "D104", "warning", row=True, note="年度总体目标写45个")),
        ("水样检测批次", 15, "批次", "≥", 1200),
        ("监测数据上报及时率", 15, "%", "≥", 98),
        ("水质异常预警响应时间", 15, "小时", "≤", 2),
        ("检测结果准确率", 20, "%", "≥", 95),
        ("养殖户满意度", 20, "%", "≥", 90),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 10+15+15+15+20+20=95，应为100")
    return b


@variant("hv11-sampler-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "考核指标 and 预期实现值, a later year the work prepares for (correct)")  # fmt: skip
def hv11() -> Book:
    b, s = start("基本信息")
    project_head(s, year=YEAR, name="甲鱼养殖片区水质自动采样设备购置项目",
                 dept="苇汀县农业农村局", unit="苇汀县水产技术推广站",
                 money=one_year(wan(75), wan(75), wan(0)),
                 goals=["购置水质自动采样设备12台，覆盖甲鱼养殖片区3个，为2026年全县推广积累"
                        "运行数据。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    t.title("绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "自动采样设备购置数量", "≥12台"),
        (None, None, "覆盖甲鱼养殖片区", "≥3个"),
        (None, "质量指标", "设备安装调试合格率", "100%"),
        (None, "时效指标", "设备到货安装时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "单台设备购置成本", "≤6万元/台"),
        ("效益指标", "社会效益指标", "水样自动采集替代人工比例", "≥70%"),
        (None, "可持续影响指标", "设备运行维护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    footnotes(t, "注：为2026年全县推广积累数据不在本年度考核范围。", width=4)
    return b


@variant("hv12-net-export", (7, 12),
         "budget-system export: money on 05-1 with codes, indicators on 05-2 under a header on "
         "the third row; a total off its parts, a rate under 时效, an indicator twice")  # fmt: skip
def hv12() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元", None, None, None, None)
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("330521250001", "养殖水质监测网运维项目",
          mk(wan(160), "B101", "error", note="120+30=150"), wan(120), wan(30))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 14, 16, 30, 16))
    t.title("2025年部门项目支出绩效目标表", 5)
    t.row("单位：菱湾区水产养殖水质监测站", None, None, None, None)
    indicators(t, ("项目代码", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("330521250001", "产出指标", "数量指标", "运维监测站点数量", "≥30个"),
        (None, None, None, "水样比对检测批次", "≥240批次"),
        (None, None, None, "运维监测站点数量",
         mk("≥30个", "D101", "warning", row=True, alt=("D103",), note="与上两行重复")),
        (None, None, "质量指标", "站点设备完好率", "≥95%"),
        (None, None, "时效指标", "监测数据合格率",
         mk("≥95%", "F201", "warning", row=True, note="质量类比率填在时效指标下")),
        (None, None, None, "故障站点修复时间", "≤48小时"),
        (None, "成本指标", "经济成本指标", "单站年运维成本", "≤4万元/个"),
        (None, "效益指标", "生态效益指标", "养殖尾水超标预警处置率", "100%"),
        (None, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
