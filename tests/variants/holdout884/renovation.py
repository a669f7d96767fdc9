"""Returns khj01–khj06: LED replacement, poles, cables and multi-year renovation projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout884.common import (
    DEPT,
    UNIT,
    book,
    indicators,
    multi_year,
    one_year,
    sign,
    w,
)
from tests.variants.holdout884.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("khj01-led-main-roads", (1, 12),
         "project, OLD-NAT, one value column, typed percent cells, 万元 in the number format, "
         "goal count with its parts in brackets (correct)")  # fmt: skip
def led_main_roads() -> Book:
    b, s = book()
    project_head(s, year=2026, name="泗亭区主城区路灯LED光源改造项目", dept=DEPT, unit=UNIT,
                 money=one_year(500, 450, 50), goals=[
                     "2026年完成主城区高压钠灯更换为LED灯具3200盏（其中主干道1800盏、次干道1400盏），"
                     "改造路段亮灯率保持98%以上，年节约用电约96万千瓦时。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "主干道LED灯具更换数量", "≥1800盏"),
        (None, None, "次干道LED灯具更换数量", "≥1400盏"),
        (None, "质量指标", "灯具安装验收合格率", pct(1)),
        (None, None, "改造路段亮灯率", "≥98%"),
        (None, "时效指标", "改造完工时间", "2026年11月30日前"),
        (None, "成本指标", "单盏灯具更换综合成本", "≤0.15万元/盏"),
        ("效益指标", "经济效益指标", "年节约用电量", "≥96万千瓦时"),
        (None, "社会效益指标", "夜间道路照明安全事故", "0起"),
        (None, "生态效益指标", "年减少二氧化碳排放", "≥760吨"),
        (None, "可持续影响指标", "LED灯具设计使用寿命", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", pct(0.92)),
    ])  # fmt: skip
    sign(s, "严晓舟", "0573-62418830", day(2025, 11, 18))
    return b


@variant("khj02-led-county-goal", (12,),
         "project, OLD-NAT, one value column: the indicator count below the goal's, a deadline "
         "after the one-year period, a unit cost × count above the money")  # fmt: skip
def led_county_goal() -> Book:
    b, s = book()
    project_head(s, year=2026, name="鹭汀县城镇路灯LED节能改造项目",
                 dept="鹭汀县住房和城乡建设局（332105）", unit="鹭汀县城市照明管理所",
                 money=one_year(520, 470, 50), goals=[
                     "完成县城及三个镇区LED路灯改造2600盏，12月底前全部完工并通过验收，"
                     "改造后路灯用电量较改造前下降40%以上。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "LED路灯改造数量", mk(
            "≥2400盏", "D104", "warning", row=True,
            note="年度目标写改造2600盏，指标只有2400盏")),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间", mk(
            "2027年3月31日前", "Y102", "error", alt=("D104",),
            note="一年期项目（2026年）的完工期限落在2027年，目标也写12月底前完工")),
        (None, "成本指标", "单盏路灯改造成本", mk(
            "≤0.25万元/盏", "B107", "warning",
            note="0.25万元 × 2400盏 = 600万元，超过年度资金520万元")),
        ("效益指标", "经济效益指标", "路灯用电量下降率", "≥40%"),
        (None, "社会效益指标", "城镇主要道路照明覆盖率", "≥95%"),
        (None, "可持续影响指标", "改造灯具质保期", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "城镇居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒋一苇", "0573-68211047", day(2025, 12, 2))
    return b


@variant("khj03-poles-and-boxes-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "in both, a unit cost × count equal to the money (correct)")  # fmt: skip
def poles_and_boxes() -> Book:
    b, s = book()
    project_head(s, year=2026, name="泗亭区老旧路灯杆更换项目", dept=DEPT, unit=UNIT,
                 money=one_year(260, 240, 20),
                 title="2026年度项目支出绩效目标申报表（路灯设施类）",
                 goals=["年内更换锈蚀、倾斜的老旧路灯杆650根，消除倒杆隐患。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "老旧路灯杆更换数量", "≥650根"),
        (None, "质量指标", "验收合格率", "=100%"),
        (None, "时效指标", "更换完成时间", "2026年10月31日前"),
        (None, "成本指标", "单根灯杆更换成本", "≤0.4万元/根"),
        ("效益指标", "社会效益指标", "灯杆倒伏事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="路灯配电箱智能化改造项目", dept=DEPT, unit=UNIT,
                 money=one_year(96, 96, 0), title="",
                 goals=["改造老旧路灯配电箱48台，加装远程监控模块，"
                        "实现分时段开关灯。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "配电箱改造数量", "≥48台"),
        (None, "质量指标", "验收合格率", "≥98%"),
        (None, "时效指标", "改造完成时间", "2026年9月30日前"),
        (None, "成本指标", "单台配电箱改造成本", "≤1.8万元/台"),
        ("效益指标", "经济效益指标", "配电回路节电率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "养护班组满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khj04-cable-and-bridge-stacked", (2, 12),
         "two projects stacked, OLD-NAT: the second's money does not add up, a count under 质量, "
         "one rate written twice with a word more")  # fmt: skip
def cable_and_bridge() -> Book:
    b, s = book()
    project_head(s, year=2026, name="泗亭区路灯电缆入地改造项目", dept=DEPT, unit=UNIT,
                 money=one_year(300, 280, 20),
                 goals=["完成主城区架空路灯电缆入地改造15公里，消除线路安全隐患。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "电缆入地改造长度", "≥15公里"),
        (None, "质量指标", "线路绝缘检测合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2026年11月30日前"),
        (None, "成本指标", "每公里入地改造成本", "≤20万元/公里"),
        ("效益指标", "社会效益指标", "路灯亮灯率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="滨江桥梁景观照明节能改造项目", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", mk(w(180), "B101", "error",
                                         note="财政拨款150 + 其他资金20 = 170，不是180"),
                         "其中：财政拨款", w(150)),
                        (None, None, "其他资金", w(20))], title="",
                 goals=["对滨江6座桥梁景观照明实施LED节能改造。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "改造桥梁数量", "≥6座"),
        (None, "质量指标", "景观灯具更换数量", mk(
            "≥1200套", "F201", "warning", row=True, note="数量类指标填在质量指标下")),
        (None, None, "景观照明亮灯率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2026年9月30日前"),
        ("效益指标", "社会效益指标", "夜间景观照明亮灯率", mk(
            "≥98%", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与质量指标“景观照明亮灯率 ≥95%”是同一指标，多一个词，值不同")),
        (None, "生态效益指标", "景观照明节电率", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "市民游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khj05-led-three-years", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: period counts above the year's, "
         "rates equal in both, a later year the work prepares for (correct)")  # fmt: skip
def led_three_years() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, attr="新增项目", name="泗亭区全域路灯LED改造及单灯控制项目",
                 dept=DEPT, unit=UNIT, money=multi_year((1350, 1200, 150), (450, 400, 50)),
                 goals=["2026年—2028年分三批完成全区9000盏路灯LED改造和单灯控制，"
                        "为2029年全域推广智慧照明积累运维经验。",
                        "2026年完成第一批3000盏路灯LED改造，"
                        "同步安装单灯控制器3000套。"])  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "LED路灯改造数量", "≥9000盏", "≥3000盏"),
        (None, None, "单灯控制器安装数量", "≥9000套", "≥3000套"),
        (None, "质量指标", "改造验收合格率", pct(1), pct(1)),
        (None, "时效指标", "改造完成时间", "2028年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "单盏改造综合成本", "≤0.15万元/盏", "≤0.15万元/盏"),
        ("效益指标", "经济效益指标", "年节约用电量", "≥300万千瓦时", "≥100万千瓦时"),
        (None, "生态效益指标", "改造路灯节电率", "≥40%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khj06-controllers-two-years", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: the year's count above the period's, "
         "a year left over from last season in the 年度目标")  # fmt: skip
def controllers_two_years() -> Book:
    b, s = book()
    annual = mk(
        "2025年完成首批1000套智能照明控制终端安装，接入区级照明监控平台。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2026—2027年项目的年度目标写2025年，上年遗留",
    )
    project_head(s, year=2026, years=2, attr="新增项目", name="路灯智能照明控制终端建设项目",
                 dept=DEPT, unit=UNIT, money=multi_year((800, 700, 100), (400, 350, 50)),
                 goals=["两年内安装智能照明控制终端2000套，全部接入区级照明监控平台。",
                        annual])  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "智能控制终端安装数量", "≥2000套", mk(
            "≥2400套", "D201", "error", note="年度2400套大于实施期2000套")),
        (None, "质量指标", "终端在线率", "≥95%", "≥95%"),
        (None, "时效指标", "平台接入完成时间", "2027年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "单套终端安装成本", "≤0.15万元/套", "≤0.15万元/套"),
        ("效益指标", "经济效益指标", "年节约电费", "≥80万元", "≥40万元"),
        (None, "社会效益指标", "故障路灯发现时间", "≤2小时", "≤2小时"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
