"""Returns eh01–eh06: the distillery's sorghum base (订单高粱, 良种繁育, 烘干仓储)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout596.common import (
    COUNTY,
    details,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
)
from tests.variants.holdout596.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("eh01-sorghum-base-percent", (1, 12), "project, OLD-NAT, operator and unit columns, "
         "typed percent cells, 万元 in the number format, detail lines (correct)")  # fmt: skip
def sorghum_base_percent() -> Book:
    b, s = start()
    project_head(s, year=2025, name="酿酒专用糯高粱订单基地建设项目",
                 dept=f"{COUNTY}农业农村局 208", unit=f"{COUNTY}种植业服务中心",
                 money=one_year(150, 120, 30),
                 goals=["2025年在曲垣镇、槐沱乡建设酿酒专用糯高粱订单基地5000亩（其中有机认证"
                        "基地1200亩），推广良种和测土配方施肥，带动种植户600户增收。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "订单基地种植面积", "≥", 5000, "亩"),
        (None, None, "有机认证基地面积", "≥", 1200, "亩"),
        (None, None, "带动种植户数", "≥", 600, "户"),
        (None, "质量指标", "良种覆盖率", "≥", pct(0.98), "%"),
        (None, None, "收购高粱淀粉含量达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "良种发放到户时间", "≤", "2025年3月31日", None),
        (None, "成本指标", "良种补贴标准", "≤", 80, "元/亩"),
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥", 300, "元"),
        (None, "生态效益指标", "化肥施用量下降率", "≥", pct(0.08), "%"),
        (None, "可持续影响指标", "订单收购合同期限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    details(s, [("良种补贴", money(40, WAN), "5000亩×80元/亩"),
                ("测土配方施肥", money(45, WAN), "取土化验及配方肥补助"),
                ("技术培训", money(15, WAN), "培训12期"),
                ("订单收购保险补助", money(50, WAN), "保费补助")], money(150, WAN))  # fmt: skip
    sign(s, "罗安屏", "0838-6172504")
    return b


@variant("eh02-sorghum-goal-mismatch", (12,), "project, NAT-2021, one value column, detail "
         "lines: goal area against the indicator, a deadline in the next year, a subsidy beyond "
         "its money")  # fmt: skip
def sorghum_goal_mismatch() -> Book:
    b, s = start()
    project_head(s, year=2025, name="酿酒高粱订单种植扩面项目", dept=f"{COUNTY}农业农村局 208",
                 unit=f"{COUNTY}种植业服务中心", money=one_year(120, 100, 20),
                 goals=["2025年在县北四个乡镇发展酿酒高粱订单种植8000亩，统一供种、统一收购，"
                        "秋收后全部收购入库。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "订单种植面积",
         mk("≥6000亩", "D104", "warning", row=True,
            note="年度目标写订单种植8000亩，指标却是6000亩")),
        (None, None, "统一供种农户数", "≥900户"),
        (None, "质量指标", "收购高粱水分达标率", "≥95%"),
        (None, "时效指标", "订单收购完成时间",
         mk("2026年11月30日前", "Y102", "error", note="一年期2025年项目，收购期限落在2026年")),
        ("成本指标", "经济成本指标", "良种补贴标准",
         mk("≤90元/亩", "B107", "warning", row=True,
            note="90元/亩×6000亩=54万元（按目标8000亩为72万元），超过良种补贴45万元")),
        ("效益指标", "经济效益指标", "订单收购价高于市场价", "≥0.2元/公斤"),
        (None, "社会效益指标", "带动低收入农户增收户数", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "订单农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    details(s, [("良种补贴", money(45, WAN), "统一供种"),
                ("收购补助", money(50, WAN), "订单收购价差补助"),
                ("技术指导", money(25, WAN), "田间指导及培训")], money(120, WAN))  # fmt: skip
    sign(s, "何子岚", "0838-6172519")
    return b


@variant("eh03-seed-two-year", (8,), "two-year project, OLD-NAT, 中期 and 年度 columns, "
         "period counts above the year's, rates equal, a later year the work prepares for "
         "(correct)")  # fmt: skip
def seed_two_year() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="酿酒高粱良种繁育基地建设项目",
                 dept=f"{COUNTY}农业农村局 208", unit=f"{COUNTY}种子管理站",
                 money=multi_year((360, 300, 60), (200, 170, 30)),
                 goals=["建成良种繁育基地600亩，累计繁育糯高粱良种36万公斤，为2027年全县订单基地"
                        "全面换种储备种源。",
                        "建成繁育基地400亩，繁育良种20万公斤，完成2个品种提纯复壮。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "良种繁育基地面积", "≥600亩", "≥400亩"),
        (None, None, "良种繁育量", "≥36万公斤", "≥20万公斤"),
        (None, None, "提纯复壮品种数", "≥3个", "≥2个"),
        (None, "质量指标", "良种纯度达标率", "≥98%", "≥98%"),
        (None, None, "良种发芽率", pct(0.9), pct(0.9)),
        (None, "时效指标", "繁育任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "良种繁育成本", "≤6元/公斤", "≤6元/公斤"),
        ("效益指标", "经济效益指标", "替代外购种子节约资金", "≥100万元", "≥50万元"),
        (None, "社会效益指标", "良种供应订单农户数", "≥1500户", "≥800户"),
        (None, "可持续影响指标", "良种繁育技术规程", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "订单农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟伯川", "0838-6172533")
    return b


@variant("eh04-dryer-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column: the second project's money, a duplicate with another count, last year's "
         "date")  # fmt: skip
def dryer_stacked() -> Book:
    b, s = start()
    project_head(s, year=2025, name="酿酒高粱绿色防控项目", dept=f"{COUNTY}农业农村局 208",
                 unit=f"{COUNTY}植保站", money=one_year(90, 70, 20),
                 goals=["2025年对订单高粱基地3000亩开展绿色防控和统防统治，"
                        "农药残留抽检全部合格。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "绿色防控覆盖面积", "≥3000亩"),
        (None, None, "统防统治次数", "≥2次"),
        (None, "质量指标", "农药残留抽检合格率", "≥98%"),
        (None, "时效指标", "统防统治完成时间", "2025年8月31日前"),
        (None, "成本指标", "统防统治亩均成本", "≤150元/亩"),
        ("效益指标", "生态效益指标", "化学农药使用量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="高粱烘干仓储设施建设项目",
                 dept=f"{COUNTY}农业农村局 208", unit=f"{COUNTY}粮食产业服务中心",
                 money=[["资金总额", mk(money(260, WAN), "B101", "error",
                                       note="财政拨款200+其他资金80=280，不是260")],
                        ["其中：财政拨款", money(200, WAN), "其他资金", money(80, WAN)]],
                 goals=[mk("2024年秋收前建成烘干塔2座、低温储粮仓5000吨，减少高粱晾晒霉变损失。",
                           "Y103", "error", alt=("Y101", "Y102"),
                           note="2025年度的年度目标写2024年秋收前建成：上年目标没改")])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建烘干塔", "2座"),
        (None, None, "新建低温储粮仓容", "≥5000吨"),
        (None, None, "烘干塔新建数量",
         mk("3座", "D102", "error", row=True, alt=("D103", "D101"),
            note="与“新建烘干塔 2座”是同一指标，数量不同")),
        (None, "质量指标", "仓储高粱霉变率", "≤1%"),
        (None, "时效指标", "烘干塔投入使用时间", "2025年9月30日前"),
        (None, "成本指标", "单座烘干塔建设成本", "≤70万元/座"),
        ("效益指标", "经济效益指标", "减少晾晒霉变损失", "≥150吨"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "石慕远", "0838-6172541")
    return b


@variant("eh05-sorghum-flat", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), typed percent cells, weights add to 100 (correct)")  # fmt: skip
def sorghum_flat() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=f"{COUNTY}酿造产业发展中心",
                    budget=[(money(420, WAN), money(380, WAN), money(40, WAN), money(150, WAN),
                             money(270, WAN))],
                    goal="组织酿酒高粱订单收购3万吨，开展基地技术培训，"
                         "保障入窖高粱质量安全。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("酿酒高粱订单收购量", 20, "吨", "≥", 30000),
        ("高粱基地技术培训人次", 15, "人次", "≥", 1200),
        ("入窖高粱质量抽检合格率", 15, "%", "≥", pct(0.97)),
        ("农药使用量下降率", 10, "%", "≥", pct(0.05)),
        ("订单收购资金兑付及时率", 10, "%", "≥", pct(0.98)),
        ("高粱质量安全事故发生次数", 10, "起", "=", 0),
        ("种植户满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    note(s, "注：权重合计100分；农药使用量下降率以2024年用量为基数。", 5)
    sign(s, "冉书亭", "0838-6172566")
    return b


@variant("eh06-sorghum-department-tasks", (12, 4), "department, NAT-2021, key tasks with a "
         "金额合计, 说明 and 注 rows under the table, signature lines: tasks not adding to "
         "the total, a goal count the indicator gives otherwise")  # fmt: skip
def sorghum_department_tasks() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=f"{COUNTY}农业农村局",
                    budget=[(money(860, WAN), money(800, WAN), money(60, WAN), money(520, WAN),
                             money(340, WAN))],
                    tasks=[("高粱标准化基地建设", "建设标准化示范基地", money(150, WAN),
                            "建成示范基地3个"),
                           ("高粱病虫害统防统治", "统防统治2万亩", money(90, WAN), "统防统治2万亩"),
                           ("农技培训", "培训种植户", money(60, WAN), "培训1500人次"),
                           ("金额合计", None,
                            mk(money(340, WAN), "B102", "error",
                               note="150+90+60=300，与金额合计（=项目支出）340不符"), None)],
                    goal="建设高粱标准化示范基地3个，统防统治2万亩，"
                         "培训种植户1500人次。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "标准化示范基地建设数量",
         mk("≥2个", "D104", "warning", row=True, note="年度总体目标和任务都写示范基地3个")),
        (None, None, "病虫害统防统治面积", "≥2万亩"),
        (None, None, "种植户培训人次", "≥1500人次"),
        (None, "质量指标", "示范基地验收合格率", "≥95%"),
        (None, "时效指标", "示范基地建设完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "示范基地建设单位成本", "≤50万元/个"),
        ("效益指标", "经济效益指标", "示范基地亩均增产", "≥30公斤"),
        (None, "社会效益指标", "带动订单种植农户", "≥2000户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "说明：年度绩效指标按局年度重点工作任务设置，共性指标另表填报。")
    note(s, "注：金额单位为万元。")
    sign(s, "龚若溪", "0838-6172580")
    return b
