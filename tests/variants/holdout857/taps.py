"""Returns kgi13–kgi18: water quality testing at taps (龙头水)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout857.common import (
    TIERS3,
    book,
    multi_year,
    notes,
    one_year,
    sign,
    table,
    wan,
)
from tests.variants.holdout857.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kgi13-tap-testing-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def tap_testing_flat() -> Book:
    b, s = book()
    tasks = [
        ("龙头水采样检测", "按季度采集龙头水水样并检测", wan(150), "检测水样1440份"),
        ("水质信息公开", "按季度公开龙头水检测结果", wan(30), "公开4次"),
        ("检测设备运维", "实验室检测设备维护校准", wan(80), "设备完好率95%"),
        ("金额合计", None, wan(260), None),
    ]
    department_head(s, year=2025, dept="蔺川市供水水质监测站",
                    budget=[(wan(640), wan(590), wan(50), wan(380), wan(260))], tasks=tasks,
                    goal="全年在360个龙头水点位开展季度采样检测，检测水样1440份，"
                         "龙头水水质综合合格率不低于98%。")  # fmt: skip
    rows = [
        ("龙头水采样点位数量", 10, "个", "≥", 360),
        ("龙头水检测水样份数", 15, "份", "≥", 1440),
        ("龙头水水质综合合格率", 15, "%", "≥", pct(0.98)),
        ("检测结果公开及时率", 10, "%", "≥", pct(0.95)),
        ("检测报告出具时限", 10, "工作日", "≤", 7),
        ("单份水样检测费用", 10, "元/份", "≤", 1000),
        ("水质超标点位整改完成率", 10, "%", "=", pct(1)),
        ("龙头水水质投诉率", 10, "%", "≤", pct(0.003, "0.0%")),
        ("用户满意度", 10, "%", "≥", pct(0.9)),
    ]  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(rows)
    sign(s, "庞砚秋", "0736-5579320", day(2024, 11, 21))
    return b


@variant("kgi14-tap-sampling-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns, typed percent cells: a sample count below "
         "the goal's, a count of sampling points under 质量")  # fmt: skip
def tap_sampling_wrong() -> Book:
    b, s = book()
    project_head(s, year=2025, name="居民小区龙头水水质抽检", dept="澜蒲区卫生健康局",
                 unit="澜蒲区疾病预防控制中心", money=one_year(wan(190), wan(170), wan(20)),
                 goals=["全年在480个龙头水点位按季度采样检测，共采集检测水样1920份，"
                        "及时处置水质异常。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "龙头水采样份数", "≥",
         mk(1440, "D104", "warning", note="年度目标写共采集检测水样1920份"), "份"),
        (None, None, "每份水样检测指标项数", "≥", 43, "项"),
        (None, "质量指标", "采样点位数量", "≥",
         mk(480, "F201", "warning", row=True, note="点位数量是数量指标，却填在质量指标下"),
         "个"),
        (None, None, "检测数据准确率", "≥", pct(0.99), "%"),
        (None, "时效指标", "检测报告出具时限", "≤", 5, "工作日"),
        (None, "成本指标", "单份水样检测费用", "≤", 900, "元/份"),
        ("效益指标", "社会效益指标", "龙头水水质合格率", "≥", pct(0.97), "%"),
        (None, None, "水质异常处置及时率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    table(s, (*TIERS3, "比较符", "指标值", "计量单位"), rows)
    sign(s, "苗叙白", "0739-8857104", day(2024, 12, 4))
    return b


@variant("kgi15-tap-multiyear-wrong", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual money above the period's, "
         "a cumulative count copied from 中期 into 年度")  # fmt: skip
def tap_multiyear_wrong() -> Book:
    b, s = book()
    annual = mk(wan(620), "B103", "error", note="年度资金620万元大于中期资金600万元")
    project_head(s, year=2025, years=3, name="龙头水水质在线监测网络建设",
                 dept="蔺川市水务局（318）", unit="蔺川市供水水质监测站",
                 money=multi_year((wan(600), wan(540), wan(60)), (annual, wan(580), wan(40))),
                 goals=["三年新建龙头水在线监测点90个，覆盖主城区居民小区，"
                        "龙头水水质合格率稳定在98%以上。",
                        "2025年建成在线监测点30个，完成龙头水人工抽检1200份。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新增龙头水在线监测点", "≥90个",
         mk("≥90个", "D202", "warning", alt=("D104",),
            note="三年累计数照抄到年度，年度目标写2025年建成30个")),
        (None, None, "龙头水人工抽检份数", "≥3600份", "≥1200份"),
        (None, "质量指标", "在线监测数据有效率", "≥95%", "≥95%"),
        (None, "时效指标", "监测点建成时间", "2027年10月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单个在线监测点建设成本", "≤6万元/个", "≤6万元/个"),
        ("效益指标", "社会效益指标", "龙头水水质合格率", "≥98%", "≥98%"),
        (None, "可持续影响指标", "监测数据公开平台", "建成并稳定运行", "完成平台搭建"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, (*TIERS3, "中期指标值", "年度指标值"), rows)
    sign(s, "庞砚秋", "0736-5579320", day(2024, 11, 28))
    return b


@variant("kgi16-tap-stacked", (2,),
         "three projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values in different projects (correct)")  # fmt: skip
def tap_stacked() -> Book:
    b, s = book("绩效目标表")
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    common = {"year": 2025, "dept": "澜蒲区水务局", "unit": "澜蒲区供水水质检测所"}
    project_head(
        s,
        name="龙头水水质检测",
        money=one_year(wan(150), wan(140), wan(10)),
        goals=["全年检测龙头水水样1600份，水质检测结果全部按季度公开。"],
        **common,
    )
    table(s, head, [
        ("产出指标", "数量指标", "检测水样份数", "≥1600份"),
        (None, "质量指标", "检测结果准确率", "≥99%"),
        (None, "时效指标", "检测报告出具时限", "≤5个工作日"),
        (None, "成本指标", "单份水样检测费用", "≤900元/份"),
        ("效益指标", "社会效益指标", "龙头水水质合格率", "≥97%"),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        title="",
        name="水质信息公示屏建设",
        money=one_year(wan(45), wan(45), wan(0)),
        goals=["在居民小区安装水质信息公示屏60块，实时公开龙头水水质。"],
        **common,
    )
    table(s, head, [
        ("产出指标", "数量指标", "公示屏安装数量", "≥60块"),
        (None, "质量指标", "公示数据准确率", "≥99%"),
        (None, "时效指标", "安装完成时间", "2025年9月30日前"),
        (None, "成本指标", "单块公示屏建设费用", "≤0.7万元/块"),
        ("效益指标", "社会效益指标", "小区水质信息公开覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, title="", name="水质实验室检测设备更新",
                 money=one_year(wan(88), wan(80), wan(8)),
                 goals=["更新检测设备6台（套），新增检测项目12项。"], **common)  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "更新检测设备数量", "≥6台套"),
        (None, None, "新增检测项目", "≥12项"),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", "设备安装调试完成时间", "2025年8月31日前"),
        (None, "成本指标", "设备采购费用", "≤88万元"),
        ("效益指标", "可持续影响指标", "设备使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "检测人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgi17-tap-second-sheet-wrong", (7, 13),
         "project, NAT-2021: head on sheet 项目信息, indicators on sheet 绩效目标 under "
         "预期实现值: a value without a name, a template example row, a late deadline")  # fmt: skip
def tap_second_sheet_wrong() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2025, name="龙头水水质季度抽检", dept="栖禾区卫生健康局",
                 unit="栖禾区卫生监督所", money=one_year(wan(85), wan(80), wan(5)),
                 goals=["全年对220个居民小区龙头水开展季度抽检，检测水样880份，"
                        "2025年12月底前完成全部检测并公开结果。"])  # fmt: skip
    t = b.sheet("绩效目标", (16, 18, 32, 26))
    rows = [
        ("产出指标", "数量指标", "抽检居民小区数量", "≥220个"),
        (None, None, "检测水样份数", "≥880份"),
        (None, "质量指标", "检测数据准确率", "≥99%"),
        (None, None, mk(None, "F110", "error", note="有指标值≥95%，三级指标名称空着"), "≥95%"),
        (None, "时效指标", "全部检测完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y101", "D104"),
            note="一年期2025年项目，年度目标写2025年12月底前完成")),
        ("成本指标", "经济成本指标", "单份水样检测费用", "≤900元/份"),
        ("效益指标", "社会效益指标", "龙头水水质合格率", "≥97%"),
        (None, "可持续影响指标", "示例：XX检测覆盖率",
         mk("≥XX%", "X101", "error", row=True, note="模板示例行未删除")),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ]  # fmt: skip
    table(t, (*TIERS3, "预期实现值"), rows)
    return b


@variant("kgi18-tap-dept-wrong", (4, 12),
         "department, NAT-2021, tasks with 金额合计, footnote and signature: 资金总额 ≠ 基本支出 + "
         "项目支出, tasks not adding to 金额合计, a unit cost under 数量指标")  # fmt: skip
def tap_dept_wrong() -> Book:
    b, s = book()
    tasks = [
        ("龙头水抽检", "抽检居民小区龙头水水样", wan(150), "抽检1500份"),
        ("水质公示", "按季度公示龙头水水质", wan(40), "公示4次"),
        ("实验室运维", "检测设备维护与试剂采购", wan(70), "设备完好率95%"),
        ("金额合计", None, mk(wan(270), "B102", "error", note="150 + 40 + 70 = 260 ≠ 270"),
         None),
    ]  # fmt: skip
    total = mk(wan(900), "B101", "error", note="基本支出640 + 项目支出270 = 910 ≠ 900")
    department_head(s, year=2025, dept="澜蒲区供水水质检测所",
                    budget=[(total, wan(820), wan(80), wan(640), wan(270))], tasks=tasks,
                    goal="全年抽检龙头水水样1500份，龙头水水质合格率不低于97%。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "龙头水抽检份数", "≥1500份"),
        (None, None, "单份水样检测费用",
         mk("≤800元/份", "F201", "warning", row=True, note="单价是成本指标，却填在数量指标下")),
        (None, "质量指标", "检测结果准确率", "≥99%"),
        (None, "时效指标", "检测报告出具时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "实验室运维费用", "≤70万元"),
        ("效益指标", "社会效益指标", "龙头水水质合格率", "≥97%"),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "≥90%"),
    ]  # fmt: skip
    table(s, (*TIERS3, "指标值"), rows)
    notes(s, "注：本表金额单位为万元。")
    sign(s, "柏知远", "0739-8863051", day(2024, 11, 19))
    return b
