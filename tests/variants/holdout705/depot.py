"""Returns kam13–kam18: the village emergency supply depot."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout705.common import (
    COUNTY,  # fmt: skip
    HEAD,
    PERIOD_HEAD,
    TOWN,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout705.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPOT = f"{TOWN}应急物资储备站"
OFFICE = f"{COUNTY}应急管理局（418003）"


@variant("kam13-depot-department", (4, 12), "department, NAT-2021, tasks adding to 金额合计 "
         "(= 项目支出), a goal count with its parts in brackets, a note on the total, signature "
         "lines (correct)")  # fmt: skip
def kam13() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=DEPOT,
                    budget=[[wan(300), wan(280), wan(20), wan(120), wan(180)]], tasks=[
                        ("储备物资轮换补充", "食品、饮用水、被褥轮换", wan(110), "物资完好率98%"),
                        ("仓储设施改造", "防潮货架及监控改造", wan(50), "库房达标"),
                        ("物资调运演练", "汛前调运演练2场", wan(20), "4小时送达"),
                        ("金额合计", None, wan(180), None)],
                    goal="储备救灾物资不少于32类（其中生活类20类、抢险类12类），汛期接到指令后"
                         "4小时内送达沿河各村。")  # fmt: skip
    notes(s, "注：金额合计180万元为项目支出合计，基本支出120万元不列入任务。")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "储备救灾物资品类", "≥32类"),
        (None, None, "开展物资调运演练", "≥2场"),
        (None, "质量指标", "储备物资完好率", "≥98%"),
        (None, "时效指标", "汛期物资送达时限", "≤4小时"),
        ("成本指标", "经济成本指标", "物资轮换补充费用", "≤110万元"),
        ("效益指标", "社会效益指标", "受灾群众基本生活物资保障率", "=100%"),
        (None, "可持续影响指标", "物资储备轮换管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受助群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "方晓楠", "0592-7520914")
    return b


@variant("kam14-depot-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "tasks not adding to 金额合计, a goal count the indicator gives otherwise")  # fmt: skip
def kam14() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=f"{COUNTY}救灾物资储备中心", budget=[[
        mk(wan(260), "B101", "error", note="基本支出100 + 项目支出150 = 250"),
        wan(240), wan(20), wan(100), wan(150)]], tasks=[
            ("物资采购补充", "帐篷、折叠床、发电机", wan(80), "补充物资品类5类"),
            ("村级储备点建设", "新建村级储备点6个", wan(45), "储备点覆盖沿河村"),
            ("仓储信息化", "物资台账系统", wan(30), "台账准确"),
            ("金额合计", None, mk(wan(150), "B102", "error", note="80 + 45 + 30 = 155"), None)],
        goal="储备物资品类不少于30类，新建村级储备点6个，台账账实相符率100%。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "储备物资品类",
         mk("≥25类", "D104", "warning", row=True, note="年度总体目标写不少于30类")),
        (None, None, "新建村级储备点", "≥6个"),
        (None, "质量指标", "物资台账账实相符率", "=100%"),
        (None, "时效指标", "储备点建成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "村级储备点单点建设成本", "≤7.5万元/个"),
        ("效益指标", "社会效益指标", "沿河村储备点覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kam15-depot-three-years", (8, 12), "three-year project 2025–2027, NAT-2021, 中期 and "
         "年度 columns: 年度目标 copied from 中期目标, a period area copied, "
         "年度资金 above 中期")  # fmt: skip
def kam15() -> Book:
    b, s = start()
    goal = "建成标准化应急物资储备库1座，新增库容1200平方米，储备物资品类达到40类。"
    project_head(s, year=2025, years=3, name=f"{TOWN}应急物资储备库扩建", dept=OFFICE,
                 unit=DEPOT, attr="新增项目", money=multi_year(
                     (500, 450, 50),
                     (mk(wan(520), "B103", "error", note="年度520万元大于中期500万元"),
                      470, 50)),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")],
                 )  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "新增储备库容", "≥1200平方米",
         mk("≥1200平方米", "D202", "warning", note="三年累计面积照抄到年度")),
        (None, None, "储备物资品类", "≥40类", "≥28类"),
        (None, "质量指标", "库房工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "储备库主体完工时间", "2026年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "库房建设单位面积成本", "≤0.3万元/平方米",
         "≤0.3万元/平方米"),
        ("效益指标", "社会效益指标", "物资保障覆盖行政村比例", "=100%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kam16-depot-flat-two-values", (1, 3, 8), "department, flat list with 实施周期 and 年度 "
         "value columns, a unit column and weights, typed percents, period counts above the "
         "year's (correct)")  # fmt: skip
def kam16() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=f"{TOWN}村级应急物资储备点管理办",
                    budget=[[wan(90), wan(84), wan(6), wan(40), wan(50)]],
                    goal="2025—2027年在沿河村累计建成储备点12个（2025年建成4个），储备点物资完好率"
                         "98%以上。")  # fmt: skip
    s.row("指标名称", "计量单位", "实施周期指标值（2025—2027年）", "年度指标值（2025年）", "权重")
    s.table([
        ("建成村级应急物资储备点", "个", "≥12", "≥4", 20),
        ("培训储备点管理员", "人", "≥24", "≥8", 15),
        ("储备点物资完好率", "%", pct(0.98), pct(0.98), 20),
        ("储备点单点建设成本", "万元/个", "≤7", "≤7", 15),
        ("物资调拨到村时限", "小时", "≤2", "≤2", 15),
        ("村民满意度", "%", pct(0.9), pct(0.9), 15),
    ])  # fmt: skip
    notes(s, "注：实施周期指标值为三年累计数；年度值为2025年应完成数。")
    sign(s, 2025, "卢映川", "0592-7533071")
    return b


@variant("kam17-depot-page-break", (4, 12), "project, OLD-NAT, header repeated after a page "
         "break, 注 rows inside the table, money detail lines adding to the total, a unit "
         "cost equal to its line (correct)")  # fmt: skip
def kam17() -> Book:
    b, s = start()
    project_head(s, year=2025, name=f"{TOWN}石坎村应急物资储备点补充", dept=OFFICE,
                 unit=f"{TOWN}石坎村村民委员会", money=one_year(56, 50, 6),
                 goals=["为石坎村储备点补充折叠床400张、应急食品及饮用水，配置照明发电设备，"
                        "保障沿河300户群众转移安置。"])  # fmt: skip
    s.row("资金明细", "折叠床及被褥", wan(16), "应急食品及饮用水轮换", wan(20))
    s.row(None, "照明及发电设备", wan(12), "仓储管理", wan(8))
    s.row(None, "合计", wan(56))
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "补充折叠床", "≥400张"),
        (None, None, "保障转移安置户数", "≥300户"),
        (None, "质量指标", "入库物资验收合格率", "=100%"),
        ("注：下页续", None, None, None),
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "时效指标", "物资入库完成时间", "2025年5月15日前"),
        (None, "成本指标", "折叠床及被褥单价", "≤0.04万元/套"),
        ("效益指标", "社会效益指标", "转移群众基本生活保障率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "转移安置群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：指标值应可考核；成本指标单价 × 数量不得超过对应明细金额。")
    sign(s, 2025, "邹望舒", "0592-7537248")
    return b


@variant("kam18-depot-stacked-dates", (2,), "two projects stacked, OLD-NAT: the second "
         "project's end date before its start, a unit price × count above its money")  # fmt: skip
def kam18() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name=f"{TOWN}应急物资储备点标准化改造",
        dept=OFFICE,
        unit=DEPOT,
        money=one_year(24, 24),
        goals=["完成3个村级储备点防潮、防鼠改造，汛前投入使用。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造村级储备点", "≥3个"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年5月31日前"),
        (None, "成本指标", "单点改造成本", "≤8万元/个"),
        ("效益指标", "社会效益指标", "储备物资霉变损耗率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name=f"{TOWN}应急救灾物资补充采购", dept=OFFICE,
                 unit=DEPOT, money=one_year(30, 30), start=day(2025, 1, 1),
                 end=mk(day(2024, 12, 31), "Y104", "error", alt=("Y102", "Y101"),
                        note="计划完成日期早于开始日期：上一年的日期未改"),
                 goals=["采购折叠床500张及配套被褥，充实沿河村转移安置点。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "折叠床采购数量", "≥500张"),
        (None, "质量指标", "采购物资验收合格率", "=100%"),
        (None, "时效指标", "物资入库时间", "2025年6月30日前"),
        (None, "成本指标", "折叠床及被褥采购单价",
         mk("≤0.08万元/张", "B107", "warning", row=True,
            note="0.08万元 × 500张 = 40万元，超过年度资金30万元")),
        ("效益指标", "社会效益指标", "转移安置点床位保障率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "转移安置群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
