"""Returns of the processing half: 杂豆色选机购置、色选线改造、分级包装与出口加工 (gz07–gz12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout666.common import (
    HEAD4,
    book,
    indicators,
    notes,
    one_year_money,
    period_money,
    signature,
)
from tests.variants.holdout666.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant("gz07-color-sorter-purchase", (1, 11),
         "project, NAT-2021, operator column and unit column, a typed percent cell, a 下降率 "
         "with ≥, a later year the work prepares for, unit price × count within the money "
         "(correct)")  # fmt: skip
def gz07() -> Book:
    b, s = book()
    project_head(s, year=2025, name="枫垣县杂豆色选加工设备购置项目",
                 dept="枫垣县农业农村局（408002）", unit="枫垣县杂豆产业服务中心",
                 money=one_year_money(money(200, WAN), money(160, WAN), money(40, WAN)),
                 attr="一次性项目",
                 goals=["购置色选机4台（含芸豆专用色选机2台），年色选加工杂豆8000吨，加工损耗"
                        "下降10%以上，为2026年绿豆出口认证积累检测数据。"])  # fmt: skip
    indicators(s, (*HEAD4[:3], "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "色选机购置数量", "=", 4, "台"),
        (None, None, "其中芸豆专用色选机", "=", 2, "台"),
        (None, None, "年色选加工杂豆", "≥", 8000, "吨"),
        (None, "质量指标", "异色粒剔除率", "≥", pct(0.99), "%"),
        (None, None, "设备验收合格率", "=", 100, "%"),
        (None, "时效指标", "设备安装调试完成时间", "≤", day(2025, 6, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "色选机单价", "≤", 45, "万元/台"),
        ("效益指标", "经济效益指标", "加工损耗下降率", "≥", 10, "%"),
        (None, "社会效益指标", "带动杂豆种植户", "≥", 500, "户"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥", 90, "%"),
    ])  # fmt: skip
    signature(s, "简怀礼", "0398-5532871", day(2024, 12, 6))
    return b


@variant("gz08-sorting-line-dates", (3,),
         "project, OLD-NAT, one value column: plan dates in the year before the title's, a "
         "色选精度 under 时效, a processing subsidy × tonnage above the money")  # fmt: skip
def gz08() -> Book:
    b, s = book()
    project_head(s, year=2025, name="坪川县绿豆色选分级加工线改造项目",
                 dept="坪川县农业农村局（412031）", unit="坪川县粮油加工服务站",
                 money=one_year_money(200, 150, 50),
                 start=mk(day(2024, 3, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="标题2025年度，计划起止日期却是2024年3月1日至12月31日"),
                 end=day(2024, 12, 31),
                 goals=["改造绿豆色选分级加工线1条，年加工绿豆8000吨，"
                        "色选精度达到99%。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "色选分级加工线改造", "=1条"),
        (None, None, "年色选加工绿豆", "≥8000吨"),
        (None, "质量指标", "成品绿豆等级合格率", "≥98%"),
        (None, "时效指标", "色选精度",
         mk("≥99%", "F201", "warning", row=True, note="色选精度是质量指标，填在时效指标下")),
        (None, None, "改造完成时间", "2025年8月31日前"),
        (None, "成本指标", "色选加工补助标准",
         mk("≤300元/吨", "B107", "warning", row=True,
            note="300元/吨 × 8000吨 = 240万元，超过年度资金200万元")),
        ("效益指标", "经济效益指标", "绿豆收购价格提高", "≥0.4元/公斤"),
        (None, "社会效益指标", "带动种植户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "收购农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gz09-processing-park-two-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the period's counts beside smaller "
         "yearly ones, rates and unit costs equal in both (correct)")  # fmt: skip
def gz09() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="沙洼县杂豆色选加工园区建设项目",
                 dept="沙洼县农业农村局（433010）", unit="沙洼县农产品加工服务中心",
                 money=period_money((600, 500, 100), (280, 240, 40)), attr="新增项目",
                 goals=["2025—2026年建成杂豆色选加工园区1个，形成年色选加工能力2万吨，两年"
                        "累计色选加工杂豆20000吨。",
                        "2025年完成园区厂房和2条色选线建设，色选加工杂豆9000吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值（2025—2026年）",
                   "年度指标值（2025年）"), [
        ("产出指标", "数量指标", "色选加工线", "≥4条", "≥2条"),
        (None, None, "杂豆色选加工量", "≥20000吨", "≥9000吨"),
        (None, "质量指标", "色选成品合格率", "≥98%", "≥98%"),
        (None, "时效指标", "建设完成时间", "2026年10月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "吨加工成本", "≤120元/吨", "≤120元/吨"),
        ("效益指标", "经济效益指标", "园区加工产值", "≥1.6亿元", "≥0.7亿元"),
        (None, "社会效益指标", "带动就业", "≥120人", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gz10-export-second-sheet", (7,),
         "budget-system export: head on 「部门项目支出预算05-1」, the table on "
         "「部门项目支出绩效目标05-2」 with codes in the first columns and the header on the "
         "third row: a tonnage below the goal's, one rate twice with two values")  # fmt: skip
def gz10() -> Book:
    b, s = book("部门项目支出预算05-1")
    project_head(s, year=2025, name="柘岭乡绿豆出口色选加工项目",
                 dept="柘岭乡人民政府（517001）", unit="柘岭乡农业综合服务中心",
                 money=one_year_money(150, 130, 20),
                 goals=["色选加工出口绿豆12000吨，完成出口12批以上，"
                        "出口检验合格率98%以上。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 14, 16, 28, 16))
    t.title("2025年度部门项目支出绩效目标表", 6)
    t.row("单位：柘岭乡农业综合服务中心", None, None, None, "金额单位：万元", merge=[(1, 4)])
    code, proj = "517001", "51700125X0036"
    indicators(t, ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "绩效目标值"), [
        (code, proj, "产出指标", "数量指标", "绿豆色选加工量",
         mk("≥10000吨", "D104", "warning", row=True,
            note="年度目标写色选加工出口绿豆12000吨，指标只有10000吨")),
        (code, proj, None, None, "出口批次", "≥12批"),
        (code, proj, None, "质量指标", "出口检验合格率", "≥98%"),
        (code, proj, None, None, "出口检验批次合格率",
         mk("≥95%", "D103", "warning", row=True, alt=("D102", "D101", "D104"),
            note="与上一行是同一指标，写成95%（目标98%）")),
        (code, proj, None, "时效指标", "出口订单交货及时率", "≥95%"),
        (code, proj, "成本指标", "经济成本指标", "吨色选加工成本", "≤100元/吨"),
        (code, proj, "效益指标", "经济效益指标", "出口创汇", "≥300万美元"),
        (code, proj, None, "可持续影响指标", "出口绿豆自有品牌", "≥1个"),
        (code, proj, "满意度指标", "服务对象满意度指标", "出口企业满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("gz11-grading-notes", (4,),
         "project, OLD-NAT, one value column: a 说明 row inside the table, the header repeated "
         "after a page break, footnotes, signature dated the year before (correct)")  # fmt: skip
def gz11() -> Book:
    b, s = book()
    project_head(s, year=2025, name="枫垣县芸豆色选分级包装项目",
                 dept="枫垣县农业农村局（408002）", unit="枫垣县杂豆产业服务中心",
                 money=one_year_money(120, 100, 20),
                 goals=["新增芸豆色选分级包装线1条，年分级包装芸豆3000吨，"
                        "成品合格率98%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "色选分级包装线", "=1条"),
        (None, None, "年分级包装芸豆", "≥3000吨"),
        (None, "质量指标", "成品合格率", "≥98%"),
        (None, "时效指标", "包装线投产时间", "2025年9月30日前"),
        (None, "成本指标", "吨分级包装成本", "≤200元/吨"),
    ])  # fmt: skip
    s.row("说明：以下效益指标按包装线投产后当年测算。", merge=[(1, 4)])
    s.skip()
    indicators(s, HEAD4, [
        ("效益指标", "经济效益指标", "分级芸豆销售溢价", "≥0.5元/公斤"),
        (None, "社会效益指标", "带动种植户", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.年分级包装量以过磅单为准；2.成品合格率按批次抽检。",
          "填表说明：指标值应含比较符和计量单位。")  # fmt: skip
    signature(s, "简怀礼", "0398-5532871", day(2024, 12, 10))
    return b


@variant("gz12-sorting-percent-artefacts", (1, 9),
         "project, OLD-NAT, one value column with typed percents: a 合格率 typed as 105%, a "
         "date serial in a text cell, a capacity below the goal's")  # fmt: skip
def gz12() -> Book:
    b, s = book()
    project_head(s, year=2025, name="北漳镇绿豆色选提质项目", dept="北漳镇人民政府（521004）",
                 unit="北漳镇农业服务站", money=one_year_money(100, 80, 20),
                 goals=["新增色选机2台，年色选加工能力达到3万吨，色选合格率98%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "年色选加工能力",
         mk("≥2万吨", "D104", "warning", row=True, note="年度目标写3万吨，指标只有2万吨")),
        (None, None, "新增色选机", "≥2台"),
        (None, "质量指标", "色选合格率",
         mk(pct(1.05), "T106", "error", note="合格率填成105%，超过上限")),
        (None, "时效指标", "设备投运时间",
         mk("45930", "X104", "warning", note="文本单元格里的日期序列号（2025-09-30）")),
        (None, "成本指标", "吨色选成本", "≤30元/吨"),
        ("效益指标", "经济效益指标", "绿豆收购价提高", "≥0.3元/公斤"),
        (None, "社会效益指标", "带动农户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", pct(0.9)),
    ])  # fmt: skip
    return b
