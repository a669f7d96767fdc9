"""Pineapple (菠萝) returns: dh07-dh12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout570.common import HEAD4, YEAR, book, funds, indicators, m, notes, sign
from tests.variants.holdout570.registry import variant
from tests.variants.kit import Book, day, mk

GOAL = "建成菠萝新品种示范基地，推广“金钻”“西瓜菠萝”等良种，带动种植户提质增收。"


@variant("dh07-variety-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 中期目标 text copied, an annual count above its period count, a cumulative "
         "count copied")  # fmt: skip
def variety_three_years() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="菠萝良种繁育与示范推广项目",
                 dept="澄沙县农业农村局", unit="澄沙县热带水果研究站", attr="新增项目",
                 money=funds(m(360), m(300), m(60), annual=(m(120), m(100), m(20))),
                 goals=[GOAL, mk(GOAL, "D204", "warning",
                                 note="3-year project: 年度目标 = 中期目标")])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "新品种示范种植面积", "≥3000亩", "≥1000亩"),
        (None, None, "菠萝良种种苗繁育数量", "≥450万株",
         mk("≥500万株", "D201", "error", note="annual 500万株 above the period's 450万株")),
        (None, None, "种植户技术培训人次", "≥1800人次",
         mk("≥1800人次", "D202", "warning", note="cumulative count copied to the year")),
        (None, "质量指标", "良种种苗纯度", "≥98%", "≥98%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "示范种植补助标准", "≤800元/亩", "≤800元/亩"),
        ("效益指标", "经济效益指标", "示范户亩均增收", "≥1200元/亩", "≥1200元/亩"),
        (None, "可持续影响指标", "良种推广覆盖乡镇数", "≥9个", "≥3个"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dh08-packing-one-year", (8,), "one-year project with 中期 and 年度 columns and goals "
         "legitimately identical (correct)")  # fmt: skip
def packing_one_year() -> Book:
    b, s = book()
    goal = "建成菠萝采后分级包装线2条，年处理鲜果6000吨。"
    project_head(s, year=YEAR, name="菠萝采后商品化处理项目", dept="岭汀区农业农村局",
                 unit="岭汀区棠溪菠萝专业合作社联合社", money=funds(m(110), m(90), m(20)),
                 goals=[goal, goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "分级包装线建设数量", "≥2条", "≥2条"),
        (None, None, "鲜果商品化处理量", "≥6000吨", "≥6000吨"),
        (None, "质量指标", "分级包装设备验收合格率", "=100%", "=100%"),
        (None, "时效指标", "包装线投产时间", "2025年3月31日前", "2025年3月31日前"),
        ("成本指标", "经济成本指标", "单条包装线建设成本", "≤45万元/条", "≤45万元/条"),
        ("效益指标", "经济效益指标", "商品果售价提高", "≥0.3元/斤", "≥0.3元/斤"),
        (None, "社会效益指标", "带动用工人数", "≥60人", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dh09-drip-money", (12,), "one-year project, OLD-NAT: 年度资金总额 ≠ 财政拨款 + "
         "其他资金, a unit cost × area above the money")  # fmt: skip
def drip_money() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="菠萝园滴灌设施补助项目", dept="蕉湾市农业农村局",
                 unit="蕉湾市农田水利技术推广站", attr="一次性项目", goals=[
                     "补助菠萝园安装滴灌设施1500亩，缓解春旱。"],
                 money=[["年度资金总额",
                         mk(m(130), "B101", "error", note="100 + 20 = 120, not 130"),
                         "其中：财政拨款", m(100)],
                        ["其他资金", m(20), None, None]])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "滴灌设施安装面积", "≥1500亩"),
        (None, "质量指标", "滴灌设施验收合格率", "≥95%"),
        (None, "时效指标", "设施安装完成时间", "2025年4月30日前"),
        (None, "成本指标", "滴灌设施补助标准",
         mk("≤900元/亩", "B107", "warning", row=True,
            note="1500亩 × 900元 = 135万元, above the 130 (or 120) 万元 of the project")),
        ("效益指标", "经济效益指标", "菠萝亩均增产", "≥300公斤"),
        (None, "生态效益指标", "亩均灌溉用水减少", "≥40立方米"),
        ("满意度指标", "服务对象满意度指标", "受补助农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dh10-harvester-notes", (4,), "project, OLD-NAT, one value column; an instruction "
         "row inside the table, a 注 row between tiers, footnotes, 填表说明, signature and "
         "a fill date in the year before (correct)")  # fmt: skip
def harvester_notes() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="菠萝机械化采收试点项目", dept="棠浦镇人民政府",
                 unit="棠浦镇农机服务站", money=funds(m(48), m(48), m(0)),
                 goals=["购置菠萝采收辅助机械12台，试点机械化采收800亩。"])  # fmt: skip
    s.row(*HEAD4)
    notes(s, "（三级指标可根据项目实际增加行，指标值须含比较符和单位）", width=4)
    s.table([
        ("产出指标", "数量指标", "采收辅助机械购置数量", "≥12台"),
        (None, None, "机械化采收试点面积", "≥800亩"),
        (None, "质量指标", "机械采收果实损伤率", "≤3%"),
        (None, "时效指标", "机械到位时间", "2025年2月28日前"),
        (None, "成本指标", "单台机械购置成本", "≤3.5万元/台"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：成本指标按政府采购询价结果填列。", width=4)
    s.table([
        ("效益指标", "经济效益指标", "亩均采收人工成本下降率", "≥30%"),
        (None, "社会效益指标", "培训农机手人数", "≥24人"),
        ("满意度指标", "服务对象满意度指标", "试点种植户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：12台 × 3.5万元 = 42万元，其余6万元用于农机手培训和试点作业补助，合计48万元。",
          "填表说明：1.指标值应含比较符和计量单位；2.金额单位为万元。")  # fmt: skip
    sign(s, "莫家豪", "0768-5827314", day(YEAR - 1, 12, 9))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）", None, None)
    return b


@variant("dh11-labels-points", (5,), "project, NAT-2021, tier labels numbered with points "
         "(一、产出指标（50分）), numbered tier-2, abbreviations, ★ (correct)")  # fmt: skip
def labels_points() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="菠萝黑心病绿色防控示范项目", dept="岭汀区农业农村局",
                 unit="岭汀区植保植检站", money=funds(m(55), m(45), m(10)),
                 goals=["建设菠萝黑心病绿色防控示范区1000亩，降低黑心病发生率。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（年度）"), [
        ("一、产出指标（50分）", "（一）数量", "绿色防控示范区面积", "≥1000亩"),
        (None, None, "防控物资发放户数", "≥320户"),
        (None, "（二）质量", "★防控技术到位率", "≥95%"),
        (None, "（三）时效", "防控物资发放时间", "2025年3月15日前"),
        ("二、成本指标（10分）", "（一）经济成本", "每亩防控物资成本", "≤350元/亩"),
        ("三、效益指标（30分）", "1.经济效益", "示范区亩均减损", "≥150公斤"),
        (None, "2.生态效益", "化学农药使用量下降率", "≥15%"),
        (None, "3.可持续影响", "绿色防控技术推广乡镇数", "≥4个"),
        ("四、满意度指标（10分）", "★服务对象满意度", "示范户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dh12-tier-parent", (5,), "project, OLD-NAT, one value column: a tier-2 under the "
         "wrong tier-1, a rate above 100%")  # fmt: skip
def tier_parent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="菠萝老果园改植更新项目", dept="澄沙县农业农村局",
                 unit="澄沙县经济作物技术推广站", money=funds(m(75), m(60), m(15)),
                 goals=["改植更新菠萝老果园600亩，更新良种种苗。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "老果园改植面积", "≥600亩"),
        (None, "质量指标", "改植种苗成活率",
         mk("≥102%", "T106", "error", note="a survival rate cannot exceed 100%")),
        (None, "时效指标", "改植完成时间", "2025年6月30日前"),
        (None, "成本指标", "每亩改植补助标准", "≤1000元/亩"),
        (None, mk("社会效益指标", "F105", "error",
                  note="社会效益指标 belongs under 效益指标, not 产出指标"),
         "带动就业人数", "≥80人"),
        ("效益指标", "经济效益指标", "改植果园亩均增收", "≥2000元/亩"),
        (None, "可持续影响指标", "良种覆盖率提高", "≥10百分点"),
        ("满意度指标", "服务对象满意度指标", "改植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
