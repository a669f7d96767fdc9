"""Layouts of the 38th held-out set: a table starting in column C behind spacer columns with a
header repeated after a page break, PDF artefacts, direction and operator columns with dates,
and two forestry projects stacked in one sheet."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout38.parts import header, notes, signature
from tests.variants.holdout38.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, pct

M = "0.00"
M4 = "0.0000"
END = day(2026, 12, 31)
HEAD8 = ("指标方向", "比较符", "指标值", "计量单位", "完成时限")


@variant(
    "iv11-monitoring-column-c-ok",
    (4, 7),
    "project, NAT-2021, table from column C behind "
    "two empty columns, header repeated after a page break, 注 and 填报说明, signatures",
)
def monitoring_column_c_ok() -> Book:
    b = Book()
    s = b.sheet("监测项目", (2, 2, 14, 16, 28, 14, 12, 18))
    s.row("2026年度项目支出绩效目标表", merge=[(3, 8)], col=3)
    s.row(None, None, None, None, "金额单位：万元", col=3)
    s.row("项目名称", "生态环境质量监测", None, "主管部门", "岚山县生态环境局", None,
          merge=[(4, 5), (7, 8)], col=3)  # fmt: skip
    s.row("实施单位", "岚山县环境监测站", None, "项目属性", "常年项目", None,
          merge=[(4, 5), (7, 8)], col=3)  # fmt: skip
    s.row("项目期", "1年", "计划开始日期", day(2026, 1, 1), "计划完成日期", day(2026, 12, 31),
          col=3)  # fmt: skip
    s.row("项目资金", "资金总额", C(95, M), "财政拨款", C(95, M), None, col=3)
    s.row(None, "其他资金", C(0, M), None, None, None, col=3)
    s.ws.merge_cells(start_row=s.r - 1, start_column=3, end_row=s.r, end_column=3)
    s.row("年度绩效目标", "完成全县地表水、环境空气、土壤和声环境例行监测，及时报送监测数据，"
          "为环境管理提供支撑。", merge=[(4, 8)], col=3)  # fmt: skip
    header(s, "指标值", "计量单位", "备注", col=3)
    s.table(
        [
            ("产出指标", "数量指标", "地表水环境监测样品数", "≥864", "个", "24个断面×12个月×3"),
            (None, None, "土壤环境监测点位", "≥40", "个", None),
            (None, None, "区域声环境监测点次", "≥320", "点次", None),
            (None, "质量指标", "监测数据准确率", "≥98%", "%", None),
            (None, "时效指标", "月度监测报告报送时间", "每月10日前", None, None),
            ("成本指标", "经济成本指标", "单个水样检测成本", "≤600", "元/个", None),
        ],
        merged=(1, 2),
        col=3,
    )
    s.skip()  # the page break: a blank line, then the header again
    header(s, "指标值", "计量单位", "备注", col=3)
    s.table(
        [
            ("效益指标", "生态效益指标", "空气质量优良天数比例", "≥85%", "%", None),
            (None, None, "县控断面水质达标率", "≥90%", "%", None),
            (None, "社会效益指标", "环境质量信息公开率", "=100%", "%", "按月公开"),
            (None, "可持续影响指标", "监测网络运行", "稳定", None, None),
            ("满意度指标", "服务对象满意度指标", "公众对环境监测信息服务满意度", "≥90%", "%",
             None),
        ],
        merged=(1, 2),
        col=3,
    )  # fmt: skip
    notes(s, ["注：1. 指标值按“比较符+数值”填写，计量单位单列。",
              "2. 地表水监测样品数按24个断面每月采样计算。",
              "填报说明：本表由项目实施单位填报，主管部门审核后报县财政局。"],
          6, col=3)  # fmt: skip
    signature(s, "宋佳音", "韩立新", "0539-4417702", day(2025, 12, 5), col=3)
    return b


@variant(
    "iv12-soil-monitoring-pdf",
    (9,),
    "project, NAT-2021, money pasted from a PDF: a split "
    "number and an amount pasted twice; a 达标率 given as a count of sections",
)
def soil_monitoring_pdf() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="土壤及地下水环境监测项目", dept="安澜市生态环境局",
        unit="安澜市生态环境监测中心", attr="延续项目",
        money=[("资金总额", mk("1205.337 6", "X105", "warning", alt=("X103",)),
                "财政拨款", C(1205.3376, M4)),
               ("其他资金", C(0, M4), None, None)],
        goals=["完成150个土壤点位和42个地下水监测井的年度监测，掌握全市土壤和地下水环境质量状况。"],
    )  # fmt: skip
    s.row("资金明细", "监测设备购置", mk("86万86万", "X106", "error", alt=("B108",)),
          "采样检测服务", C(980.3376, M4), None)  # fmt: skip
    s.row(None, "数据平台运维", C(139, M4), "合计", C(1205.3376, M4), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    header(s, "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "土壤环境监测点位", "≥150个", None),
            (None, None, "地下水监测井", "≥42个", None),
            (None, None, "土壤及地下水监测样品数", "≥2600个", None),
            (None, "质量指标", "检测数据合格率", "≥98%", None),
            (None, "时效指标", "年度监测报告提交时间", "12月15日前", None),
            ("成本指标", "经济成本指标", "单个样品检测费用", "≤3700元/个", None),
            ("效益指标", "生态效益指标", "地表水考核断面达标率",
             mk("12个", "T105", "error", note="a count of sections for a rate"), None),
            (None, "可持续影响指标", "土壤环境监测网络", "持续完善", None),
            ("满意度指标", "服务对象满意度指标", "委托部门满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


def _water_head(s: Sheet, name: str, dept: str, unit: str, amount: float, goal: str) -> None:
    project_head(s, year=2026, name=name, dept=dept, unit=unit, attr="常年项目",
                 money=[("资金总额", C(amount, M), "财政拨款", C(amount, M)),
                        ("其他资金", C(0, M), None, None)], goals=[goal])  # fmt: skip


@variant(
    "iv13-water-source-ok",
    (1, 11),
    "project, NAT-2021, 指标方向 (正向/反向), 比较符 (≥ ≤ = "
    "定性) and 计量单位 columns, percent cells, 完成时限 dates, =0 个 and 不发生 on 反向 rows",
)
def water_source_ok() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 16, 28, 10, 8, 10, 10, 12))
    _water_head(
        s,
        "饮用水水源地保护及水质监测项目",
        "松陵县生态环境局",
        "松陵县生态环境局水生态环境科",
        68,
        "保障县城集中式饮用水水源地水质稳定达标，全年开展水质监测12次，不发生突发水污染事件。",
    )
    header(s, *HEAD8)
    s.table(
        [
            ("产出指标", "数量指标", "水源地水质监测频次", "正向", "≥", 12, "次", END),
            (None, None, "保护区界标及警示牌维护", "正向", "≥", 46, "块", day(2026, 6, 30)),
            (None, "质量指标", "水质监测数据有效率", "正向", "≥", pct(0.95), "%", END),
            (None, "时效指标", "水质异常预警响应时间", "反向", "≤", 2, "小时", None),
            ("成本指标", "经济成本指标", "单次全指标监测费用", "反向", "≤", C(1.8, "0.0"),
             "万元/次", None),
            ("效益指标", "生态效益指标", "集中式饮用水水源地水质达标率", "正向", "=", pct(1),
             "%", END),
            (None, None, "保护区内违法排污口", "反向", "=", 0, "个", END),
            (None, "社会效益指标", "突发水污染事件", "反向", "定性", "不发生", None, None),
            ("满意度指标", "服务对象满意度指标", "供水区居民满意度", "正向", "≥", pct(0.9), "%",
             None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant(
    "iv14-basin-monitoring",
    (1, 11),
    "project, NAT-2021, direction, operator and unit "
    "columns: a 正向 count with ≤, a 反向 share with ≥, a coverage rate of 120%",
)
def basin_monitoring() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 16, 28, 10, 8, 10, 10, 12))
    _water_head(
        s,
        "重点流域水环境监测项目",
        "沙河县生态环境局",
        "沙河县生态环境监测站",
        90,
        "完成沙河流域6座自动站运维和2400个水质样品监测，掌握流域水质变化。",
    )
    header(s, *HEAD8)
    s.table(
        [
            ("产出指标", "数量指标", "水质监测样品数", "正向",
             mk("≤", "T108", "warning", row=True, note="a 正向 count with ≤"), 2400, "个",
             END),
            (None, None, "水质自动监测站运维", "正向", "≥", 6, "座", END),
            (None, "质量指标", "监测断面覆盖率", "正向", "≥",
             mk(pct(1.2), "T106", "error", note="shows 120%"), "%", None),
            (None, "时效指标", "监测数据报送及时率", "正向", "≥", pct(0.95), "%", None),
            ("成本指标", "经济成本指标", "单个样品监测成本", "反向", "≤", 260, "元/个", None),
            ("效益指标", "生态效益指标", "超标断面比例", "反向",
             mk("≥", "T108", "warning", row=True, note="a 反向 share with ≥"), pct(0.05), "%",
             None),
            (None, None, "国考断面水质优良比例", "正向", "≥", pct(0.8), "%", END),
            ("满意度指标", "服务对象满意度指标", "流域群众满意度", "正向", "≥", pct(0.9), "%",
             None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant(
    "iv15-forestry-stacked-ok",
    (2,),
    "two forestry projects stacked in one sheet, OLD-NAT, "
    "one value column, 成本指标 under 产出, ‰ rates, the same 满意度 name with two values",
)
def forestry_stacked_ok() -> Book:
    b = Book()
    s = b.sheet("林业项目")
    project_head(
        s, year=2026, name="森林防火能力提升项目", dept="翠微山县林业局", unit="翠微山县森林防火站",
        attr="延续项目",
        money=[("资金总额", C(220, M), "财政拨款", C(220, M)), ("其他资金", C(0, M), None, None)],
        goals=["落实120名专职护林员巡护，新建防火隔离带35公里，森林火灾受害率控制在0.9‰以内。"],
    )  # fmt: skip
    header(s, "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "专职护林员巡护人数", "≥120人", None),
            (None, None, "新建防火隔离带", "≥35公里", None),
            (None, "质量指标", "防火设施完好率", "不低于95%", None),
            (None, "时效指标", "火情处置响应时间", "≤30分钟", None),
            (None, "成本指标", "护林员补助标准", "≤1200元/人·月", None),
            ("效益指标", "生态效益指标", "★森林火灾受害率", "≤0.9‰", "核心指标"),
            (None, "社会效益指标", "重大森林火灾", "不发生", None),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s, year=2026, title="", name="林业有害生物防治项目", dept="翠微山县林业局",
        unit="翠微山县林业有害生物防治检疫站", attr="延续项目",
        money=[("资金总额", C(96, M), "财政拨款", C(96, M)), ("其他资金", C(0, M), None, None)],
        goals=["完成松材线虫病疫木除治8000株，监测面积12万亩，有害生物成灾率控制在3‰以下。"],
    )  # fmt: skip
    header(s, "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "松材线虫病疫木除治", "≥8000株", None),
            (None, None, "有害生物监测面积", "≥12万亩", None),
            (None, "质量指标", "疫木除治质量合格率", "≥95%", None),
            (None, "时效指标", "春季除治完成时间", "3月31日前", None),
            (None, "成本指标", "疫木除治单价", "≤85元/株", None),
            ("效益指标", "生态效益指标", "林业有害生物成灾率", "≤3‰", None),
            (None, "可持续影响指标", "有害生物监测预警网络", "持续完善", None),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%", None),
        ],
        merged=(1, 2),
    )
    signature(s, "罗振华", "彭晓琳", "0774-5520187", day(2025, 11, 25))
    return b
