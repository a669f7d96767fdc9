"""Household biogas repair and large biogas plants: tm01 to tm06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout315.common import (
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout315.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "tm01-biogas-repair",
    (1, 5),
    "project, NAT-2021, numbered tier labels with points, "
    "operator and unit columns, percent cells (correct)",
)
def tm01() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="棠梨县户用沼气池维修改造项目",
        dept="棠梨县农业农村局（208）",
        unit="棠梨县农村能源工作站",
        money=one_year(wan(86.4), wan(72), wan(14.4)),
        goals=["维修改造户用沼气池1200口，更换输气管路和灶具，恢复正常产气，消除安全隐患。"],
    )
    indicators(
        s,
        HEAD6,
        [
            ("一、产出指标（50分）", "（一）数量指标", "维修改造户用沼气池数量", "≥", 1200, "口"),
            (None, None, "更换输气管路及灶具", "≥", 1200, "套"),
            (None, "（二）质量指标", "改造后池体验收合格率", "≥", pct(0.95), "%"),
            (None, None, "改造后沼气池故障率", "≤", pct(0.05), "%"),
            (None, "（三）时效指标", "维修改造完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
            (
                "二、成本指标（20分）",
                "（一）经济成本指标",
                "每口沼气池维修补助标准",
                "≤",
                600,
                "元/口",
            ),
            ("三、效益指标（20分）", "（一）社会效益指标", "沼气池安全事故发生数", "≤", 0, "起"),
            (None, "（二）生态效益指标", "年替代标准煤", "≥", 480, "吨"),
            (None, "（三）可持续影响指标", "改造后沼气池正常使用年限", "≥", 5, "年"),
            (
                "四、满意度指标（10分）",
                "（一）服务对象满意度指标",
                "改造农户满意度",
                "≥",
                pct(0.9),
                "%",
            ),
        ],
    )
    notes(s, "注：每口维修补助600元由财政拨款安排，农户自筹部分列入其他资金。")
    signature(s, "严秋禾", "郦家栋", "0739-6628417")
    return b


@variant(
    "tm02-biogas-stacked",
    (2, 12),
    "two biogas projects stacked in one sheet, OLD-NAT, "
    "one value column: the second's money does not add up and a rate is a count",
)
def tm02() -> Book:
    b, s = start("绩效目标表")
    project_head(
        s,
        year=YEAR,
        name="雁泽县户用沼气池安全隐患整治项目",
        dept="雁泽县农业农村局",
        unit="雁泽县农村能源站",
        money=one_year(wan(42.5), wan(36), wan(6.5)),
        goals=["对全县在用户用沼气池开展安全检查，整治隐患池900口。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "整治隐患沼气池数量", "≥900口"),
            (None, "质量指标", "整治后安全检查合格率", "≥95%"),
            (None, "时效指标", "整治任务完成时间", "9月30日前"),
            (None, "成本指标", "每口整治补助标准", "≤400元/口"),
            ("效益指标", "社会效益指标", "沼气池安全事故发生数", "0起"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="雁泽县“一池三改”配套改造项目",
        dept="雁泽县农业农村局",
        unit="雁泽县农村能源站",
        title="",
        goals=["配套改圈、改厕、改厨640户。"],
        money=[
            ("年度资金总额", mk(wan(58), "B101", "error", note="45 + 8 = 53 ≠ 58")),
            ("其中：财政拨款", wan(45), "其他资金", wan(8)),
        ],
    )
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "完成“一池三改”配套农户", "≥640户"),
            (
                None,
                "质量指标",
                "沼气池安全检查覆盖率",
                mk("≥640户", "T105", "error", note="a 覆盖率 given as a count of households"),
            ),
            (None, "成本指标", "户均配套改造补助", "≤700元/户"),
            ("效益指标", "生态效益指标", "畜禽粪便入池处理量", "≥3800吨"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥92%"),
        ],
    )
    return b


@variant(
    "tm03-plant-multi-year",
    (8, 10),
    "three-year large biogas plant, NAT-2021, tier points "
    "and indicator points, 中期 and 年度 columns, a rate raised in 百分点 (correct)",
)
def tm03() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="柘岭区规模养殖场大中型沼气工程建设项目",
        dept="柘岭区农业农村局",
        unit="柘岭区农村能源服务中心",
        attr="新增项目",
        money=multi_year((wan(1260), wan(900), wan(360)), (wan(420), wan(300), wan(120))),
        goals=[
            "三年建成大中型沼气工程6处，新增池容6000立方米，畜禽粪污资源化利用率提高8个百分点。",
            "年内建成大中型沼气工程2处，新增池容2000立方米，完成首批工程验收。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "分值", "指标值（中期）", "指标值（年度）"),
        [
            ("产出指标（50分）", "数量指标", "新建大中型沼气工程", 15, "≥6处", "≥2处"),
            (None, None, "新增沼气池容积", 10, "≥6000立方米", "≥2000立方米"),
            (None, None, "累计处理畜禽粪污量", 10, "≥9万吨", "≥2万吨"),
            (None, "质量指标", "工程竣工验收合格率", 10, "=100%", "=100%"),
            (None, "时效指标", "建设任务完成时间", 5, "2027年12月31日前", "2025年12月31日前"),
            (
                "成本指标（20分）",
                "经济成本指标",
                "单位池容建设成本",
                10,
                "≤1500元/立方米",
                "≤1500元/立方米",
            ),
            (None, "生态环境成本指标", "沼液沼渣外溢污染事件", 10, "0起", "0起"),
            (
                "效益指标（20分）",
                "生态效益指标",
                "畜禽粪污资源化利用率",
                10,
                "提高≥8百分点",
                "提高≥3百分点",
            ),
            (None, "经济效益指标", "累计产沼气量", 5, "≥120万立方米", "≥20万立方米"),
            (None, "可持续影响指标", "工程设计运行年限", 5, "≥15年", "≥15年"),
            ("满意度指标（10分）", "服务对象满意度指标", "周边养殖户满意度", 10, "≥90%", "≥90%"),
        ],
    )
    notes(s, "注：一级指标分值与三级指标分值为同一口径，合计均为100分。")
    return b


@variant(
    "tm04-plant-period-wrong",
    (8, 11),
    "two-year biogas supply plant, NAT-2021, 实施期 and "
    "年度 columns: an annual count above the period, a count copied, a 反向 rate with ≥",
)
def tm04() -> Book:
    b, s = start("项目绩效目标")
    project_head(
        s,
        year=YEAR,
        years=2,
        name="雁泽县大中型沼气工程提质改造及集中供气项目",
        dept="雁泽县农业农村局",
        unit="雁泽县农村能源站",
        money=multi_year((wan(640), wan(520), wan(120)), (wan(380), wan(300), wan(80))),
        goals=[
            "两年提质改造大中型沼气工程4处，新铺供气管网，向周边农户集中供气。",
            "年内完成2处工程改造和首期管网铺设。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"),
        [
            (
                "产出指标",
                "数量指标",
                "提质改造大中型沼气工程",
                "≥4处",
                mk("≥5处", "D201", "error", note="年度 5 处 above the 实施期 4 处"),
            ),
            (None, None, "铺设集中供气管网", "≥36公里", "≥20公里"),
            (
                None,
                None,
                "集中供气农户",
                "≥1600户",
                mk(
                    "≥1600户",
                    "D202",
                    "warning",
                    note="cumulative count copied in a two-year project",
                ),
            ),
            (None, "质量指标", "供气管网压力检测合格率", "≥98%", "≥98%"),
            (None, "时效指标", "改造任务完成时间", "2026年11月30日前", "2025年11月30日前"),
            ("成本指标", "经济成本指标", "供气管网单位造价", "≤8万元/公里", "≤8万元/公里"),
            (
                "效益指标",
                "生态效益指标",
                "沼气管网泄漏率",
                mk("≥1%", "T108", "warning", row=True, note="a 泄漏率 is 反向; ≥ rewards leaks"),
                "≥1%",
            ),
            (None, "社会效益指标", "年均稳定供气天数", "≥330天", "≥330天"),
            ("满意度指标", "服务对象满意度指标", "供气农户满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "tm05-biogas-flat-department",
    (3, 4),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator in words · 指标值), notes and signature lines (correct)",
)
def tm05() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="棠梨县农村能源工作站",
        budget=[(wan(320), wan(296), wan(24), wan(188), wan(132))],
        tasks=[
            ("户用沼气池后续服务", "病池维修、安全巡检", wan(52), "巡检3000户"),
            ("大中型沼气工程运行监管", "运行检查、监测", wan(46), "监管全覆盖"),
            ("农村能源技术培训", "沼气工、光伏运维培训", wan(34), "培训600人次"),
            ("金额合计", None, wan(132), None),
        ],
        goal="巩固户用沼气池安全运行，监管大中型沼气工程，提升农村能源服务能力。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("户用沼气池巡检户数", 15, "户", "大于等于", 3000),
            ("沼气服务网点正常运营率", 15, "%", "大于等于", pct(0.9)),
            ("沼气池安全事故发生数", 10, "起", "等于", 0),
            ("大中型沼气工程运行监管覆盖率", 15, "%", "等于", pct(1)),
            ("农村能源技术培训人次", 15, "人次", "大于等于", 600),
            ("培训考核合格率", 10, "%", "大于等于", 92),
            ("沼气池报修响应时间", 10, "小时", "小于等于", 48),
            ("服务对象满意度", 10, "%", "大于等于", 90),
        ]
    )
    notes(
        s,
        "注：权重合计100分；安全事故发生数以县应急管理部门统计为准。",
        "说明：监管覆盖率按已备案的大中型沼气工程计算。",
        width=5,
    )
    signature(s, "严秋禾", "柯望舒", "0739-6628420")
    return b


@variant(
    "tm06-plant-export",
    (7, 9),
    "budget-system export: codes in the first columns, header "
    "on the third row, indicators on a second sheet; a date serial and a split amount",
)
def tm06() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 24, 18, 10, 12, 12, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表（05-1）", 9)
    s.row(
        "单位名称：柘岭区农村能源服务中心", None, None, None, None, None, None, None, "单位：万元"
    )
    s.row(
        "项目编码",
        "项目名称",
        "实施单位",
        "项目期",
        "计划开始日期",
        "计划完成日期",
        "年度资金总额",
        "财政拨款",
        "其他资金",
    )
    s.row(
        "430521250017",
        "柘岭区中型沼气工程沼渣沼液利用设施项目",
        "柘岭区农村能源服务中心",
        "1年",
        day(YEAR, 1, 1),
        mk("46022", "X104", "warning", note="2025-12-31 as a serial in text"),
        wan(108.625),
        mk("96.12 5", "X105", "warning", alt=("X103",), note="a split number, read 96.125"),
        wan(12.5),
    )
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 14, 16, 28, 14, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表（05-2）", 7)
    t.row("年度绩效目标：建成沼渣沼液储存利用设施3处，配套还田管网，实现就近消纳。", merge=[(1, 7)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    t.table(
        [
            (
                "430521250017",
                "柘岭区中型沼气工程沼渣沼液利用设施项目",
                "产出指标",
                "数量指标",
                "建成沼渣沼液储存池",
                "≥3",
                "处",
            ),
            (None, None, None, None, "配套还田管网", "≥6", "公里"),
            (None, None, None, "质量指标", "设施验收合格率", "≥95", "%"),
            (None, None, None, "时效指标", "设施建成投用时间", "11月30日前", None),
            (None, None, "成本指标", "经济成本指标", "储存池单位建设成本", "≤18", "万元/处"),
            (None, None, "效益指标", "生态效益指标", "沼液沼渣综合利用率", "≥90", "%"),
            (None, None, None, "经济效益指标", "带动农户减少化肥支出", "≥200", "元/亩"),
            (None, None, "满意度指标", "服务对象满意度指标", "周边种植户满意度", "≥90", "%"),
        ],
        merged=(1, 2, 3, 4),
    )
    return b
