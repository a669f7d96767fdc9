"""Seed renewal returns: highland barley (青稞) and buckwheat (荞麦) seed breeding, purification
and exchange (cx01-cx06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout560.common import (
    indicators,
    multi_year,
    new_book,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout560.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")

CX01_ROWS = [
    ("产出指标", "数量指标", "青稞原种繁育面积", "≥", 120, "亩"),
    (None, None, "青稞良种繁育面积", "≥", 1800, "亩"),
    (None, None, "向农户调换青稞良种", "≥", 27, "万公斤"),
    (None, "质量指标", "良种发芽率", "≥", pct(0.85), "%"),
    (None, None, "良种纯度", "≥", pct(0.98), "%"),
    (None, "时效指标", "良种调换完成时间", "≤", day(2025, 4, 30, CN_DATE), None),
    (None, "成本指标", "良种繁育补助标准", "≤", 400, "元/亩"),
    ("效益指标", "经济效益指标", "亩均增产青稞", "≥", 15, "公斤"),
    (None, "社会效益指标", "青稞良种覆盖率提高", "≥", 5, "百分点"),
    (None, "可持续影响指标", "良种三级繁育体系运行", "定性", "健全", None),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
]


@variant("cx01-barley-seed-percent-cells", (1, 10),
         "project, OLD-NAT, operator column (指标性质) and unit column, percent cells typed in "
         "Excel, 万元 in the number format, a coverage rise in 百分点 (correct)")  # fmt: skip
def cx01() -> Book:
    b, s = new_book()
    project_head(
        s, year=2025, name="青稞良种繁育与更新推广项目", dept="嘎桑县农牧局（217）",
        unit="嘎桑县种子管理站", money=one_year(wan(186.4), wan(160), wan(26.4)),
        goals=["繁育青稞原种120亩、良种1800亩，春播前向朗雪、措玛两乡农户调换良种27万公斤，"
               "青稞良种覆盖率提高5个百分点。"],
    )  # fmt: skip
    indicators(s, OP_HEAD, CX01_ROWS)
    notes(s, "注：繁育补助按实际繁育面积核定，良种调换实行“以粮换种”，差价由财政补助。")
    signature(s, "白玛次仁", "0893-7712406", day(2024, 11, 26), head="单位负责人：格桑旺堆")
    return b


CX02_ROWS = [
    ("产出指标", "数量指标", "荞麦提纯复壮田面积", "≥", 300, "亩"),
    (None, None, "发放甜荞、苦荞良种", "≥", 6, "万公斤"),
    (
        None,
        "质量指标",
        "良种发芽率",
        "≥",
        mk(pct(1.05), "T106", "error", note="a germination rate is capped at 100 %"),
        "%",
    ),
    (None, None, "种子净度", "≥", pct(0.98), "%"),
    (
        None,
        None,
        "入库种子霉变率",
        mk("≥", "T108", "warning", row=True, note="霉变率 is 反向: ≥2% sets a floor on mould"),
        pct(0.02),
        "%",
    ),
    (None, "时效指标", "良种发放完成时间", "≤", day(2025, 5, 15), None),
    (None, "成本指标", "提纯复壮补助标准", "≤", 500, "元/亩"),
    ("效益指标", "经济效益指标", "种植户亩均增收", "≥", 120, "元"),
    (
        None,
        "社会效益指标",
        "荞麦良种覆盖率",
        "≥",
        mk(4000, "T105", "error", note="a coverage rate given as an area in 亩"),
        "亩",
    ),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
]


@variant("cx02-buckwheat-seed-percent-wrong", (1, 11),
         "project, OLD-NAT, 比较符 and unit columns, header 考核指标 / 目标值（年度）: a typed "
         "percent over 100, ≥ on a mould rate, a coverage rate given in 亩")  # fmt: skip
def cx02() -> Book:
    b, s = new_book()
    project_head(
        s, year=2025, name="荞麦良种提纯复壮项目", dept="岗觉县农业农村局（305）",
        unit="岗觉县农业技术推广站", money=one_year(wan(94.5), wan(80), wan(14.5)),
        goals=["建设甜荞、苦荞提纯复壮田300亩，向种植户发放良种6万公斤，提高荞麦单产和品质。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "考核指标", "比较符", "目标值（年度）", "计量单位")
    indicators(s, header, CX02_ROWS)
    signature(s, "洛桑多吉", "0896-5520318", day(2025, 1, 8))
    return b


CX03_ROWS = [
    ("成本指标", "经济成本指标", "繁育基地建设补助标准", "≤1500元/亩", "≤1500元/亩"),
    (None, "生态环境成本指标", "基地农药使用量增长率", "≤0%", "≤0%"),
    ("产出指标", "数量指标", "建成良种繁育基地面积", "≥3000亩", "≥1000亩"),
    (None, None, "累计供应青稞良种", "≥90万公斤", "≥30万公斤"),
    (None, "质量指标", "良种纯度", pct(0.98), pct(0.98)),
    (None, "时效指标", "年度繁育任务完成时间", "每年10月31日前", "2025年10月31日前"),
    ("效益指标", "经济效益指标", "示范区亩均增产", "≥20公斤", "≥15公斤"),
    (None, "可持续影响指标", "全县青稞良种覆盖率", "≥95%", "≥88%"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%"),
]


@variant("cx03-barley-base-three-years", (8, 7),
         "three-year project (2025-2027), NAT-2021 with 成本 first, two-row header 绩效指标值 "
         "over 中期 and 年度, cumulative counts below their period values (correct)")  # fmt: skip
def cx03() -> Book:
    b, s = new_book()
    project_head(
        s, year=2025, years=3, name="青稞良种繁育基地建设项目", dept="嘎桑县农牧局（217）",
        unit="嘎桑县种子管理站", attr="新增项目",
        money=multi_year((wan(540), wan(450), wan(90)), (wan(200), wan(170), wan(30))),
        goals=["2025—2027年建成青稞良种繁育基地3000亩，累计供应良种90万公斤，全县青稞良种"
               "覆盖率达到95%以上。",
               "2025年建成繁育基地1000亩，供应良种30万公斤，全县青稞良种覆盖率达到88%以上。"],
    )  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "绩效指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2027年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table(CX03_ROWS, merged=(1, 2))
    notes(s, "说明：良种覆盖率为全县青稞播种面积中使用良种的比例。")
    signature(s, "次旦卓玛", "0893-7712415", day(2025, 1, 6))
    return b


GOAL_CX04 = ("建设苦荞、甜荞良种更新示范田2000亩，培训种植户1200人次，荞麦良种覆盖率达到80%以上，"
             "示范田亩产提高10%以上。")  # fmt: skip

CX04_ROWS = [
    (
        "产出指标",
        "数量指标",
        "良种更新示范田面积",
        "≥2000亩",
        mk("≥2000亩", "D202", "warning", note="a cumulative area copied from the 中期 column"),
    ),
    (
        None,
        None,
        "培训荞麦种植户",
        "≥1200人次",
        mk("≥1200人次", "D202", "warning", note="a cumulative count copied from the 中期 column"),
    ),
    (None, None, "供应荞麦良种", "≥40万公斤", "≥20万公斤"),
    (None, "质量指标", "良种发芽率", "≥85%", "≥85%"),
    (None, "时效指标", "示范田播种完成时间", "每年5月31日前", "2025年5月31日前"),
    (None, "成本指标", "示范田良种补助标准", "≤600元/亩", "≤600元/亩"),
    ("效益指标", "经济效益指标", "示范田亩产提高", "≥10%", "≥10%"),
    (None, "社会效益指标", "荞麦良种覆盖率", "≥80%", "≥70%"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
]


@variant("cx04-buckwheat-two-years-copied", (8,),
         "two-year project (2025-2026), OLD-NAT, 中期指标值 and 年度指标值 columns: the 年度目标 "
         "copied from the 中期目标, two cumulative counts copied into the annual one")  # fmt: skip
def cx04() -> Book:
    b, s = new_book()
    project_head(
        s, year=2025, years=2, name="荞麦良种更新示范项目", dept="岗觉县农业农村局（305）",
        unit="岗觉县农业技术推广站",
        money=multi_year((wan(320), wan(280), wan(40)), (wan(160), wan(140), wan(20))),
        goals=[GOAL_CX04, mk(GOAL_CX04, "D204", "warning", note="年度目标 = 中期目标 verbatim")],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, header, CX04_ROWS)
    signature(s, "扎西平措", "0896-5520322", day(2025, 1, 9))
    return b


CX05_ROWS = [
    ("一、产出指标（40分）", "1.数量指标", "引进苦荞新品种", "≥4个"),
    (None, None, "新品种试验示范面积", "≥500亩"),
    (None, "2.质量指标", "试验数据记录完整率", "=100%"),
    (None, None, "示范田种子纯度", "≥97%"),
    (None, "3.时效指标", "试验田播种完成时间", "5月20日前"),
    ("二、成本指标（20分）", "1.经济成本指标", "引种试验成本", "≤800元/亩"),
    ("三、效益指标（30分）", "1.社会效益指标", "新品种示范带动农户", "≥300户"),
    (None, "2.生态效益指标", "示范田化学农药使用量下降率", "≥10%"),
    ("四、满意度指标（10分）", "1.服务对象满意度指标", "示范户满意度", "≥90%"),
]


@variant("cx05-buckwheat-numbered-labels", (5, 7),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）, 1.数量指标), "
         "headers 指标内容 and 绩效标准, =100% on a completeness rate, ≥ on a 下降率 "
         "(correct)")  # fmt: skip
def cx05() -> Book:
    b, s = new_book()
    project_head(
        s, year=2025, name="苦荞新品种引进与更新试验项目", dept="嘎桑县农牧局（217）",
        unit="嘎桑县农业技术推广站", attr="一次性项目",
        money=one_year(wan(68), wan(60), wan(8)),
        goals=["引进苦荞新品种4个以上，在朗雪乡建设试验示范田500亩，筛选适宜高海拔种植的品种。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), CX05_ROWS)
    notes(s, "注：一级指标后括号内为该项分值，合计100分。")
    signature(s, "德吉央宗", "0893-7712433", day(2025, 1, 12))
    return b


CX06_ROWS = [
    ("产出指标", "数量指标", "良种入库储备量", "≥18万公斤"),
    (None, None, "良种调运乡镇", "≥7个"),
    (None, "质量指标", "储备良种质量抽检合格率", "≥98%"),
    (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥95%"),
    (None, "时效指标", "良种调运到乡时间", "4月10日前"),
    ("成本指标", "经济成本指标", "良种仓储费用", "≤0.12元/公斤·月"),
    ("效益指标", "社会效益指标", "春播良种供应保障率", "=100%"),
    (
        None,
        mk(
            "生态效益指标",
            "F109",
            "warning",
            row=True,
            note="a template tier-2 left with no indicator and no value",
        ),
        None,
        None,
    ),
    (None, "可持续影响指标", "良种储备制度", "建立并执行"),
    ("满意度指标", "服务对象满意度指标", "乡镇农技站满意度", "≥90%"),
]


@variant("cx06-barley-store-template-rows", (6, 13, 7),
         "project, NAT-2021, header 预期目标: a template tier-2 left empty and a value whose "
         "indicator name was never written")  # fmt: skip
def cx06() -> Book:
    b, s = new_book()
    project_head(
        s, year=2025, name="青稞良种储备与调运项目", dept="嘎桑县粮食和物资储备局（223）",
        unit="嘎桑县粮食储备库", money=one_year(wan(45), wan(40), wan(5)),
        goals=["储备青稞良种18万公斤，春播前调运到全县7个乡镇，保障春播用种。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), CX06_ROWS)
    signature(s, "尼玛拉姆", "0893-7716120", day(2025, 1, 15))
    return b
