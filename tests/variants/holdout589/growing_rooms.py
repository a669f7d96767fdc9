"""Enoki (金针菇) factory growing rooms: ea01-ea06, project forms of 云岙县."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout589.common import YEAR, indicators, multi_year, one_year, sign, start
from tests.variants.holdout589.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "云岙县农业农村局（217003）"
PARK = "云岙县石莲食用菌产业园服务中心"


@variant("ea01-rooms-percent", (1, 10),
         "project, NAT-2021, typed percent cells, rates raised in 百分点, a goal text that sums "
         "its indicators (correct)")  # fmt: skip
def rooms_percent() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="金针菇工厂化出菇房扩建项目", dept=DEPT, unit=PARK,
                 money=one_year(260, 200, 60),
                 goals=["新建出菇房12间、改造旧库房8间，全年共20间出菇房投入使用，"
                        "鲜菇日产能提升至18吨。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建出菇房数量", "≥12间"),
        (None, None, "旧库房改造为出菇房数量", "≥8间"),
        (None, "质量指标", "出菇房温湿度控制达标率", pct(0.95)),
        (None, None, "菌包接种成功率", pct(0.98)),
        (None, "时效指标", "出菇房建成投用时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "新建出菇房单价", "≤12万元/间"),
        (None, None, "旧库房改造单价", "≤10万元/间"),
        ("效益指标", "经济效益指标", "鲜菇日产能", "≥18吨"),
        (None, "社会效益指标", "带动周边农户务工人数", "≥60人"),
        (None, "生态效益指标", "菌渣资源化利用率提高", "≥5百分点"),
        (None, "可持续影响指标", "菌包污染率下降幅度", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "入园菌企满意度", pct(0.92)),
    ])  # fmt: skip
    sign(s, "叶秋菱", "0591-6637214")
    return b


@variant("ea02-rooms-goal-count", (10, 11),
         "project, NAT-2021: goal text counts 16 rooms against 14 in the indicator, a 反向 rate "
         "with ≥, a completion date in the next year")  # fmt: skip
def rooms_goal_count() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="金针菇出菇房智能环控改造项目", dept=DEPT, unit=PARK,
                 money=one_year(180, 150, 30),
                 goals=["完成16间出菇房智能环控系统改造，菌包污染率控制在3%以内，"
                        "2025年11月底前全部验收。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "智能环控改造出菇房数量",
         mk("≥14间", "D104", "warning", note="年度目标写改造16间，指标只有14间")),
        (None, "质量指标", "菌包污染率",
         mk("≥3%", "T108", "warning", row=True, alt=("D104",),
            note="污染率是反向指标，应为≤3%（目标文字也写3%以内）")),
        (None, None, "鲜菇一级品率提高", "≥3百分点"),
        (None, "时效指标", "改造验收完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("D104", "Y103"),
            note="一年期项目（2025年），验收日期落在2026年；目标文字写2025年11月底")),
        ("成本指标", "经济成本指标", "单间环控改造费用", "≤10万元/间"),
        ("效益指标", "经济效益指标", "出菇周期缩短", "≥2天"),
        (None, "可持续影响指标", "环控系统运行维护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "入园菌企满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "叶秋菱", "0591-6637214")
    return b


@variant("ea03-rooms-multi-year", (8,),
         "three-year project 2025-2027, NAT-2021, 中期 and 年度 columns, annual counts below "
         "period counts, a 2027 date named on purpose (correct)")  # fmt: skip
def rooms_multi_year() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="金针菇液体菌种车间建设及新品系选育项目",
                 dept=DEPT, unit="云岙县食用菌研究所", attr="新增项目",
                 money=multi_year((900, 720, 180), (300, 240, 60)),
                 goals=["2025年—2027年建成液体菌种车间1座，选育金针菇新品系3个，累计推广"
                        "液体菌种菌包1200万包。",
                        "2025年完成车间主体建设，选育新品系1个，"
                        "推广液体菌种菌包300万包。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "选育金针菇新品系数量", "≥3个", "≥1个"),
        (None, None, "推广液体菌种菌包数量", "≥1200万包", "≥300万包"),
        (None, "质量指标", "液体菌种污染率", "≤1%", "≤1%"),
        (None, None, "菌种纯度检测合格率", "≥98%", "≥98%"),
        (None, "时效指标", "选育阶段报告提交时间", "2027年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "液体菌种单包生产成本", "≤0.35元/包", "≤0.35元/包"),
        ("效益指标", "经济效益指标", "带动菌企节本增效", "≥600万元", "≥150万元"),
        (None, "社会效益指标", "培训菌企技术人员", "≥300人次", "≥100人次"),
        ("满意度指标", "服务对象满意度指标", "合作菌企满意度", "≥90%", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    sign(s, "黄映川", "0591-6637258")
    return b


@variant("ea04-rooms-multi-year-wrong", (8, 12),
         "two-year project 2025-2026, NAT-2021, 中期 and 年度 columns: an annual output above "
         "its period value, a cumulative count copied")  # fmt: skip
def rooms_multi_year_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="金针菇菌渣有机肥加工车间项目", dept=DEPT,
                 unit=PARK, attr="新增项目",
                 money=multi_year((500, 400, 100), (320, 260, 60)),
                 goals=["两年内建成菌渣有机肥加工车间，累计处理菌渣2万吨，生产有机肥8000吨。",
                        "2025年完成设备安装并试产，处理菌渣1.2万吨。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "菌渣收集处理量", "≥20000吨", "≥12000吨"),
        (None, None, "有机肥生产量", "≥8000吨",
         mk("≥9000吨", "D201", "error", note="年度产量大于两年期累计产量")),
        (None, None, "培训食用菌种植户", "≥400人次",
         mk("≥400人次", "D202", "warning", note="两年期累计人次原样抄到年度")),
        (None, "质量指标", "有机肥检测合格率", "≥95%", "≥95%"),
        (None, "时效指标", "加工车间投产时间", "2026年3月31日前", "2025年12月31日前完成设备安装"),
        ("成本指标", "经济成本指标", "有机肥单位加工成本", "≤300元/吨", "≤300元/吨"),
        ("效益指标", "生态效益指标", "菌渣资源化利用率", "≥90%", "≥90%"),
        (None, "经济效益指标", "有机肥销售收入", "≥640万元", "≥300万元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"))  # fmt: skip
    sign(s, "黄映川", "0591-6637258")
    return b


@variant("ea05-rooms-cold-labels", (5, 7, 10),
         "project, OLD-NAT, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标), headers 指标内容 / 绩效标准 / 分值, 90 points with "
         "预算执行率 apart (correct)")  # fmt: skip
def rooms_cold_labels() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="金针菇鲜菇预冷库及包装间建设项目",
        dept=DEPT,
        unit=PARK,
        money=one_year(200, 170, 30),
        goals=["新建预冷库800立方米、改建包装间600平方米，鲜菇采后损耗率降低3个百分点。"],
    )
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "新建预冷库容量", "≥800立方米", 10),
        (None, None, "改建包装间面积", "≥600平方米", 10),
        (None, "（二）质量指标", "预冷库降温达标率", "≥95%", 10),
        (None, "（三）时效指标", "工程完工时间", "2025年9月30日前", 10),
        (None, "（四）成本指标", "预冷库单位造价", "≤1500元/立方米", 10),
        ("二、效益指标（30分）", "（一）经济效益指标", "鲜菇采后损耗率降低", "≥3百分点", 10),
        (None, "（二）社会效益指标", "新增冷链岗位", "≥15个", 10),
        (None, "（三）可持续影响指标", "预冷库设备维护制度", "建立并执行", 10),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "合作社满意度", "≥90%", 10),
    ], head=("一级指标", "二级指标", "指标内容", "绩效标准", "分值"))  # fmt: skip
    s.row("注：预算执行率（10分）另行评价，本表合计90分。", merge=[(1, 6)])
    sign(s, "陈禾生", "0591-6637290")
    return b


@variant("ea06-rooms-leftovers", (5, 9),
         "project, NAT-2021, abbreviated and starred tier labels: a quality rate under 时效, a "
         "date stored as a 5-digit serial in text, a placeholder count")  # fmt: skip
def rooms_leftovers() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="金针菇出菇房消防与电气安全改造项目",
        dept=DEPT,
        unit=PARK,
        money=one_year(96, 80, 16),
        goals=["完成20间出菇房消防喷淋及电气线路改造，全年不发生火灾事故。"],
    )
    indicators(s, [
        ("*产出", "数量", "消防改造出菇房数量",
         mk("≥**间", "X101", "error", note="占位符未填写（目标文字为20间）")),
        (None, "质量", "消防设施检测合格率", "=100%"),
        (None, "时效",
         mk("电气线路改造验收合格率", "F201", "warning", row=True,
            note="合格率是质量指标，填在时效下"), "=100%"),
        (None, None, "消防改造完成时限",
         mk("45961", "X104", "warning", note="文本单元格中的日期序列号（2025-10-31）")),
        ("*成本", "经济成本", "单间消防改造费用", "≤4万元/间"),
        ("*效益", "社会效益", "出菇房火灾事故", "0起"),
        (None, "可持续影响", "消防设施巡检制度", "建立并执行"),
        ("*满意度", "服务对象满意度", "入园菌企满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "陈禾生", "0591-6637290")
    return b
