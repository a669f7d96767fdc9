"""枸杞 orchards: zl07–zl12 (flat lists, 中期 and 年度, notes, direction)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout470.common import (
    BERRY_DEPT,
    YEAR,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout470.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "zl07-berry-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, weights add to 100 (correct)",
)
def zl07() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="杞源县枸杞产业发展中心",
        budget=[(wan(520), wan(480), wan(40), wan(210), wan(310))],
        goal="繁育枸杞良种苗木80万株，改造水肥一体化枸杞园2000亩，农残抽检合格率98%以上。",
        tasks=[
            ("枸杞良种繁育", "建设采穗圃，繁育良种苗木", wan(120), "繁育苗木≥80万株"),
            ("水肥一体化改造", "改造枸杞园滴灌设施", wan(110), "改造面积≥2000亩"),
            ("枸杞质量检测", "开展农残和重金属抽检", wan(80), "抽检≥400批次"),
            ("金额合计", None, wan(310), None),
        ],
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("枸杞良种苗木繁育数量", 20, "万株", "≥", 80),
        ("枸杞园水肥一体化改造面积", 15, "亩", "≥", 2000),
        ("枸杞农残抽检批次", 15, "批次", "≥", 400),
        ("枸杞农残抽检合格率", 15, "%", "≥", pct(0.98)),
        ("良种繁育补助标准", 10, "元/株", "≤", 1.2),
        ("枸杞鲜果霉变损耗率", 10, "%", "≤", pct(0.03)),
        ("种植户满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "马玉兰", "0953-4128867")
    return b


@variant(
    "zl08-berry-flat-defects",
    (3,),
    "department, flat list in another order (指标名称 · "
    "指标值 · 计量单位 · 权重): a value in 株 against a unit column in 亩, weights 95",
)
def zl08() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="杞源县沙柳湾镇农业综合服务站",
        budget=[(wan(260), wan(230), wan(30), wan(150), wan(110))],
        goal="统防统治枸杞病虫害3000亩，培训采摘技术600人次。",
        tasks=[
            ("枸杞病虫害统防统治", "购置药剂，组织统防作业", wan(60), "统防≥3000亩"),
            ("采摘技术培训", "举办鲜果采摘与分级培训", wan(50), "培训≥600人次"),
            ("金额合计", None, wan(110), None),
        ],
    )
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("枸杞病虫害统防统治面积",
         mk("≥3000株", "T112", "error", note="指标值单位“株”与计量单位列“亩”冲突"), "亩", 20),
        ("统防统治药剂补助标准", "≤80", "元/亩", 15),
        ("采摘技术培训人次", "≥600", "人次", 15),
        ("参训人员考核合格率", "≥90", "%", 15),
        ("枸杞鲜果农残超标率", "≤2", "%", 10),
        ("种植户满意度", "≥90", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+15+10+20 = 95，不是 100")
    sign(s, "马玉兰", "0953-4128867")
    return b


@variant(
    "zl09-berry-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 value "
    "columns: annual counts below the period, rates and unit costs equal (correct)",
)
def zl09() -> Book:
    b, s = start()
    project(
        s,
        "杞源县枸杞标准化基地三年建设项目",
        "杞源县枸杞产业发展中心",
        multi_year((900, 750, 150), (300, 250, 50)),
        [
            "三年新建标准化枸杞基地6000亩，带动600名脱贫人口就业。",
            "当年新建基地2000亩，栽植良种苗木22万株。",
        ],
        dept=BERRY_DEPT,
        years=3,
        attr="新增项目",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新建标准化枸杞基地面积", "≥6000亩", "≥2000亩"),
        (None, None, "良种苗木栽植数量", "≥66万株", "≥22万株"),
        (None, "质量指标", "苗木栽植成活率", "≥90%", "≥90%"),
        (None, "时效指标", "基地建设完成时间", "2027年10月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "基地建设亩均补助", "≤1200元/亩", "≤1200元/亩"),
        ("效益指标", "经济效益指标", "带动农户增收", "≥900万元", "≥150万元"),
        (None, "社会效益指标", "带动脱贫人口就业", "≥600人", "≥200人"),
        (None, "可持续影响指标", "基地管护期", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "基地农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "田建军", "0953-4120735")
    return b


@variant(
    "zl10-berry-two-years-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 "
    "columns: two cumulative counts copied, an annual count above its period count",
)
def zl10() -> Book:
    b, s = start()
    project(
        s,
        "杞源县枸杞低效老园更新改造项目",
        "杞源县枸杞产业发展中心",
        multi_year((400, 340, 60), (220, 190, 30)),
        [
            "两年更新改造低效枸杞老园3000亩，补植良种苗木33万株。",
            "当年改造老园1500亩，培训种植户采摘修剪技术。",
        ],
        dept=BERRY_DEPT,
        years=2,
    )
    copied = "两年期项目的累计数量，年度值照抄中期值"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "老园更新改造面积", "≥3000亩",
         mk("≥3000亩", "D202", "warning", note=copied)),
        (None, None, "补植良种苗木数量", "≥33万株", mk("≥33万株", "D202", "warning", note=copied)),
        (None, None, "采摘修剪技术培训人次", "≥800人次",
         mk("≥1000人次", "D201", "error", note="年度 1000 人次大于两年合计 800 人次")),
        (None, "质量指标", "补植苗木成活率", "≥90%", "≥90%"),
        (None, "时效指标", "改造完成时间", "2026年10月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "亩均改造补助", "≤700元/亩", "≤700元/亩"),
        ("效益指标", "经济效益指标", "更新园亩产增幅", "≥15%", "≥10%"),
        (None, "可持续影响指标", "更新园稳产年限", "≥8年", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "田建军", "0953-4120735")
    return b


@variant(
    "zl11-berry-notes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准; a 注 row "
    "inside the table, 说明 and 填表说明 rows, signature and date lines below (correct)",
)
def zl11() -> Book:
    b, s = start()
    project(
        s,
        "杞源县枸杞鲜果冷链收储项目",
        "杞源县宁沙镇供销合作社",
        one_year(150, 130, 20),
        ["收储枸杞鲜果1200吨，改造冷藏库容800立方米，降低鲜果损耗。"],
        dept=BERRY_DEPT,
    )
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "冷链收储枸杞鲜果量", "≥1200吨"),
        (None, None, "冷藏库容改造", "≥800立方米"),
        (None, "质量指标", "入库鲜果抽检合格率", "≥98%"),
        (None, "时效指标", "鲜果采摘后入库时限", "24小时内"),
        (None, "成本指标", "每吨鲜果冷藏收储成本", "≤900元/吨"),
    ])  # fmt: skip
    note(s, "注：成本指标按实际收储量结算，结算总额不超过年度资金。", 4)
    s.table([
        ("效益指标", "经济效益指标", "鲜果损耗率较上年下降", "≥2百分点"),
        (None, "社会效益指标", "带动收储季节性用工", "≥80人"),
        ("满意度指标", "服务对象满意度指标", "交售鲜果种植户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    note(s, "说明：1.数量指标以县级验收数为准；2.损耗率按入库量计算。", 4)
    note(s, "填表说明：绩效标准应量化填写，不能量化的用等级表述。", 4)
    s.skip()
    s.row("单位负责人：李成武", None, "填表人：苏婷", "联系电话：0953-4136628")
    s.row("填报日期", day(YEAR - 1, 12, 3))
    return b


@variant(
    "zl12-berry-direction",
    (11,),
    "project, NAT-2021, 指标方向 column (正向/反向), operators "
    "inside the values: a cost with =, a 反向 rate with ≥, a satisfaction with =95%",
)
def zl12() -> Book:
    b, s = start()
    project(
        s,
        "杞源县枸杞园病虫害绿色防控项目",
        "杞源县植保植检站",
        one_year(50, 40, 10),
        ["实施枸杞园绿色防控5000亩，控制蚜虫危害，减少病虫害损失。"],
        dept=BERRY_DEPT,
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值"), [
        ("产出指标", "数量指标", "绿色防控面积", "正向", "≥5000亩"),
        (None, None, "性诱捕器投放数量", "正向", "≥2万套"),
        (None, "质量指标", "防控物资抽检合格率", "正向", "≥95%"),
        (None, "时效指标", "防控物资到位时间", "反向", "4月20日前"),
        ("成本指标", "经济成本指标", "亩均防控成本", "反向",
         mk("=70元/亩", "T108", "warning", row=True, note="成本上限写成 =，应为 ≤")),
        ("效益指标", "生态效益指标", "枸杞蚜虫危害发生率", "反向",
         mk("≥3%", "T108", "warning", row=True, note="反向指标用了 ≥")),
        (None, "经济效益指标", "减少病虫害损失", "正向", "≥150万元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "正向",
         mk("=95%", "T107", "warning", row=True, alt=("T108",), note="满意度写成 =95%，应为 ≥")),
    ])  # fmt: skip
    sign(s, "苏婷", "0953-4136628")
    return b
