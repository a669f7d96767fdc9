"""The bureau's own forms: department budgets with their tasks, flat lists, a transfer-payment
census subsidy with marked and abbreviated tier labels, and a post-enumeration check with the
operator in words (xo13–xo18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout421.common import (
    BUREAU,
    HEAD4,
    OFFICE,
    YEAR,
    book,
    indicators,
    note,
    signature,
    wan,
)
from tests.variants.holdout421.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, ok, pct

DEPT = "澄川市统计局"
SHARE = "0.0%"


@variant("xo13-department-money", (12,),
         "department, NAT-2021: budget with a shares row, tasks adding to 金额合计 = 项目支出, "
         "an incident count of 0起 (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=DEPT, budget=[
        (money(2860.5), money(2780.5), money(80), money(1912.3), money(948.2)),
        (pct(1, SHARE), pct(0.972, SHARE), pct(0.028, SHARE), pct(0.669, SHARE),
         pct(0.331, SHARE)),
    ], tasks=[
        ("人口普查入户登记", "组织全市普查员入户登记和复查", money(520), "完成72万户登记"),
        ("普查数据处理", "数据录入、编码、审核和汇总", money(268.2), "年内完成数据处理"),
        ("常规统计调查", "劳动力、住户等常规调查", money(160), "按期上报调查数据"),
        ("金额合计", None, money(948.2), None),
    ], goal="完成人口普查登记和数据处理，保障常规统计调查按期开展。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "完成普查入户登记住户", "≥72万户"),
        (None, "质量指标", "登记数据审核差错率", "≤0.5%"),
        (None, "时效指标", "统计数据按时上报率", "=100%"),
        ("成本指标", "经济成本指标", "户均登记经费", "≤7元/户"),
        (None, "社会成本指标", "普查对象个人信息泄露事件", "0起"),
        ("效益指标", "社会效益指标", "普查数据支撑市级规划编制", "显著"),
        ("满意度指标", "服务对象满意度指标", "普查对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xo14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, the tasks do not add to their "
         "金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = book()
    total = mk(money(1745.6), "B101", "error", note="1180.2 + 575.4 = 1755.6 ≠ 1745.6")
    summed = mk(money(575.4), "B102", "error", note="260 + 180.4 + 125 = 565.4 ≠ 575.4")
    department_head(s, year=YEAR, dept="澄川市鹤湾区统计局", budget=[
        (total, money(1690), money(55.6), money(1180.2), money(575.4)),
    ], tasks=[
        ("普查登记站点运行", "街道普查登记站点租赁及运行", money(260), "站点按期运行"),
        ("普查数据处理", "区级数据审核和汇总", money(180.4), "年内完成审核汇总"),
        ("部门统计调查", "区级部门统计调查", money(125), "按期上报调查数据"),
        ("金额合计", None, summed, None),
    ], goal="完成区级人口普查登记和数据审核。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "设立普查登记站点", "≥46个"),
        (None, "质量指标", "区级数据审核通过率", "≥98%"),
        (None, "时效指标", "数据审核完成时间", "12月20日前"),
        ("成本指标", "经济成本指标", "站点平均运行费用", "≤5.5万元/个"),
        ("效益指标", "社会效益指标", "普查数据对区级规划的支撑作用", "显著"),
        ("满意度指标", "服务对象满意度指标", "普查对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
BUDGET = (money(412), money(400), money(12), money(86), money(326))


@variant("xo15-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def flat_list() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=OFFICE, budget=[BUDGET],
                    goal="组织完成全市人口普查登记、数据审核和上报。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("划分普查小区", 20, "个", "≥", 3850),
        ("普查登记覆盖率", 20, "%", "≥", pct(0.99)),
        ("普查员培训", 15, "人次", "≥", 3600),
        ("数据审核差错率", 15, "%", "≤", pct(0.005, SHARE)),
        ("普查对象满意度", 15, "%", "≥", pct(0.9)),
        ("数据上报及时率", 15, "%", "=", pct(1)),
    ])  # fmt: skip
    signature(s, "祁远帆", "苗照川", "0719-3382150", day(YEAR - 1, 11, 18, CN_DATE))
    return b


@variant("xo16-flat-defects", (3, 1),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a unit against its column, a typed 105% on a rate, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄川市统计局数据管理中心",
                    budget=[(money(268), money(260), money(8), money(102.5), money(165.5))],
                    goal="完成普查数据比对、审核和按期上报。")  # fmt: skip
    unit = mk("≥3600人次", "T112", "error", note="值中的人次与计量单位列的期不符")
    over = mk(pct(1.05), "T106", "error", note="一致率 105% 超过 100%")
    bare = ok(pct(0.005, SHARE), "warning", note="反向比率无比较符，可提示补 ≤")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("普查员数据处理培训", unit, "正向", "期", 20),
        ("登记数据比对一致率", over, "正向", "%", 20),
        ("数据审核差错率", bare, "反向", "%", 20),
        ("数据处理完成及时率", pct(1), "正向", "%", 15),
        ("数据使用部门满意度", pct(0.9), "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


@variant("xo17-subsidy-labels", (5, 12),
         "transfer-payment census subsidy, OLD-NAT, labels with * and ★, abbreviated tier-2s, "
         "中央补助 + 地方资金 (correct)")  # fmt: skip
def subsidy_labels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="人口普查工作补助资金", dept=BUREAU, unit=OFFICE,
                 money=[("资金总额", wan(310), "其中：中央补助", wan(200)),
                        ("地方资金", wan(110), None, None)],
                 goals=["支持全市完成普查入户登记，普查员劳务补助按标准足额发放。"],
                 title="2030年度转移支付项目绩效目标表", attr="一次性项目")  # fmt: skip
    indicators(s, HEAD4, [
        ("*产出指标", "数量", "★完成普查小区入户登记", "≥3850个"),
        (None, None, "★选聘普查员", "≥3200人"),
        (None, "质量指标", "★登记数据事后抽查漏登率", "≤0.5%"),
        (None, "时效", "入户登记完成时间", "11月30日前"),
        (None, "成本指标", "普查员劳务补助标准", "≤600元/人"),
        ("*效益指标", "社会效益", "普查数据支撑人口政策制定", "显著"),
        (None, "可持续影响", "人口基础信息库更新", "有效"),
        ("*满意度指标", "服务对象满意度", "普查对象满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：带★的为核心指标，不得删除；带*的为必填项。", 4)
    return b


WORDS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant("xo18-direction-words", (11, 5),
         "project, OLD-NAT, numbered labels, 指标性质 as direction and 指标方向 as operator in "
         "words: a count with 小于等于, a 重复登记率 with 大于等于, 时效 under 效益")  # fmt: skip
def direction_words() -> Book:
    b, s = book(widths=(14, 18, 26, 10, 12, 10, 10))
    project_head(s, year=YEAR, name="人口普查登记比对复查", dept=BUREAU, unit=OFFICE,
                 money=[("年度资金总额", wan(36), "其中：财政拨款", wan(36))],
                 goals=["抽取150个普查小区比对复查，评估登记质量。"])  # fmt: skip
    le = mk("小于等于", "T108", "warning", row=True, note="正向数量用了小于等于")
    ge = mk("大于等于", "T108", "warning", row=True, note="重复登记率是反向指标")
    parent = mk("1.时效指标", "F105", "error", note="时效指标属产出指标")
    indicators(s, WORDS, [
        ("一、产出指标", "1.数量指标", "比对复查普查小区", "正向", "大于等于", 150, "个"),
        (None, None, "到岗复查员", "正向", le, 300, "人"),
        (None, "2.质量指标", "复查重复登记率", "反向", ge, 0.3, "%"),
        (None, "3.成本指标", "复查员劳务补助标准", "反向", "小于等于", 400, "元/人"),
        ("二、效益指标", parent, "复查结果反馈时间", "反向", "小于等于", 10, "工作日"),
        (None, "2.社会效益指标", "登记质量评估结论的应用", "定性", None, "有效", None),
        ("三、满意度指标", "1.服务对象满意度指标", "复查对象满意度", "正向", "大于等于", 90,
         "%"),
    ])  # fmt: skip
    return b
