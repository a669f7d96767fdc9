"""Dog vaccination against rabies (犬只狂犬病免疫), stray dogs and township lists: ag01–ag06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout491.common import (
    YEAR,
    department_book,
    funds,
    indicators,
    project_book,
    sign,
    w,
)
from tests.variants.holdout491.registry import variant
from tests.variants.kit import Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("ag01-dog-vaccine-percent", (1, 5),
         "project, NAT-2021, numbered tier labels with points, operator and unit columns, "
         "percent cells typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def ag01() -> Book:
    b, s = project_book(
        "Sheet1", name="砚川县犬只狂犬病强制免疫项目", dept="砚川县农业农村局（214003）",
        unit="砚川县动物疫病预防控制中心", money=funds(48.6, 45, 3.6),
        goals=["完成全县犬只春秋两季狂犬病集中免疫和补免，免疫密度保持在90%以上，"
               "全年不发生人间狂犬病病例。"])  # fmt: skip
    indicators(s, OPS, [
        ("一、产出指标（50分）", "（一）数量指标", "犬只狂犬病免疫数量", "≥", 16000, "只"),
        (None, None, "犬用狂犬病疫苗采购量", "≥", 18000, "头份"),
        (None, "（二）质量指标", "免疫犬只登记建档率", "≥", pct(0.95), None),
        (None, None, "免疫抗体合格率", "≥", pct(0.7), None),
        (None, "（三）时效指标", "每季集中免疫期", "≤", 30, "天"),
        ("二、成本指标（20分）", "（一）经济成本指标", "疫苗采购单价", "≤", 12, "元/头份"),
        (None, None, "免疫注射劳务补助标准", "≤", 10, "元/只"),
        ("三、效益指标（20分）", "（一）社会效益指标", "人间狂犬病病例数", "≤", 0, "例"),
        (None, "（二）可持续影响指标", "犬只免疫长效机制", "定性", "健全", None),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "养犬户满意度", "≥", pct(0.9),
         None),
    ])  # fmt: skip
    sign(s, "罗彦青", "0731-5820416", day(YEAR - 1, 11, 12))
    return b


@variant("ag02-dog-vaccine-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent over 100 %, a 反向 rate "
         "with ≥, a rate given as a count")  # fmt: skip
def ag02() -> Book:
    b, s = project_book(
        "Sheet1", name="柘湾区城乡犬只免疫与登记管理", dept="柘湾区农业农村局",
        unit="柘湾区畜牧兽医站", money=funds(36.8, 36.8, 0),
        goals=["全区登记犬只应免尽免，免疫档案完整，犬只伤人事件减少。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "登记犬只免疫数量", "≥", 9500, "只"),
        (None, "质量指标", "犬只免疫密度", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105 % on a density capped at 100 %"), None),
        (None, None, "免疫档案完整率", "≥",
         mk(2000, "T105", "error", note="a 完整率 given as 2000 份, not a percentage"), "份"),
        (None, "时效指标", "补免完成时限", "≤", 15, "个工作日"),
        (None, "成本指标", "免疫补助标准", "≤", 20, "元/只"),
        ("效益指标", "社会效益指标",
         "犬只伤人事件发生率", mk("≥", "T108", "warning", row=True,
                                   note="an incident rate is 反向: ≤ expected"), pct(0.02), None),
        ("满意度指标", "服务对象满意度指标", "养犬户满意度", "≥", pct(0.88), None),
    ])  # fmt: skip
    sign(s, "钟雨萱", "0731-6673109", day(YEAR - 1, 12, 2))
    return b


@variant("ag03-stacked-dog-projects", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column; the same indicator name "
         "with different values in each project (correct)")  # fmt: skip
def ag03() -> Book:
    b, s = project_book(
        "绩效目标表", name="鹤汀市城区犬只集中免疫", dept="鹤汀市农业农村局",
        unit="鹤汀市动物疫病预防控制中心", money=funds(28, 25, 3),
        goals=["城区登记犬只全部接种狂犬病疫苗，免疫证发放到户。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "狂犬病疫苗免疫数量", "≥8000只"),
        (None, "质量指标", "免疫证发放率", "≥98%"),
        (None, "时效指标", "春季集中免疫完成时间", "5月31日前"),
        (None, "成本指标", "每只犬免疫成本", "≤30元/只"),
        ("效益指标", "社会效益指标", "城区犬只免疫覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养犬户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="鹤汀市流浪犬收容与留检观察",
                 dept="鹤汀市城市管理局", unit="鹤汀市犬只收容中心", money=funds(42, 42, 0),
                 goals=["收容城区流浪犬并留检观察，及时处置疑似病犬。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "狂犬病疫苗免疫数量", "≥600只"),
        (None, None, "流浪犬收容数量", "≥900只"),
        (None, "质量指标", "伤人犬只留检观察率", "=100%"),
        (None, "时效指标", "接报后出动时间", "≤2小时"),
        (None, "成本指标", "每只犬收容饲养成本", "≤350元/只"),
        ("效益指标", "社会效益指标", "城区流浪犬伤人事件", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("ag04-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its split, and one of its rates is given as a count")  # fmt: skip
def ag04() -> Book:
    b, s = project_book(
        "Sheet1", name="砚川县农村犬只免疫补助", dept="砚川县农业农村局",
        unit="砚川县各乡镇畜牧兽医站", money=funds(54, 50, 4),
        goals=["农村犬只狂犬病免疫补助发放到位，农村犬只免疫密度达到85%以上。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "农村犬只免疫数量", "≥21000只"),
        (None, "质量指标", "农村犬只免疫密度", "≥85%"),
        (None, "时效指标", "补助资金拨付时间", "10月31日前"),
        (None, "成本指标", "每只犬免疫补助", "≤25元/只"),
        ("效益指标", "社会效益指标", "人间狂犬病病例数", "0例"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    wrong = mk(w(45), "B101", "error", note="45 ≠ 40 + 3 (财政拨款 + 其他资金)")
    project_head(s, year=YEAR, title="", name="砚川县犬伤高风险村流浪犬管控",
                 dept="砚川县农业农村局", unit="砚川县动物卫生监督所",
                 money=funds(wrong, 40, 3),
                 goals=["高风险村流浪犬收容留检，减少犬伤暴露。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "高风险村流浪犬收容数量", "≥1200只"),
        (None, "质量指标", "收容犬只留检观察完成率",
         mk("300只", "T105", "error", note="a 完成率 given as a count")),
        (None, "时效指标", "接报后到场时间", "≤3小时"),
        (None, "成本指标", "每只犬收容成本", "≤300元/只"),
        ("效益指标", "社会效益指标", "高风险村犬伤暴露人数", "较上年减少"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ag05-flat-township", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, a 下降率 with ≥, 0 cases on an incident count, "
         "weights 100 (correct)")  # fmt: skip
def ag05() -> Book:
    b, s = department_book(
        "Sheet1", dept="柘湾区动物卫生监督所",
        budget=[(w(620), w(580), w(40), w(410), w(210))],
        tasks=[("犬只狂犬病免疫", "春秋两季集中免疫和日常补免", w(120), "免疫密度≥90%"),
               ("流浪犬收容", "收容、留检和无害化处理", w(60), "收容≥800只"),
               ("防控宣传", "进村入户宣传科学养犬", w(30), "宣传资料≥20000份"),
               ("金额合计", None, w(210), None)],
        goal="落实犬只狂犬病强制免疫，规范流浪犬收容，全区不发生人间狂犬病病例。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("犬只狂犬病免疫数量", 25, "只", "≥", 32000),
        ("犬只免疫密度", 20, "%", "≥", 90),
        ("人间狂犬病病例数", 15, "例", "≤", 0),
        ("犬伤暴露人数下降率", 10, "%", "≥", 5),
        ("流浪犬收容数量", 10, "只", "≥", 800),
        ("防控宣传资料发放", 10, "份", "≥", 20000),
        ("养犬户满意度", 10, None, "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "贺知远", "0731-6612875", day(YEAR - 1, 11, 20))
    return b


@variant("ag06-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a 反向 rate with ≥, a unit against its column, weights 95")  # fmt: skip
def ag06() -> Book:
    b, s = department_book(
        "Sheet1", dept="鹤汀市动物疫病预防控制中心",
        budget=[(w(880), w(860), w(20), w(590), w(290))],
        tasks=[("犬用疫苗储备", "储备和调拨犬用狂犬病疫苗", w(160), "储备≥60000头份"),
               ("免疫效果监测", "抽检犬只免疫抗体", w(80), "抽检≥3000份"),
               ("基层培训", "培训村级防疫员", w(50), "培训≥400人次"),
               ("金额合计", None, w(290), None)],
        goal="保障犬用狂犬病疫苗供应，免疫抗体合格率不低于70%。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 30+20+15+10+10+10 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("犬用疫苗储备量", "≥60000", "正向", "头份", 30),
        ("免疫抗体合格率", "≥70%", "正向", "%", 20),
        ("犬只咬伤事件发生率", mk("≥3%", "T108", "warning", row=True,
                                  note="反向 rate with ≥"), "反向", "%", 15),
        ("疫苗储备经费", mk("≤6万元", "T112", "error",
                              note="万元 in the value, 只 in the unit column"), "反向", "只", 10),
        ("村级防疫员培训", "≥400", "正向", "人次", 10),
        ("基层防疫员满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "彭语桐", "0739-3386120", day(YEAR - 1, 11, 25))
    return b
