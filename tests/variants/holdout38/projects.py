"""Project tables (§3.1) of the 38th held-out set: air monitoring, sewage, afforestation and
river cleaning, with one value column or 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout38.parts import header, notes, signature
from tests.variants.holdout38.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, ok, pct

M = "0.00"


@variant("iv01-air-monitoring-ok", (1, 11), "project, NAT-2021 with 成本 first, operator and "
         "unit columns, percent cells (0% and 0.0%), PM2.5 in μg/m³ with ≤")  # fmt: skip
def air_monitoring_ok() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 28, 10, 14, 14))
    project_head(
        s, year=2026, name="大气环境自动监测站运维项目", dept="澄溪县生态环境局（311）",
        unit="澄溪县生态环境监测站", attr="延续项目",
        money=[("年度资金总额", C(110, M), "其中：财政拨款", C(110, M)),
               ("其他资金", C(0, M), None, None)],
        goals=["保障全县12个空气自动监测站全年稳定运行，数据有效率不低于90%，"
               "为大气污染防治提供准确、及时的监测数据。"],
    )  # fmt: skip
    header(s, "比较符", "指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "单站年度运维成本", "≤", C(8.5, M), "万元/个"),
            ("产出指标", "数量指标", "空气自动监测站运维数量", "≥", 12, "个"),
            (None, None, "环境空气手工监测样品数", "≥", 1460, "个"),
            (None, "质量指标", "监测数据有效率", "≥", pct(0.9), "%"),
            (None, "时效指标", "数据传输及时率", "≥", pct(0.95), "%"),
            (None, None, "设备故障响应时间", "≤", 24, "小时"),
            ("效益指标", "生态效益指标", "空气质量优良天数比例", "≥", pct(0.865, "0.0%"), "%"),
            (None, None, "PM2.5年平均浓度", "≤", 33, "μg/m³"),
            (None, "可持续影响指标", "监测设备完好率", "≥", pct(0.95), "%"),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    signature(s, "林晓岚", "周卫东", "0571-6632418", day(2025, 11, 14))
    return b


@variant("iv02-sewage-operation", (11,), "project, OLD-NAT (成本 under 产出), operators inside "
         "one value column: a rate without %, a malformed operator, a 投诉率 with ≥")  # fmt: skip
def sewage_operation() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="城镇污水处理厂运行补助", dept="梧岭县住房和城乡建设局",
        unit="梧岭县排水管理所", attr="常年项目",
        money=[("资金总额", C(1200, M), "财政拨款", C(1200, M)),
               ("其他资金", C(0, M), None, None)],
        goals=["保障县城两座污水处理厂稳定运行，全年处理污水不少于1100万吨，出水稳定达到一级A标准。"],
    )  # fmt: skip
    header(s, "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "污水处理量", "≥1100万吨", None),
            (None, None, "污水管网巡查里程", "≥360公里", None),
            (
                None,
                "质量指标",
                "城镇污水处理率",
                mk("≥95", "T105", "warning", note="a rate without %"),
                None,
            ),
            (
                None,
                None,
                "出水水质达标率",
                mk("≥≤90%", "T116", "error", note="two operators: intent unknown"),
                None,
            ),
            (None, "时效指标", "设施故障修复时限", "48小时内", None),
            (None, "成本指标", "污水处理单价", "≤1.05元/吨", "按运营合同"),
            ("效益指标", "生态效益指标", "化学需氧量（COD）削减量", "≥2600吨", None),
            (
                None,
                "社会效益指标",
                "污水外溢群众投诉率",
                mk("≥5%", "T108", "warning", row=True, note="a 反向 rate with ≥"),
                None,
            ),
            (None, "可持续影响指标", "污泥无害化处置率", "≥95%", None),
            ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant("iv03-afforestation-ok", (10, 12), "project, NAT-2021 (产出 → 成本 → 效益 → 满意度), 亩 "
         "and a subsidy per 亩, a detail block adding up, a rise in 百分点")  # fmt: skip
def afforestation_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 18, 18, 18))
    project_head(
        s, year=2026, name="国土绿化人工造林补助项目", dept="栖霞岭县林业局",
        unit="栖霞岭县东坪林业站", attr="一次性项目", start=day(2026, 2, 1),
        end=day(2026, 11, 30),
        money=[("资金总额", C(120, WAN), "财政拨款", C(96, WAN)),
               ("其他资金", C(24, WAN), None, None)],
        goals=["完成人工造林1200亩，苗木成活率不低于85%，新造林地纳入管护，森林覆盖率稳步提高。"],
    )  # fmt: skip
    s.row("资金明细", "苗木购置", C(72, WAN), "整地及栽植", C(30, WAN), None)
    s.row(None, "抚育管护", C(18, WAN), "合计", C(120, WAN), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    header(s, "指标值", "备注", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "新造林面积", "≥1200亩", None, "计划标准"),
            (None, "质量指标", "造林苗木成活率", "≥85%", "当年秋季核查", "行业标准"),
            (None, "时效指标", "春季造林完成时间", "4月30日前", None, "计划标准"),
            ("成本指标", "经济成本指标", "造林补助标准", "≤800元/亩", "中央和省级补助", "计划标准"),
            ("效益指标", "生态效益指标", "森林覆盖率提高", "≥0.3个百分点", None, "历史标准"),
            (None, "社会效益指标", "带动农户参与造林务工", "≥300人次", None, "计划标准"),
            (None, "可持续影响指标", "新造林地管护期", "≥3年", None, "行业标准"),
            ("满意度指标", "服务对象满意度指标", "造林农户满意度", "≥90%", None, "其他标准"),
        ],
        merged=(1, 2),
    )
    notes(
        s, ["注：造林补助标准800元/亩 × 1200亩 = 96万元，由财政拨款安排；其他资金为村集体自筹。"], 6
    )
    return b


@variant("iv04-degraded-forest-money", (12,), "project, NAT-2021, money block and detail lines "
         "that do not add up, a subsidy per 亩 that exceeds the budget")  # fmt: skip
def degraded_forest_money() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="退化林修复补助项目", dept="青樟县自然资源和林业局",
        unit="青樟县北岗林业站", attr="新增项目",
        money=[("资金总额", mk(C(150, M), "B101", "error", row=True, note="120 + 20 = 140"),
                "财政拨款", C(120, M)),
               ("其他资金", C(20, M), None, None)],
        goals=["修复退化林1200亩，补植补造苗木成活率不低于85%，林分质量明显提升。"],
    )  # fmt: skip
    s.row("资金明细（万元）", "苗木及补植", C(80, M), "修复施工", C(45, M), None)
    s.row(None, "抚育管护", C(20, M), "合计",
          mk(C(150, M), "B102", "error", row=True, note="80 + 45 + 20 = 145"), None)  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    header(s, "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "退化林修复面积", "≥1200亩", None),
            (None, "质量指标", "补植苗木成活率", "≥85%", None),
            (None, "时效指标", "修复任务完成时间", "11月30日前", None),
            (
                "成本指标",
                "经济成本指标",
                "退化林修复补助标准",
                mk(
                    "≤1500元/亩",
                    "B107",
                    "warning",
                    row=True,
                    note="1500 × 1200 = 180万元 > 150万元",
                ),
                None,
            ),
            (
                "效益指标",
                "生态效益指标",
                "修复区林分郁闭度",
                ok("≥0.6", note="an index without a unit: a unit warning is shrugged at"),
                None,
            ),
            (None, "可持续影响指标", "修复林地管护期", "≥3年", None),
            ("满意度指标", "服务对象满意度指标", "林权户满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant("iv05-river-cleaning-ok", (8,), "three-year project, 中期 and 年度 columns: cumulative "
         "counts smaller in the year, the same river length and rates in both")  # fmt: skip
def river_cleaning_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=2026, years=3, name="城区河道保洁长效管护项目", dept="云泽县河长制办公室",
        unit="云泽县河道管理所", attr="延续项目",
        money=[("中期资金总额", C(540, M), "年度资金总额", C(180, M)),
               ("其中：财政拨款", C(540, M), "其中：财政拨款", C(180, M))],
        goals=["2026—2028年对城区86公里河道实行常态化保洁，三年清运河道垃圾不少于5400吨，"
               "河道水面保洁达标率保持在95%以上。",
               "2026年完成86公里河道日常保洁，清运河道垃圾不少于1800吨，水面漂浮物及时清理。"],
    )  # fmt: skip
    header(s, "中期指标值", "年度指标值")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "河道保洁长度",
                "≥86公里",
                ok("≥86公里", note="the same rivers every year: a length, not a cumulative count"),
            ),
            (None, None, "河道垃圾清运量", "≥5400吨", "≥1800吨"),
            (None, None, "河道保洁巡查频次", "≥2次/周", "≥2次/周"),
            (None, "质量指标", "河道水面保洁达标率", "≥95%", "≥95%"),
            (None, "时效指标", "水面漂浮物清理及时率", "≥95%", "≥95%"),
            ("成本指标", "经济成本指标", "河道保洁成本", "≤2万元/公里·年", "≤2万元/公里·年"),
            ("效益指标", "生态效益指标", "城区主要河流断面水质达标率", "≥90%", "≥90%"),
            (None, "可持续影响指标", "河道保洁长效管护机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    signature(s, "许明哲", "戴春燕", "0573-8821905", day(2025, 12, 2))
    return b


@variant(
    "iv06-river-dredging-copied",
    (8,),
    "two-year project, 中期 and 年度 columns: the 中期 "
    "goal copied into the year, cumulative counts copied, one annual count above the period",
)
def river_dredging_copied() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    goal = "2026—2027年完成白鹭溪等5条河道清淤32公里，建设河道视频监控点10个，河道水质稳定达标。"
    project_head(
        s, year=2026, years=2, name="中小河道清淤及智慧监管项目", dept="白鹭县水利局",
        unit="白鹭县河长制办公室", attr="新增项目",
        money=[("中期资金总额", C(860, M), "年度资金总额", C(520, M)),
               ("其中：财政拨款", C(860, M), "其中：财政拨款", C(520, M))],
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copies 中期目标")],
    )  # fmt: skip
    header(s, "中期指标值", "年度指标值")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "河道清淤长度",
                "≥32公里",
                mk("≥32公里", "D202", "warning", note="cumulative, copied"),
            ),
            (
                None,
                None,
                "清淤土方量",
                "≥9.6万立方米",
                mk("≥9.6万立方米", "D202", "warning", note="cumulative, copied"),
            ),
            (
                None,
                None,
                "新建河道视频监控点",
                "≥10个",
                mk("≥12个", "D201", "error", note="annual 12 > period 10"),
            ),
            (None, "质量指标", "清淤工程验收合格率", "=100%", "=100%"),
            (None, "时效指标", "年度清淤任务完成时间", "12月31日前", "12月31日前"),
            (
                "成本指标",
                "经济成本指标",
                "河道清淤单位成本",
                "≤22万元/公里",
                mk(
                    "≤22万元/公里",
                    "*",
                    "warning",
                    row=True,
                    required=False,
                    note="22 × the copied 32 公里 > the year's 520: follows from the copy",
                ),
            ),
            ("效益指标", "生态效益指标", "清淤河道水质达标率", "≥90%", "≥90%"),
            (None, "社会效益指标", "河道防洪排涝能力", "有效提升", "有效提升"),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b
