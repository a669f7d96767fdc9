"""Returns of the riverbank ecological restoration projects: kbh07–kbh12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout726.common import (
    YEAR,
    indicators,
    lines,
    multi_year,
    note,
    one_year,
    sign,
    start,
)
from tests.variants.holdout726.common import wan as w
from tests.variants.holdout726.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
DEPT = "梧溪县水利局 417003"


@variant(
    "kbh07-bank-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "period counts above the year's, equal rates, a later year prepared for (correct)",
)
def bank_three_years() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="沙塘河中游河岸生态修复工程",
        dept=DEPT,
        unit="梧溪县河道管理站",
        money=multi_year((w(1200), w(1100), w(100)), (w(400), w(380), w(20))),
        goals=[
            "2025—2027年建设生态护岸6公里，恢复河岸植被450亩，为2028年全流域推广积累经验。",
            "2025年建设生态护岸2公里，恢复河岸植被150亩。",
        ],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "生态护岸建设长度", "≥6公里", "≥2公里"),
        (None, None, "河岸植被恢复面积", "≥450亩", "≥150亩"),
        (None, "质量指标", "苗木成活率", "≥85%", pct(0.85)),
        (None, "时效指标", "阶段工程完工时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "生态护岸单位造价", "≤150万元/公里", "≤150万元/公里"),
        ("效益指标", "生态效益指标", "河岸植被覆盖率较实施前提高", "≥15百分点", "≥5百分点"),
        (None, "可持续影响指标", "护岸工程设计使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "沿岸居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "闵朝岚", "0736-5833016")
    return b


@variant(
    "kbh08-bank-export",
    (7, 9),
    "budget-system export: detail sheet 05-1, indicator "
    "sheet 05-2 with codes in the first columns and the header on the third row (correct)",
)
def bank_export() -> Book:
    b = Book()
    s = b.sheet("项目支出预算05-1", (20, 26, 16, 30))
    s.row("项目支出预算表", merge=[(1, 4)])
    s.row("单位：梧溪县生态环境分局", None, None, "单位：万元")
    s.row("项目编码", "项目名称", "金额", "支出明细")
    code = "330521250000000012"
    s.table([
        (code, "枫渡溪河岸植草护坡项目", w(96), "河岸植草4万平方米"),
        (None, None, w(64), "乔灌木补植3200株"),
        (None, None, w(22), "设计及监理"),
        (None, None, w(28), "一年期养护"),
        ("合计", None, w(210), "财政拨款210万元"),
    ], merged=(1, 2))  # fmt: skip
    s.row("年度目标", "完成枫渡溪河岸植草4万平方米、补植乔灌木3200株，11月底前完工。",
          merge=[(2, 4)])  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (20, 20, 12, 14, 26, 10, 12, 12))
    t.row("项目支出绩效目标表", merge=[(1, 8)])
    t.row("单位：梧溪县生态环境分局")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
          "计量单位")  # fmt: skip
    t.table([
        (code, "枫渡溪河岸植草护坡项目", "产出指标", "数量指标", "河岸植草面积", "≥", 40000,
         "平方米"),
        (None, None, None, None, "补植乔灌木数量", "≥", 3200, "株"),
        (None, None, None, "质量指标", "苗木成活率", "≥", 90, "%"),
        (None, None, None, "时效指标", "工程完工时间", "≤", day(YEAR, 11, 30), None),
        (None, None, "成本指标", "经济成本指标", "河岸植草单位成本", "≤", 24, "元/平方米"),
        (None, None, "效益指标", "生态效益指标", "河岸水土流失面积下降率", "≥", 30, "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "沿溪村民满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "kbh09-bank-points",
    (10,),
    "project, OLD-NAT, tier labels with points and an "
    "indicator score column, both adding to 100, a rise in 百分点, a note on the total "
    "(correct)",
)
def bank_points() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="沙塘河下游河岸带生态修复项目",
        dept=DEPT,
        unit="梧溪县河道管理站",
        money=one_year(w(180), w(160), w(20)),
        goals=["修复沙塘河下游河岸带3.5公里，补植水生植物1.2万平方米，10月底前完工。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "修复河岸带长度", "≥3.5公里", 15),
        (None, None, "补植水生植物面积", "≥12000平方米", 15),
        (None, "2.质量指标", "植物成活率", pct(0.9), 10),
        (None, "3.时效指标", "工程完工时间", "2025年10月31日前", 5),
        (None, "4.成本指标", "单位长度修复成本", "≤45万元/公里", 5),
        ("二、效益指标（40分）", "1.生态效益指标", "河岸带植被覆盖率提高", "≥6百分点", 15),
        (None, None, "水体透明度", "≥0.8米", 10),
        (None, "2.可持续影响指标", "河岸带管护机制", "建立并执行", 15),
        ("三、满意度指标（10分）", "1.服务对象满意度指标", "沿岸居民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    note(s, "注：一级指标分值为其下三级指标分值之和，合计100分。", 5)
    sign(s, "闵朝岚", "0736-5833016")
    return b


@variant(
    "kbh10-bank-two-years",
    (8, 12),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "年度目标 copied from 中期目标, a year's length above the period's, annual money above",
)
def bank_two_years() -> Book:
    b, s = start()
    text = "建设生态护坡10公里，恢复河岸植被300亩，河岸带植被覆盖率提高10个百分点。"
    project_head(
        s,
        year=YEAR,
        years=2,
        name="岚湾溪河岸生态护坡工程",
        dept=DEPT,
        unit="梧溪县岚湾镇人民政府",
        money=multi_year(
            (w(600), w(560), w(40)),
            (mk(w(650), "B103", "error", note="年度资金650万元大于中期资金600万元"), w(610), w(40)),
        ),
        goals=[text, mk(text, "D204", "warning", note="两年期项目的年度目标照抄中期目标")],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "生态护坡建设长度", "≥10公里",
         mk("≥12公里", "D201", "error", note="一年的长度超过两年实施期的10公里")),
        (None, None, "河岸植被恢复面积", "≥300亩", "≥140亩"),
        (None, "质量指标", "护坡工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "工程完工时间", "2026年11月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "生态护坡单位造价", "≤55万元/公里", "≤55万元/公里"),
        ("效益指标", "生态效益指标", "河岸带植被覆盖率提高", "≥10百分点", "≥4百分点"),
        ("满意度指标", "服务对象满意度指标", "沿岸居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "卓听澜", "0736-5840772")
    return b


@variant(
    "kbh11-bank-wrong-tier",
    (5, 12),
    "project, OLD-NAT, labels with * and ★, unit column: "
    "a satisfaction rate under 社会效益, a cost per 亩 × area above the money",
)
def bank_wrong_tier() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="鹭港河滩地湿地植被恢复项目",
        dept="鹤汀区水务局 508112",
        unit="鹤汀区河道管理所",
        money=one_year(w(120), w(120), w(0)),
        goals=["恢复鹭港河滩地湿地植被200亩，建设科普步道1.5公里。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("*产出指标", "★数量指标", "湿地植被恢复面积", "≥200", "亩"),
        (None, None, "科普步道建设长度", "≥1.5", "公里"),
        (None, "质量指标", "植被成活率", "≥85", "%"),
        (None, "时效指标", "工程完工时间", "2025年11月30日前", None),
        (None, "成本指标", "湿地植被恢复单位成本",
         mk("≤0.8", "B107", "warning", row=True, note="0.8万元/亩 × 200亩 = 160万元，超过120万元"),
         "万元/亩"),
        ("*效益指标", "生态效益指标", "滩地裸露面积下降率", "≥40", "%"),
        (None, "社会效益指标", mk("周边居民满意度", "F201", "warning", row=True,
                                  note="满意度填在社会效益指标下，应属满意度指标"), "≥90", "%"),
        ("*满意度指标", "服务对象满意度指标", "科普步道游客满意度", "≥90", "%"),
    ])  # fmt: skip
    sign(s, "舒砚川", "0758-6624135")
    return b


@variant(
    "kbh12-bank-money",
    (12,),
    "project, OLD-NAT, detail lines under the table: the head's "
    "parts and the lines' 合计 do not add up, an indicator below the goal's length",
)
def bank_money() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="枫渡溪河岸生态缓冲带建设项目",
        dept=DEPT,
        unit="梧溪县枫渡镇人民政府",
        money=[
            [
                "年度资金总额",
                mk(w(250), "B101", "error", note="230 + 30 = 260 ≠ 250"),
                "其中：财政拨款",
                w(230),
            ],
            ["其他资金", w(30), None, None],
        ],
        goals=["建设枫渡溪河岸生态缓冲带5.2公里，拦截面源污染入河。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "生态缓冲带建设长度",
         mk("≥4.2公里", "D104", "warning", note="年度目标写5.2公里")),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "2025年12月15日前"),
        (None, "成本指标", "缓冲带单位造价", "≤45万元/公里"),
        ("效益指标", "生态效益指标", "入河总磷负荷削减率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "沿溪村民满意度", "≥90%"),
    ])  # fmt: skip
    lines(
        s,
        "项目支出明细",
        [
            ("缓冲带土方及植草", w(120), "5.2公里"),
            ("乔灌木种植", w(68), "按设计清单"),
            ("拦污设施", w(40), "12处"),
            ("设计监理", w(22), "按合同"),
        ],
        mk(w(240), "B102", "error", alt=("B101",), note="120 + 68 + 40 + 22 = 250 ≠ 240"),
    )
    return b
