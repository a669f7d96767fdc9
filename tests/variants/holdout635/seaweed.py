"""Kelp (海带) and wakame (裙带菜) raft-culture returns: fu07 to fu12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout635.common import book, indicators, note, one_year_money, sign, wan
from tests.variants.holdout635.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "fu07-kelp-notes",
    (4,),
    "project, OLD-NAT, one value column; a 注 row between tiers, footnotes, 填表说明, "
    "signature and a fill date in the year before, 0起 on an incident count (correct)",
)
def fu07() -> Book:
    b, s = book()
    project_head(s, year=2026, name="石礁湾海带筏式养殖扩面项目", dept="鹭屿县海洋与渔业局",
                 unit="鹭屿县水产技术推广站",
                 money=one_year_money(wan(200), wan(160), wan(40)),
                 goals=["在石礁湾海域新增海带筏式养殖筏架1200台（其中深水抗风浪筏架400台），"
                        "鲜海带产量达到9000吨以上，带动渔户150户。"])  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "新增海带养殖筏架", "≥1200台"),
        (None, None, "其中：深水抗风浪筏架", "≥400台"),
        (None, "质量指标", "淡干海带一级品率", pct(0.8)),
        (None, "时效指标", "海带夹苗完成时间", "2026年12月20日前"),
        (None, "成本指标", "海带苗绳补助标准", "≤1000元/台"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：深水抗风浪筏架包含在新增筏架总数内，不另计。", 4)
    s.table([
        ("效益指标", "经济效益指标", "鲜海带产量", "≥9000吨"),
        (None, "社会效益指标", "带动渔户", "≥150户"),
        (None, None, "海上养殖安全生产事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "养殖渔户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    note(s, "注：1.补助标准按每台筏架苗绳、浮球实际投入测算；2.产量按鲜重计。")
    note(s, "填表说明：三级指标应细化量化，定性指标须写明评价等级。")
    sign(s, "林澄海", "0596-7713 2046", day(2025, 11, 18))
    s.row("单位负责人（签字）：", None, "许望潮", None, "（单位盖章）")
    return b


@variant("fu08-kelp-cost-goal", (11, 12),
         "project, OLD-NAT, operator and unit columns: a unit cost × count above the money, an "
         "output below the goal's, a 反向 rate with ≥")  # fmt: skip
def fu08() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="北礁海带筏式养殖提质项目",
        dept="鹭屿县海洋与渔业局",
        unit="北礁乡渔业服务站",
        money=one_year_money(wan(150), wan(120), wan(30)),
        goals=["新增海带养殖筏架1500台，收获鲜海带9000吨以上，病烂发生率控制在5%以内。"],
    )
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新增海带养殖筏架", "≥", 1500, "台"),
        (None, "质量指标", "海带病烂发生率",
         mk("≥", "T108", "warning", row=True, alt=("D104",),
            note="a 反向 rate with ≥; the goal says 5%以内"), pct(0.05), "%"),
        (None, "时效指标", "筏架布设完成时间", "≤", "2026年10月31日", None),
        (None, "成本指标", "海带苗绳补助标准", "≤",
         mk(1200, "B107", "warning", row=True,
            note="1200元/台 × 1500台 = 180万元 > 项目资金 150万元"), "元/台"),
        ("效益指标", "经济效益指标", "鲜海带产量", "≥",
         mk(8000, "D104", "warning", row=True, note="the goal says 9000吨"), "吨"),
        (None, "社会效益指标", "带动渔户", "≥", 120, "户"),
        ("满意度指标", "服务对象满意度指标", "养殖渔户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "柯远帆", "0596-7720 3318", day(2025, 12, 5))
    return b


@variant(
    "fu09-wakame-department",
    (12, 7),
    "department, NAT-2021, header 预期目标: budget, tasks adding to 金额合计 (= 项目支出), a "
    "footnote explaining the total, task targets matching the indicators (correct)",
)
def fu09() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="鹭屿县海洋与渔业局",
                    budget=[(wan(560), wan(500), wan(60), wan(240), wan(320))],
                    tasks=[("裙带菜良种选育", "本地裙带菜种质保存与选育", wan(120),
                            "选育裙带菜良种1个"),
                           ("筏式养殖技术推广", "推广裙带菜、海带筏式养殖", wan(130),
                            "推广筏式养殖2000亩"),
                           ("藻类质量安全监测", "藻类产品抽检与养殖海域监测", wan(70),
                            "抽检样品200批次以上"),
                           ("金额合计", None, wan(320), None)],
                    goal="目标1：选育裙带菜良种1个；目标2：推广筏式养殖2000亩；"
                         "目标3：藻类产品抽检200批次以上，抽检合格率98%以上。")  # fmt: skip
    note(s, "注：金额合计为项目支出，不含基本支出240万元。")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "选育裙带菜良种", "≥1个"),
        (None, None, "推广筏式养殖面积", "≥2000亩"),
        (None, None, "藻类产品抽检", "≥200批次"),
        (None, "质量指标", "藻类产品抽检合格率", "≥98%"),
        (None, "时效指标", "抽检结果报送时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单批次抽检成本", "≤1500元/批次"),
        ("效益指标", "经济效益指标", "推广区亩均增收", "≥600元"),
        (None, "可持续影响指标", "良种在本县覆盖养殖户比例", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fu10-wakame-years", (8,),
         "one-year project, OLD-NAT: last season's year in the 年度目标, a harvest deadline in "
         "the next year, a rate given as a count")  # fmt: skip
def fu10() -> Book:
    b, s = book()
    goal = mk("2025年度在北湾海域开展裙带菜筏式养殖800亩，夹苗绳长度不少于40万米，"
              "带动渔户60户。", "Y103", "warning", alt=("Y101",),
              note="2025 is last season's year in a 2026 one-year return")  # fmt: skip
    project_head(
        s,
        year=2026,
        name="北湾裙带菜筏式养殖示范",
        dept="鹭屿县海洋与渔业局",
        unit="鹭屿县北湾渔业合作社联合社",
        money=one_year_money(wan(96), wan(80), wan(16)),
        goals=[goal],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "裙带菜筏式养殖面积", "≥800亩"),
        (None, None, "夹苗绳长度", "≥40万米"),
        (None, "质量指标", "裙带菜苗种附着率",
         mk("≥30株/米", "T105", "error", note="a rate given as a count")),
        (None, "时效指标", "裙带菜收割完成时间",
         mk("2027年5月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="a one-year 2026 project cannot end its harvest in 2027")),
        (None, "成本指标", "苗绳补助标准", "≤2元/米"),
        ("效益指标", "经济效益指标", "亩均产值", "≥6000元"),
        (None, "社会效益指标", "带动渔户", "≥60户"),
        ("满意度指标", "服务对象满意度指标", "养殖渔户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄汐", "0596-7731 6620", day(2025, 11, 25))
    return b


@variant(
    "fu11-seaweed-flat",
    (3, 11),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator in words · "
    "指标值), typed percents, a 反向 rate with 小于等于, weights add to 100 (correct)",
)
def fu11() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="鹭屿县藻类产业发展中心",
        budget=[(wan(420), wan(400), wan(20), wan(180), wan(240))],
        goal="稳定海带、裙带菜筏式养殖面积，提高藻类产品质量和抗风险能力。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("海带筏式养殖面积", 20, "亩", "大于等于", 3000),
        ("裙带菜筏式养殖面积", 15, "亩", "大于等于", 1200),
        ("藻类产品抽检合格率", 15, "%", "大于等于", pct(0.98)),
        ("养殖筏架台风损毁率", 10, "%", "小于等于", pct(0.03)),
        ("藻类育苗周期", 10, "天", "小于等于", 45),
        ("单台筏架苗绳补助", 10, "元/台", "小于等于", 800),
        ("藻类加工产值增长率", 10, "%", "大于等于", pct(0.08)),
        ("养殖渔户满意度", 10, "%", "大于等于", pct(0.9)),
    ]:  # fmt: skip
        s.row(*line)
    s.row("合计", 100)
    sign(s, "蔡潮生", "0596-7702 1187", day(2025, 11, 20))
    return b


@variant("fu12-seaweed-department-tasks", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, a task's raft count the "
         "indicator gives otherwise")  # fmt: skip
def fu12() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="礁北乡人民政府",
                    budget=[(wan(560), wan(520), wan(40), wan(210), wan(350))],
                    tasks=[("海带筏架更新", "更新深水海带养殖筏架", wan(120),
                            "新建海带筏架800台"),
                           ("裙带菜育苗", "建设裙带菜育苗池", wan(150), "育苗水体600立方米"),
                           ("渔港藻类晾晒场", "改造晾晒场地", wan(60), "改造晾晒场1处"),
                           ("金额合计", None,
                            mk(wan(350), "B102", "error", alt=("B101",),
                               note="120 + 150 + 60 = 330"), None)],
                    goal="更新海带养殖筏架，扩大裙带菜育苗能力，改善藻类晾晒条件。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建海带养殖筏架",
         mk("≥600台", "D104", "warning", row=True, note="the task says 800台")),
        (None, None, "裙带菜育苗水体", "≥600立方米"),
        (None, None, "改造藻类晾晒场", "≥1处"),
        (None, "质量指标", "筏架验收合格率", "≥95%"),
        (None, "时效指标", "筏架更新完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "筏架更新单台成本", "≤1400元/台"),
        ("效益指标", "经济效益指标", "藻类养殖户均增收", "≥3000元"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥90%"),
    ])  # fmt: skip
    return b
