"""Returns ua13–ua18: grain and oil emergency supply outlets, with department returns and
budget-system exports of the same bureaus (粮油应急供应网点)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout329.common import (
    HEAD4,
    YEAR,
    book,
    funds,
    note,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout329.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("ua13-supply-department-money", (12,),
         "department, NAT-2021: budget with 财政拨款/其他资金 and 基本支出/项目支出, key tasks "
         "with a 金额合计 equal to 项目支出, all consistent (correct)")  # fmt: skip
def ua13() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="桐坂区粮食和物资储备局",
                    budget=[[wan(2350), wan(2210), wan(140), wan(1270), wan(1080)]],
                    tasks=[("粮油应急供应网点建设", "新建和提升应急供应网点18个", wan(420),
                            "网点覆盖全部街道"),
                           ("区级储备粮轮换", "轮换区级储备稻谷9000吨", wan(480),
                            "储备规模不减、质量达标"),
                           ("粮油质量抽检", "开展成品粮油质量抽检150批次", wan(180),
                            "抽检结果及时公开"),
                           ("金额合计", None, wan(1080))],
                    goal="健全区级粮油应急供应网络，完成储备粮轮换和粮油质量抽检。")  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "应急供应网点数量", "≥18个"),
        (None, None, "区级储备稻谷轮换数量", "≥9000吨"),
        (None, None, "成品粮油质量抽检批次", "≥150批次"),
        (None, "质量指标", "抽检粮油质量合格率", "≥97%"),
        (None, "时效指标", "应急供应网点启动响应时间", "≤24小时"),
        ("成本指标", "经济成本指标", "应急供应网点建设补助标准", "≤20万元/个"),
        ("效益指标", "社会效益指标", "应急状态下成品粮油供应保障天数", "≥10天"),
        (None, "可持续影响指标", "应急供应网点街道覆盖率", "100%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ua14-supply-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to their "
         "金额合计")  # fmt: skip
def ua14() -> Book:
    b, s = book()
    total = mk(wan(1900), "B101", "error", row=True,
               note="资金总额 1900 = 1780 + 120, but 1020 + 860 = 1880")  # fmt: skip
    summed = mk(wan(860), "B102", "error", alt=("B101",),
                note="tasks 300 + 420 + 120 = 840, not the 金额合计 860")  # fmt: skip
    department_head(s, year=YEAR, dept="澄岭县粮食和物资储备局",
                    budget=[[total, wan(1780), wan(120), wan(1020), wan(860)]],
                    tasks=[("粮油应急供应网点补助", "补助应急供应网点16个", wan(300),
                            "网点覆盖全部乡镇"),
                           ("县级储备粮轮换补贴", "轮换县级储备小麦15000吨", wan(420),
                            "轮换后储备规模不减"),
                           ("粮油质量抽检", "抽检成品粮油100批次", wan(120), "抽检结果公开"),
                           ("金额合计", None, summed)],
                    goal="保障县内粮油应急供应，完成县级储备粮轮换和粮油质量抽检。")  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "补助应急供应网点数量", "≥16个"),
        (None, None, "县级储备小麦轮换数量", "≥15000吨"),
        (None, "质量指标", "抽检粮油质量合格率", "≥97%"),
        (None, "时效指标", "网点补助资金拨付时间", f"{YEAR}年6月30日前"),
        ("成本指标", "经济成本指标", "单个网点补助标准", "≤15万元/个"),
        ("效益指标", "社会效益指标", "乡镇应急供应网点覆盖率", "100%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


STD = ("一级指标", "二级指标", "指标内容", "绩效标准", "指标值设定依据")


@variant("ua15-supply-notes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准 with a 指标值设定依据 column; a 说明 "
         "row inside the table, the header repeated after a page break, 注, 填表说明, "
         "signature and date lines (correct)")  # fmt: skip
def ua15() -> Book:
    b, s = book()
    project(s, name="栖梧市粮油应急供应网点运维补助", dept="栖梧市粮食和物资储备局（102）",
            unit="栖梧市粮油应急保障中心", money=funds(86, 86, 0),
            goals=["保障32个市级粮油应急供应网点正常运维，每年组织应急演练。"])  # fmt: skip
    table(s, STD, [
        ("产出指标", "数量指标", "运维补助应急供应网点数", "≥32个", "计划标准"),
        (None, None, "应急演练场次", "≥2场", "历史标准"),
        (None, "质量指标", "网点应急储备粮油品质达标率", "≥98%", "行业标准"),
        (None, "时效指标", "补助资金拨付时间", f"{YEAR}年6月30日前", "计划标准"),
        (None, "成本指标", "单个网点年运维补助标准", "≤2.5万元/个", "计划标准"),
    ])  # fmt: skip
    note(s, "说明：效益指标按网点所在街道统计，数据由街道办事处提供。", 5)
    s.skip()
    table(s, STD, [
        ("效益指标", "社会效益指标", "应急状态下网点日供应成品粮能力", "≥60吨", "计划标准"),
        (None, "可持续影响指标", "网点应急供应协议续签率", "≥95%", "历史标准"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    note(s, "注：1.绩效标准中“≥”表示不低于，“≤”表示不高于；2.指标值设定依据分为计划标准、"
            "行业标准、历史标准。", 5)  # fmt: skip
    note(s, "填表说明：本表由项目实施单位填写，报市局规划财务科审核。", 5)
    sign(s, "邵启帆", "0736-5821947", day(YEAR - 1, 12, 9, CN_DATE))
    return b


def _budget_sheet(b: Book) -> None:
    """Sheet 05-1 of the export: codes, names and money, one amount stored as text."""
    s = b.sheet("部门项目支出预算05-1", (22, 26, 12, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位名称：鹤渚县粮食和物资储备局", None, None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    text = mk("1,260.00", "X103", "warning", alt=("B108",),
              note="an amount stored as text with a thousands separator")  # fmt: skip
    s.row("415001250000000031", "粮库智能化监管平台运维", "延续项目", text, 1200, 60)
    s.row("415001250000000047", "县级储备粮保管费用补贴", "常年项目", 2340, 2340, 0)
    s.row("合计", None, None, 3600, 3540, 60)


@variant("ua16-export-two-sheets", (7, 9),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, project "
         "codes in the first columns, header on the third row; an amount stored as text with a "
         "separator and a deadline given as a date serial in a text cell")  # fmt: skip
def ua16() -> Book:
    b = Book()
    _budget_sheet(b)
    s = b.sheet("部门项目支出绩效目标05-2", (22, 24, 12, 18, 30, 16))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    s.row("单位名称：鹤渚县粮食和物资储备局")
    serial = mk("45930", "X104", "warning", note="a date (2025-09-30) as a serial in a text cell")
    a = ("415001250000000031", "粮库智能化监管平台运维")
    c = ("415001250000000047", "县级储备粮保管费用补贴")
    table(s, ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (*a, "产出指标", "数量指标", "接入智能化监管平台库点数", "≥11个"),
        (*a, "产出指标", "质量指标", "监管平台年度运行稳定率", "≥99%"),
        (*a, "产出指标", "时效指标", "平台升级完成时间", serial),
        (*a, "产出指标", "成本指标", "单库点平台运维费用", "≤9万元/个"),
        (*a, "效益指标", "社会效益指标", "储备粮库存异常预警处置率", "≥95%"),
        (*a, "满意度指标", "服务对象满意度指标", "接入库点满意度", "≥90%"),
        (*c, "产出指标", "数量指标", "县级储备粮补贴库存规模", "≥26000吨"),
        (*c, "产出指标", "质量指标", "储备粮宜存率", "≥98%"),
        (*c, "产出指标", "时效指标", "保管费用补贴按季拨付及时率", "≥95%"),
        (*c, "产出指标", "成本指标", "保管费用补贴标准", "≤90元/吨·年"),
        (*c, "效益指标", "可持续影响指标", "县级储备粮规模落实率", "100%"),
        (*c, "满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ], merged=())  # fmt: skip
    return b


@variant("ua17-supply-second-sheet", (7, 9),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值; text =100%, a date cell as a deadline, 万元 in the number format "
         "(correct)")  # fmt: skip
def ua17() -> Book:
    b, s = book("项目基本信息")
    project(s, name="苇塘县粮油应急配送能力提升", dept="苇塘县粮食和物资储备局（204）",
            unit="苇塘县粮油应急保障中心", money=funds(64, 60, 4), attr="一次性项目",
            goals=["购置应急配送车辆，提升城区应急供应网点的粮油配送能力。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 20, 32, 20))
    t.title("项目绩效指标", 4)
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "购置应急配送车辆", "≥4辆"),
        (None, None, "纳入应急调度的供应网点数", "≥15个"),
        (None, "质量指标", "应急配送车辆验收合格率", "=100%"),
        (None, "时效指标", "车辆采购完成时间", day(YEAR, 9, 30, CN_DATE)),
        (None, "成本指标", "单辆应急配送车购置成本", "≤14万元/辆"),
        ("效益指标", "社会效益指标", "应急状态下城区网点配送到达时间", "≤6小时"),
        (None, "可持续影响指标", "应急配送车辆完好率", pct(0.95)),
        ("满意度指标", "服务对象满意度指标", "网点经营者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ua18-reserve-template-rows", (6, 13),
         "department, NAT-2021, header 预期目标: two tier-2 labels left from the template "
         "without indicators, a value without a name")  # fmt: skip
def ua18() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="雁汀县粮食和物资储备中心",
                    budget=[[wan(640), wan(600), wan(40), wan(380), wan(260)]],
                    goal="完成县级储备粮5000吨轮换和质量抽检，保障县城口粮应急供应。")  # fmt: skip
    social = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty")
    eco = mk("生态效益指标", "F109", "warning", row=True, note="template tier-2 left empty")
    nameless = mk(None, "F110", "error", note="≥95% under 可持续影响指标 with no indicator name")
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "县级储备粮轮换数量", "≥5000吨"),
        (None, None, "储备粮质量抽检样品数", "≥60份"),
        (None, "质量指标", "轮入粮食质量达标率", "≥98%"),
        (None, "时效指标", "轮换出入库完成时间", f"{YEAR}年11月30日前"),
        ("成本指标", "经济成本指标", "储备粮轮换费用补贴标准", "≤110元/吨"),
        (None, social, None, None),
        ("效益指标", "社会效益指标", "县城口粮应急保障天数", "≥15天"),
        (None, eco, None, None),
        (None, "可持续影响指标", nameless, "≥95%"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    return b
