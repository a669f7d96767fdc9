"""渔船更新改造 and 渔船安全设备: sn07–sn12 (department money, a budget-system export on two
sheets, decorated tier labels, template rows left empty, 中期 and 年度 columns)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout290.common import (
    indicators,
    multi_year,
    note,
    one_year,
    signature,
    start,
)
from tests.variants.holdout290.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

SIMPLE_TABLE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("sn07-renewal-department", (12, 4), "department (渔船更新改造服务中心), NAT-2021: budget "
         "and key tasks adding up, a 说明 row inside the table, footnotes explaining the total, "
         "0起 on an incident count, signature and a fill date in the prior year "
         "(correct)")  # fmt: skip
def sn07() -> Book:
    b, s = start()
    department_head(
        s, year=2025, dept="珊港市渔船更新改造服务中心",
        budget=[(money(1250), money(1100), money(150), money(350), money(900))],
        tasks=[
            ("老旧渔船拆解补助", "拆解报废老旧木质渔船", money(360), "拆解老旧渔船不少于40艘"),
            ("节能渔船更新补助", "补助新建玻璃钢节能渔船", money(480), "更新节能渔船不少于16艘"),
            ("船舶检验与技术服务", "更新渔船建造检验和图纸审查", money(60), "完成更新渔船检验"),
            ("金额合计", None, money(900), None),
        ],
        goal="2025年拆解老旧渔船40艘、更新节能渔船16艘，推进渔船标准化和节能减排。",
    )  # fmt: skip
    s.skip()
    indicators(s, SIMPLE_TABLE, [
        ("产出指标", "数量指标", "拆解老旧渔船数量", "≥40艘"),
        (None, None, "更新节能渔船数量", "≥16艘"),
        (None, "质量指标", "更新渔船检验合格率", "100%"),
        (None, "时效指标", "补助资金兑付时限", "≤30个工作日"),
        ("成本指标", "经济成本指标", "老旧渔船拆解补助标准", "≤9万元/艘"),
        (None, None, "节能渔船更新补助标准", "≤30万元/艘"),
        (None, "生态环境成本指标", "拆解作业油污泄漏事件", "0起"),
    ])  # fmt: skip
    note(s, "说明：拆解和更新补助按艘核定，补助标准为每艘上限，按实际拆解、建造数量据实结算。", 4)
    s.table([
        ("效益指标", "经济效益指标", "更新渔船单船燃油消耗下降率", "≥15%"),
        (None, "生态效益指标", "渔船作业碳排放减少量", "≥1200吨"),
        (None, "社会效益指标", "受益渔民户数", "≥56户"),
        ("满意度指标", "服务对象满意度指标", "受补助渔民满意度", "≥92%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1. 金额合计900万元为三项任务之和，即年度预算中的项目支出；", 4)
    note(s, "2. 拆解补助 9万元/艘 × 40艘 = 360万元，更新补助 30万元/艘 × 16艘 = 480万元。", 4)
    signature(s, "梁泊远", "许静潮", "0655-4418207", day(2024, 11, 15))
    return b


@variant("sn08-renewal-money-wrong", (12,), "department, NAT-2021, 渔船更新改造: 基本支出 + "
         "项目支出 ≠ 资金总额, task amounts not adding to 金额合计")  # fmt: skip
def sn08() -> Book:
    b, s = start()
    whole = mk(money(980), "B101", "error", row=True,
               note="财政拨款 860 + 其他资金 120 = 980，"
                    "但基本支出 300 + 项目支出 640 = 940")  # fmt: skip
    task_sum = mk(money(640), "B102", "error", note="320 + 210 + 90 = 620 ≠ 640")
    department_head(
        s, year=2025, dept="苍礁县海洋渔业发展中心",
        budget=[(whole, money(860), money(120), money(300), money(640))],
        tasks=[
            ("老旧渔船拆解补助", "拆解报废老旧渔船", money(320), "拆解老旧渔船不少于40艘"),
            ("节能渔船更新补助", "补助新建钢质节能渔船", money(210), "更新节能渔船不少于6艘"),
            ("渔船更新技术服务", "船型论证、建造监造和检验", money(90), "完成更新渔船监造检验"),
            ("金额合计", None, task_sum, None),
        ],
        goal="2025年拆解老旧渔船40艘、更新钢质节能渔船6艘，提升渔船安全和节能水平。",
    )  # fmt: skip
    s.skip()
    indicators(s, SIMPLE_TABLE, [
        ("产出指标", "数量指标", "拆解老旧渔船数量", "≥40艘"),
        (None, None, "更新钢质节能渔船数量", "≥6艘"),
        (None, "质量指标", "更新渔船检验合格率", "100%"),
        (None, "时效指标", "更新渔船建造完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "老旧渔船拆解补助标准", "≤8万元/艘"),
        (None, None, "钢质节能渔船更新补助标准", "≤35万元/艘"),
        ("效益指标", "经济效益指标", "更新渔船燃油消耗下降率", "≥12%"),
        (None, "社会效益指标", "受益渔船船员人数", "≥90人"),
        (None, "可持续影响指标", "渔船更新改造档案管理", "规范"),
        ("满意度指标", "服务对象满意度指标", "船东满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "任礁声", "钟予澄", "0658-6025391", day(2024, 11, 22))
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
               "绩效目标值", "度量单位")  # fmt: skip
EXPORT_ROWS = (
    ("产出指标", "数量指标", "更新改造钢质渔船数量", "≥", 12, "艘"),
    ("产出指标", "数量指标", "淘汰老旧渔船主机功率", "≥", 2400, "千瓦"),
    ("产出指标", "质量指标", "更新渔船首次检验合格率", "≥", 98, "%"),
    ("产出指标", "时效指标", "补助资金拨付及时率", "≥", 95, "%"),
    ("成本指标", "经济成本指标", "单船更新补助标准", "≤", 40, "万元/艘"),
    ("效益指标", "经济效益指标", "更新渔船单位渔获燃油成本下降率", "≥", 10, "%"),
    ("效益指标", "社会效益指标", "受益渔民人数", "≥", 150, "人"),
    ("效益指标", "可持续影响指标", "渔船更新改造长效管理机制", "定性", "健全", None),
    ("满意度指标", "服务对象满意度指标", "受补助船东满意度", "≥", 90, "%"),
)


@variant("sn09-renewal-export", (7,), "budget-system export: sheet 部门项目支出预算05-1 "
         "with unit and project codes in the first columns, sheet 部门项目支出绩效目标05-2 "
         "with the header on the third row under 绩效目标值, codes repeated in every row "
         "(correct)")  # fmt: skip
def sn09() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 20, 16, 30, 12, 12, 12, 12, 40))
    s.title("2025年部门项目支出预算表", 9)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "资金总额", "财政拨款",
          "其他资金", "年度绩效目标")  # fmt: skip
    s.row("318006", "蓝汐市海洋渔业局本级", "3302Y25000127", "蓝汐市近海捕捞渔船更新改造项目",
          "一次性项目", money(540), money(500), money(40),
          "2025年更新改造钢质渔船12艘，淘汰老旧渔船主机功率2400千瓦，"
          "降低渔船燃油成本。")  # fmt: skip
    s.row("合计", None, None, None, None, money(540), money(500), money(40), None,
          merge=[(1, 5)])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 30, 12, 18, 30, 10, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位：蓝汐市海洋渔业局本级（318006）", merge=[(1, 8)])
    t.row(*EXPORT_HEAD)
    for line in EXPORT_ROWS:
        t.row("3302Y25000127", "蓝汐市近海捕捞渔船更新改造项目", *line)
    return b


@variant("sn10-safety-wrong-parent", (5,), "project, NAT-2021, 渔船北斗终端和救生设备: labels "
         "with * and ★ and abbreviated tier-2s (数量, 经济成本): one tier-2 (质量) under the wrong "
         "tier-1 and a completion deadline given as a percentage")  # fmt: skip
def sn10() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="汀礁市渔船北斗终端和救生设备更新项目",
        dept="汀礁市海洋与渔业局（402117）", unit="汀礁市渔业安全监督站",
        money=one_year(260, 200, 60),
        goals=["2025年为近海渔船更新北斗终端400台、配发救生衣3000件，"
               "提升渔船动态监控和海上自救能力。"],
    )  # fmt: skip
    misplaced = mk("质量", "F105", "error", alt=("F104",),
                   note="质量指标属产出指标，不在成本指标之下")  # fmt: skip
    deadline = mk(pct(1), "T113", "warning", note="完成时间是期限类指标，应填日期")
    indicators(s, SIMPLE_TABLE, [
        ("*产出指标", "数量", "★渔船北斗终端更新安装数量", "≥400台"),
        (None, None, "配发救生衣数量", "≥3000件"),
        (None, "时效", "北斗终端安装完成时间", deadline),
        ("*成本指标", "经济成本", "北斗终端单台补助标准", "≤0.45万元/台"),
        (None, None, "救生衣采购单价", "≤150元/件"),
        (None, misplaced, "救生衣检验合格率", "≥98%"),
        ("*效益指标", "社会效益", "★渔船出海作业动态监控覆盖率", "≥98%"),
        (None, None, "渔业安全事故死亡人数下降率", "≥10%"),
        (None, "可持续影响", "渔船动态监控长效管理机制", "健全"),
        ("*满意度指标", "服务对象满意度", "船东船员满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：带“*”为必填项，带“★”为核心指标，不得删除。", 4)
    signature(s, "何砚舟", "颜可澄", "0654-8831906", day(2024, 12, 2))
    return b


@variant("sn11-training-template", (6, 13), "project, NAT-2021, 渔业船员安全培训, header 预期目标: "
         "a tier-2 (社会成本指标) left from the template with no indicator and no value, a value "
         "without an indicator name")  # fmt: skip
def sn11() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="鳐湾县2025年渔业船员安全生产培训项目",
        dept="鳐湾县海洋与渔业局（318021）", unit="鳐湾县渔业船员培训中心",
        money=one_year(45, 40, 5),
        goals=["2025年伏季休渔期内培训渔业船员1200人，开展海上应急救生演练6次，"
               "提高船员安全意识和自救互救能力。"],
    )  # fmt: skip
    empty_tier2 = mk("社会成本指标", "F109", "warning", row=True,
                     note="模板留下的二级指标，没有三级指标和指标值")  # fmt: skip
    no_name = mk(None, "F110", "error", note="有指标值却没有三级指标名称")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "渔业船员安全培训人数", "≥1200人"),
        (None, None, "海上应急救生演练次数", "≥6次"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤300元/人"),
        (None, empty_tier2, None, None),
        ("效益指标", "社会效益指标", "受训船员持证上岗率", "≥98%"),
        (None, None, no_name, "≥20%"),
        (None, "可持续影响指标", "船员安全培训常态化机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训船员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "吴澄海", "秦望舒", "0653-7318355", day(2024, 11, 28))
    return b


@variant("sn12-renewal-two-year", (8,), "two-year project, OLD-NAT, 渔船更新改造, 中期 and 年度 "
         "columns: two cumulative counts copied from 中期 into 年度, an annual count above its "
         "period count")  # fmt: skip
def sn12() -> Book:
    b, s = start()
    project_head(
        s, year=2025, years=2, attr="新增项目",
        name="砚洲县老旧渔船更新改造项目（2025—2026年）",
        dept="砚洲县农业农村局（505218）", unit="砚洲县渔船管理站",
        money=multi_year((1200, 1000, 200), (700, 600, 100)),
        goals=["2025—2026年完成砚洲县老旧木质渔船拆解和玻璃钢渔船更新建造，"
               "渔船安全和节能水平明显提升。",
               "2025年完成首批老旧渔船拆解和新船建造，安装船载节能设备。"],
    )  # fmt: skip
    copied = "年度值照抄中期值：累计数量在两年期项目中年度应小于中期"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "拆解老旧木质渔船数量", "≥60艘",
         mk("≥60艘", "D202", "warning", note=copied)),
        (None, None, "新建玻璃钢渔船数量", "≥24艘",
         mk("≥30艘", "D201", "error", note="年度 30艘 大于中期 24艘")),
        (None, None, "安装船载节能设备套数", "≥80套",
         mk("≥80套", "D202", "warning", note=copied)),
        (None, "质量指标", "新建渔船检验合格率", "100%", "100%"),
        (None, "时效指标", "更新改造完成时间", "2026年10月31日前", "2025年12月31日前"),
        (None, "成本指标", "单船新建补助标准", "≤20万元/艘", "≤20万元/艘"),
        ("效益指标", "经济效益指标", "更新渔船燃油节约量", "≥900吨", "≥400吨"),
        (None, "生态效益指标", "渔船污染物排放下降率", "≥20%", "≥10%"),
        (None, "社会效益指标", "船员安全作业条件改善", "显著", "显著"),
        ("满意度指标", "服务对象满意度指标", "更新渔船船东满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "陶汀远", "韦若川", "0656-1927460", day(2024, 10, 31))
    return b
