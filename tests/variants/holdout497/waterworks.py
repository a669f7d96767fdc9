"""Returns on drinking-water defluoridation works: multi-year projects, department money,
budget-system exports (items 7, 8, 12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout497.common import (
    HEAD4,
    WATER,
    YEAR,
    funds,
    indicators,
    sign,
    start,
    wan,
)
from tests.variants.holdout497.registry import variant
from tests.variants.kit import Book, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "am13-three-year-works",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: cumulative counts below their period, rates and unit costs equal (correct)",
)
def am13() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="饮水型氟中毒病区集中供水工程建设", dept=WATER,
                 unit="硝川县农村饮水安全工程建设管理处", attr="新增项目",
                 money=funds((2400, 2100, 300), (900, 800, 100)),
                 goals=["三年新建集中供水工程36处，覆盖52个病区村，病区村饮水氟化物全部达标。",
                        "本年新建集中供水工程14处，覆盖20个病区村。"])  # fmt: skip
    rows = [
        ["成本指标", "经济成本指标", "每处集中供水工程建设成本", "≤60万元/处", "≤60万元/处"],
        ["产出指标", "数量指标", "新建集中供水工程处数", "≥36处", "≥14处"],
        [None, None, "覆盖病区村数", "≥52个", "≥20个"],
        [None, "质量指标", "出厂水氟化物合格率", "≥95%", "≥95%"],
        [None, "时效指标", "工程完工时间", "2027年12月31日前", "2025年12月31日前"],
        ["效益指标", "社会效益指标", "病区村受益人口", "≥21000人", "≥8000人"],
        [None, "可持续影响指标", "工程设计使用年限", "≥20年", "≥20年"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"],
    ]
    indicators(s, TWO, rows)
    return b


@variant(
    "am14-two-year-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: two "
    "cumulative counts copied from 中期, one annual count above its period count",
)
def am14() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="病区村小型除氟净水设备入户安装", dept=WATER,
                 unit="硝川县农村供水总站", attr="新增项目",
                 money=funds((1500, 1400, 100), (800, 750, 50)),
                 goals=["两年为分散供水病区户安装除氟净水设备4800台。",
                        "本年安装除氟净水设备2600台，培训管水员120人。"])  # fmt: skip
    copied = "annual count equals its two-year count: copied from 中期"
    spill = mk("≤0.28万元/台", "B107", "warning", row=True, required=False,
               note="the copied 4800台 × 0.28 exceeds the annual 800: a consequence")  # fmt: skip
    rows = [
        ["成本指标", "经济成本指标", "每台设备购置安装成本", "≤0.28万元/台", spill],
        [
            "产出指标",
            "数量指标",
            "安装除氟净水设备台数",
            "≥4800台",
            mk("≥4800台", "D202", "warning", note=copied),
        ],
        [None, None, "培训村级管水员人数", "≥120人", mk("≥120人", "D202", "warning", note=copied)],
        [
            None,
            None,
            "覆盖分散供水病区村数",
            "≥40个",
            mk("≥46个", "D201", "error", note="46 villages in the year, 40 over two years"),
        ],
        [None, "质量指标", "设备出水氟化物达标率", "≥95%", "≥95%"],
        ["效益指标", "社会效益指标", "受益分散供水户数", "≥4800户", "≥2600户"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"],
    ]
    indicators(s, TWO, rows)
    return b


@variant(
    "am15-department-shares",
    (12,),
    "department, NAT-2021: budget with a row of shares, "
    "key tasks adding to 金额合计, a unit cost × count equal to its task (correct)",
)
def am15() -> Book:
    b, s = start()
    tasks = [["病情监测", "病区村水氟和儿童氟斑牙监测", wan(185), "掌握病情"],
             ["氟骨症救治", "520名氟骨症患者救治", wan(260), "减轻痛苦"],
             ["改水监测", "降氟改水工程水质监测", wan(150), "水氟达标"],
             ["金额合计", None, wan(595), None]]  # fmt: skip
    budget = [[wan(850), wan(765), wan(85), wan(255), wan(595)],
              [pct(1), pct(0.9), pct(0.1), pct(0.3), pct(0.7)]]  # fmt: skip
    department_head(s, year=YEAR, dept="蒿原县疾病预防控制中心", budget=budget, tasks=tasks,
                    goal="持续控制饮水型氟中毒，病区儿童氟斑牙检出率下降。")  # fmt: skip
    rows = [
        ["成本指标", "经济成本指标", "每名氟骨症患者年均救治费用", "≤0.5万元/人"],
        ["产出指标", "数量指标", "氟骨症患者救治人数", "≥520人"],
        [None, None, "水质监测病区村数", "≥88个"],
        [None, "质量指标", "水样检测质控合格率", "≥95%"],
        [None, "时效指标", "监测数据上报时间", "2025年11月15日前"],
        ["效益指标", "社会效益指标", "儿童氟斑牙检出率", "≤25%"],
        [None, "可持续影响指标", "病区村防治档案完整率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "患者及家属满意度", "≥90%"],
    ]
    indicators(s, HEAD4, rows)
    sign(s, "聂青禾", "0937-6650318")
    return b


@variant(
    "am16-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
    "tasks not adding to 金额合计, a unit cost × count above the project money",
)
def am16() -> Book:
    b, s = start()
    tasks = [["水厂改造", "4座降氟水厂工艺改造", wan(150), "出水达标"],
             ["设备配发", "分散户除氟设备配发", wan(160), "设备入户"],
             ["水质检测", "出厂水及末梢水检测", wan(100), "水氟达标"],
             ["金额合计", None, mk(wan(420), "B102", "error", note="150 + 160 + 100 = 410"),
              None]]  # fmt: skip
    total = mk(wan(640), "B101", "error", note="基本支出 200 + 项目支出 420 = 620, not 640")
    department_head(s, year=YEAR, dept="蒿原县水务局", tasks=tasks,
                    budget=[[total, wan(580), wan(60), wan(200), wan(420)]],
                    goal="完成降氟水厂改造和分散户除氟设备配发。")  # fmt: skip
    cap = mk("≤3.5万元/台", "B107", "warning", row=True,
             note="3.5万元 × 150台 = 525万元, above 项目支出 420 and the 160 task")  # fmt: skip
    rows = [
        ["成本指标", "经济成本指标", "每台除氟设备购置标准", cap],
        ["产出指标", "数量指标", "配发除氟设备台数", "≥150台"],
        [None, None, "改造降氟水厂座数", "≥4座"],
        [None, "质量指标", "改造后出厂水氟化物达标率", "≥95%"],
        [None, "时效指标", "改造工程完工时间", "2025年11月30日前"],
        ["效益指标", "社会效益指标", "受益人口", "≥26000人"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"],
    ]
    indicators(s, HEAD4, rows)
    return b


@variant(
    "am17-export-second-sheet",
    (7, 12),
    "budget-system export: money with codes on sheet "
    "05-1, the indicator table on sheet 05-2 under a header on the third row, operators in "
    "words and a unit column (correct)",
)
def am17() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 30, 14, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "功能科目", "资金总额", "财政拨款", "其他资金")
    s.row("417011250031", "病区村除氟净水设备运行维护补助", "2130314", wan(96), wan(90), wan(6))
    s.row("合计", None, None, wan(96), wan(90), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 26, 12, 12, 12, 28, 10, 8, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 9)
    t.row("单位名称：硝川县水利局", None, None, None, None, None, None, None, "单位：万元")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位", "年度目标")  # fmt: skip
    code, name = "417011250031", "病区村除氟净水设备运行维护补助"
    goal = "补助1600台除氟净水设备全年正常运行"
    rows = [
        ["产出指标", "数量指标", "补助运行的除氟设备台数", "大于等于", 1600, "台"],
        ["产出指标", "质量指标", "设备出水氟化物达标率", "大于等于", 95, "%"],
        ["产出指标", "时效指标", "补助资金拨付时限", "小于等于", 30, "个工作日"],
        ["成本指标", "经济成本指标", "每台设备年度运维补助", "小于等于", 600, "元/台"],
        ["效益指标", "社会效益指标", "病区村饮水氟超标户比例", "小于等于", 5, "%"],
        ["效益指标", "可持续影响指标", "设备正常运行率", "大于等于", 90, "%"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "大于等于", 90, "%"],
    ]
    for r in rows:
        t.row(code, name, *r, goal)
    return b


@variant(
    "am18-one-year-mismatch",
    (8, 12),
    "one-year project, OLD-NAT, 中期 and 年度 money "
    "columns that differ, a completion date in the next year",
)
def am18() -> Book:
    b, s = start()
    annual = mk(wan(150), "B109", "warning", note="one-year project: 年度 150 against 中期 180")
    project_head(s, year=YEAR, name="卤泊镇降氟水厂滤池改造", dept=WATER,
                 unit="卤泊镇水利站", money=funds((180, 170, 10), (annual, 140, 10)),
                 goals=["改造降氟水厂滤池2座，出厂水氟化物稳定达标。"])  # fmt: skip
    late = mk("2026年6月30日前", "Y102", "error", alt=("Y103",),
              note="a one-year 2025 project finishing in 2026")  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "改造降氟滤池座数", "≥2座"],
        [None, "质量指标", "改造工程验收合格率", "=100%"],
        [None, "时效指标", "改造工程竣工验收时间", late],
        [None, "成本指标", "每座滤池改造成本", "≤70万元/座"],
        ["效益指标", "社会效益指标", "出厂水氟化物达标率", "≥95%"],
        [None, "可持续影响指标", "改造后滤池设计使用年限", "≥15年"],
        ["满意度指标", "服务对象满意度指标", "受益居民满意度", "≥90%"],
    ]
    indicators(s, HEAD4, rows)
    return b
