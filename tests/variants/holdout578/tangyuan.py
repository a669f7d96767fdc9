"""汤圆 (glutinous rice ball) projects of the food park: dp01–dp06."""

from __future__ import annotations

from tests.variants.holdout578.common import (
    indicators,
    multi_year,
    one_year,
    project_book,
    sign,
)
from tests.variants.holdout578.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OLD_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("dp01-operator-column", (1, 7),
         "project, OLD-NAT, header 绩效目标值, operator and unit columns, typed percent cells, "
         "万元 in the number format, goal text repeating two counts (correct)")  # fmt: skip
def dp01() -> Book:
    b, s = project_book(
        name="速冻汤圆生产线建设项目", unit="丰禾县雪糯食品有限公司",
        money_rows=one_year(260, 200, 60),
        goals=["建成速冻汤圆生产线2条，年产速冻汤圆800吨，产品抽检合格率不低于98%，"
               "带动本地糯米收购。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "新建速冻汤圆生产线", "=", 2, "条"),
        (None, None, "速冻汤圆年产量", "≥", 800, "吨"),
        (None, "质量指标", "产品抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "生产线设备验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "生产线投产时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "生产线设备购置成本", "≤", 180, "万元"),
        ("效益指标", "经济效益指标", "带动糯米原料收购额", "≥", 500, "万元"),
        (None, "社会效益指标", "吸纳本地务工人员", "≥", 40, "人"),
        (None, "可持续影响指标", "冷链设备使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "合作种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "祁远舟", "0796-5312047")
    return b


@variant("dp02-goal-count-date", (7,),
         "project, NAT-2021, headers 指标内容 and 绩效标准: the 年度目标 tonnage disagrees with "
         "its indicator, a completion date after the one-year project")  # fmt: skip
def dp02() -> Book:
    b, s = project_book(
        name="芝麻馅料车间扩建项目", unit="丰禾县雪糯食品有限公司",
        money_rows=one_year(180, 150, 30),
        goals=["扩建芝麻馅料车间，年产速冻汤圆1200吨，新增冷藏库容500吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("成本指标", "经济成本指标", "馅料车间扩建成本", "≤150万元"),
        ("产出指标", "数量指标", "速冻汤圆年产量",
         mk("≥1000吨", "D104", "warning", row=True,
            note="年度目标写年产1200吨，指标只要1000吨")),
        (None, None, "新增冷藏库容", "≥500吨"),
        (None, "质量指标", "成品微生物检测合格率", "≥99%"),
        (None, "时效指标", "馅料车间竣工时间",
         mk("2026年3月31日前", "Y102", "error",
            note="一年期项目（2025-01-01至2025-12-31），竣工日期却在2026年")),
        ("效益指标", "经济效益指标", "新增汤圆销售收入", "≥1800万元"),
        (None, "社会效益指标", "带动就业人数", "≥35人"),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁远舟", "0796-5312047")
    return b


@variant("dp03-points-labels", (5, 10),
         "project, NAT-2021, numbered labels with tier points (一、产出指标（40分）, （一）, 1.), "
         "an indicator points column with the same totals, a rise in 百分点 (correct)")  # fmt: skip
def dp03() -> Book:
    b, s = project_book(
        name="汤圆品质提升及春节保供项目", unit="丰禾县糯香园食品厂",
        money_rows=one_year(320, 300, 20),
        goals=["年产黑芝麻、花生汤圆900吨，春节前完成备货，提高优质糯米使用比例。"])  # fmt: skip
    indicators(s, (*OLD_HEAD, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.黑芝麻汤圆产量", "≥600吨", 10),
        (None, None, "2.花生汤圆产量", "≥300吨", 10),
        (None, "（二）质量指标", "3.出厂检验合格率", "≥99%", 10),
        (None, "（三）时效指标", "4.春节备货完成时间", "2025年12月20日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.单吨能耗成本", "≤420元/吨", 10),
        (None, None, "6.包装材料采购成本", "≤95万元", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "7.优质糯米原料使用比例",
         "提高≥5百分点", 10),
        (None, "（二）社会效益指标", "8.带动糯米种植户", "≥120户", 10),
        (None, "（三）可持续影响指标", "9.区域品牌授权使用年限", "≥3年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.采购商满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "韦承朗", "0796-5307719")
    return b


@variant("dp04-cold-store", (1,),
         "project, OLD-NAT, unit column and 指标值设定依据: one indicator entered twice with "
         "other values, a quality rate under 时效, a placeholder value")  # fmt: skip
def dp04() -> Book:
    b, s = project_book(
        name="汤圆速冻隧道及低温库建设项目", unit="丰禾县槐湾冷链仓储有限公司",
        money_rows=one_year(600, 500, 100),
        goals=["新建速冻隧道1条、低温库容800吨，服务园区汤圆、水饺生产企业。"])  # fmt: skip
    indicators(s, (*OLD_HEAD, "计量单位", "指标值设定依据"), [
        ("产出指标", "数量指标", "新建速冻隧道", "=1", "条", "计划标准"),
        (None, None, "速冻隧道日处理能力", "≥30", "吨", "计划标准"),
        (None, None, "新增低温库容", "≥800", "吨", "计划标准"),
        (None, "质量指标", "库温达标率", pct(0.98), "%", "行业标准"),
        (None, None, "速冻隧道日处理能力",
         mk("≥25", "D102", "error", row=True, alt=("D103", "D101"),
            note="与数量指标“速冻隧道日处理能力 ≥30吨”是同一指标，值不同")),
        (None, "时效指标",
         mk("成品抽检合格率", "F201", "warning", row=True, note="合格率属质量指标，填在时效指标下"),
         "≥99%", "%", "行业标准"),
        (None, None, "低温库投用时间", "2025年10月31日前", None, "计划标准"),
        (None, "成本指标", "低温库建设单位造价", "≤2800", "元/平方米", "历史标准"),
        ("效益指标", "经济效益指标", "冷链仓储收入", "≥60", "万元", "计划标准"),
        (None, "社会效益指标", "服务园区入驻企业",
         mk("≥XX", "X101", "error", note="占位符未替换"), "家", "计划标准"),
        (None, "可持续影响指标", "制冷系统设计使用年限", "≥15", "年", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%", "%", "历史标准"),
    ])  # fmt: skip
    sign(s, "梅汀远", "0796-5320586")
    return b


@variant("dp05-two-year", (8,),
         "two-year project (2025–2026), OLD-NAT, 中期 and 年度 columns, annual counts below the "
         "period ones, the 中期目标 naming 2026 on purpose (correct)")  # fmt: skip
def dp05() -> Book:
    b, s = project_book(
        name="汤圆一体化生产线建设项目", unit="丰禾县糯香园食品厂", years=2,
        money_rows=multi_year((900, 700, 200), (500, 400, 100)),
        goals=["2025年—2026年建成浸泡磨浆、成型、速冻包装一体化生产线3条，累计产汤圆2400吨，"
               "2026年底前全部投产。",
               "2025年建成生产线2条，产汤圆1000吨，带动糯米种植户150户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "一体化生产线建成数", "≥3条", "≥2条"),
        (None, None, "汤圆累计产量", "≥2400吨", "≥1000吨"),
        (None, "质量指标", "成品抽检合格率", "≥99%", "≥99%"),
        (None, "时效指标", "生产线投产时间", "2026年12月31日前", "2025年10月31日前"),
        (None, "成本指标", "生产线设备投资", "≤780万元", "≤420万元"),
        ("效益指标", "经济效益指标", "汤圆销售收入", "≥3600万元", "≥1500万元"),
        (None, "社会效益指标", "带动糯米种植户", "≥200户", "≥150户"),
        (None, "可持续影响指标", "新开拓外销渠道", "≥2个", "≥1个"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦承朗", "0796-5307719")
    return b


@variant("dp06-title-year-html", (5,),
         "project, OLD-NAT, labels marked * and abbreviated (数量, 质量…): plan dates in the year "
         "before the title's, an HTML tag in the 年度目标")  # fmt: skip
def dp06() -> Book:
    b, s = project_book(
        name="汤圆小包装生产线改造项目", unit="丰禾县禾糯坊食品有限公司",
        money_rows=one_year(150, 120, 30),
        start=mk(day(2024, 3, 1), "Y101", "error", row=True, alt=("Y102",),
                 note="标题为2025年度，计划开始、完成日期却都在2024年"),
        end=day(2024, 12, 31),
        goals=[mk("新建汤圆小包装<br>速冻包装线1条，年包装能力600吨。", "X102", "warning",
                  note="年度目标中残留HTML标签<br>")])  # fmt: skip
    indicators(s, OLD_HEAD, [
        ("*产出指标", "数量", "新建小包装速冻包装线", "=1条"),
        (None, None, "小包装年包装能力", "≥600吨"),
        (None, "质量", "包装密封合格率", "≥99%"),
        (None, "时效", "包装线投产时间",
         ok("2025年9月30日前", "error", note="与标题年度相符，错在计划日期，可被连带报出")),
        (None, "成本", "包装线设备购置费", "≤110万元"),
        ("*效益指标", "社会效益", "带动包装工岗位", "≥20人"),
        (None, "可持续影响", "包装线设计使用年限", "≥10年"),
        ("*满意度指标", "服务对象满意度", "采购商满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "苏慕禾", "0796-5334208")
    return b
