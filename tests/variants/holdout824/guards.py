"""Returns about campus security guards (校园保安): kfb01 to kfb06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout824.common import (
    HEAD,
    first,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout824.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "栖梧县教育局 207001"


@variant("kfb01-guard-service", (1, 11),
         "project, OLD-NAT, operator and unit columns, typed percent cells, a 0起 incident target "
         "(correct)")  # fmt: skip
def kfb01() -> Book:
    b, s = first()
    project_head(s, year=2026, name="栖梧县中小学校园专职保安服务购买项目", dept=DEPT,
                 unit="栖梧县校园安全服务中心", money=one_year(360, 330, 30),
                 goals=["为全县42所中小学配备专职保安126名，落实上下学时段护学岗，"
                        "全年校园刑事案件零发生。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "配备专职保安人数", "≥", 126, "人"),
        (None, None, "覆盖学校数", "=", 42, "所"),
        (None, "质量指标", "保安持证上岗率", "=", pct(1), "%"),
        (None, None, "上下学时段护学岗到岗率", "≥", pct(0.98), "%"),
        (None, "时效指标", "保安服务合同签订时间", "≤", day(2026, 2, 28, CN_DATE), None),
        (None, "成本指标", "保安人均年服务费", "≤", 2.6, "万元/人·年"),
        ("效益指标", "社会效益指标", "校园刑事案件发生数", "≤", 0, "起"),
        (None, "可持续影响指标", "校园安保长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", pct(0.92), "%"),
        (None, None, "师生满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    sign(s, "韦嘉禾", "0771-6203318", (2025, 11, 26))
    return b


@variant("kfb02-guard-flat-department", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100, budget and tasks consistent (correct)")  # fmt: skip
def kfb02() -> Book:
    b, s = first()
    department_head(
        s, year=2026, dept="沙屿区中小学安全保卫服务中心",
        budget=[(wan(520), wan(480), wan(40), wan(145), wan(375))],
        tasks=[("校园保安派驻", "向31所学校派驻保安93名", wan(251.1), "护学岗全覆盖"),
               ("保安技能培训", "分四期开展岗位培训", wan(18.9), "持证上岗率100%"),
               ("安保器材配备", "更新防暴器材、对讲机", wan(105), "器材配备达标"),
               ("金额合计", None, wan(375), None)],
        goal="向31所学校派驻保安93名，保安持证上岗，校园治安案件较上年下降15%以上。",
    )  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    rows = [
        ("派驻保安人数", 15, "人", "≥", 93),
        ("派驻学校数", 10, "所", "=", 31),
        ("保安持证上岗率", 15, "%", "=", pct(1)),
        ("护学岗到岗率", 15, "%", "≥", pct(0.98)),
        ("保安人均年派驻费用", 10, "万元/人", "≤", 2.7),
        ("安保器材配备完成时间", 10, None, "≤", day(2026, 6, 30, CN_DATE)),
        ("校园治安案件下降率", 10, "%", "≥", pct(0.15)),
        ("家长满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ]
    s.table(rows)
    note(s, "注：校园治安案件下降率以2025年案件数为基数计算。")
    sign(s, "覃若溪", "0771-5527046", (2025, 11, 18))
    return b


@variant("kfb03-guard-goal-mismatch", (1,),
         "project, OLD-NAT, one value column: the guard count against the goal, a unit cost "
         "beyond the money, a near-duplicate rate")  # fmt: skip
def kfb03() -> Book:
    b, s = first()
    project_head(s, year=2026, name="禾岗市城区学校保安力量配备项目", dept="禾岗市教育局 301004",
                 unit="禾岗市教育后勤服务中心", money=one_year(240, 220, 20),
                 goals=["为城区28所中小学配备专职保安84名，每校不少于3名，全年开展保安"
                        "岗位培训2期。"])  # fmt: skip
    rows = [
        (
            "产出指标",
            "数量指标",
            "配备专职保安人数",
            mk("≥80人", "D104", "warning", row=True, note="年度目标写配备保安84名"),
        ),
        (None, None, "覆盖学校数", "28所"),
        (None, None, "保安岗位培训期数", "≥2期"),
        (None, "质量指标", "保安持证上岗率", "=100%"),
        (
            None,
            None,
            "保安人员持证上岗率",
            mk(
                pct(0.95),
                "D103",
                "warning",
                row=True,
                alt=("D101", "D102"),
                note="与上一行同一指标多两个字，值不同（=100% / 95%）",
            ),
        ),
        (None, "时效指标", "保安到岗时间", "2026年3月1日前"),
        (
            None,
            "成本指标",
            "保安人均年服务费",
            mk(
                "≤3.2万元/人",
                "B107",
                "warning",
                row=True,
                note="84人 × 3.2万元 = 268.8万元，超过年度资金240万元",
            ),
        ),
        ("效益指标", "社会效益指标", "校园治安事件处置及时率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ]
    indicators(s, HEAD, rows)
    sign(s, "莫川", "0773-8861204", (2025, 12, 2))
    return b


@variant("kfb04-guard-three-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: an annual count above the period's, "
         "a cumulative count copied, a deadline year before the project")  # fmt: skip
def kfb04() -> Book:
    b, s = first()
    project_head(
        s, year=2026, years=3, attr="新增项目", name="栖梧县校园安保队伍建设三年行动项目",
        dept=DEPT, unit="栖梧县校园安全服务中心", money=multi_year((900, 860, 40), (300, 285, 15)),
        goals=["累计培训保安及护校队员600人次，新建校园警务室12个，配置护校巡逻电动车6辆，"
               "实现全县42所学校一键报警全覆盖。",
               mk("培训保安及护校队员200人次，2025年底前完成首批4个校园警务室建设，"
                  "一键报警接入20所学校。", "Y103", "warning", alt=("Y102",),
                  note="2025年在项目期2026—2028年之前：上一年的文字留下的年份")],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "保安及护校队员培训人次", "≥600人次", "≥200人次"),
        (
            None,
            None,
            "新建校园警务室数量",
            "12个",
            mk(
                "12个",
                "D202",
                "warning",
                alt=("D104",),
                note="三年累计数照抄到年度列，年度目标写4个",
            ),
        ),
        (
            None,
            None,
            "护校巡逻电动车配置数量",
            "6辆",
            mk("8辆", "D201", "error", note="年度8辆超过三年合计6辆"),
        ),
        (None, None, "一键报警覆盖学校数", "42所", "20所"),
        (None, "质量指标", "培训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "人均培训成本", "≤0.15万元/人次", "≤0.15万元/人次"),
        ("效益指标", "社会效益指标", "校园周边治安警情下降率", "≥20%", "≥8%"),
        (None, "可持续影响指标", "校园安保联防机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    sign(s, "韦嘉禾", "0771-6203318", (2025, 11, 28))
    return b


@variant("kfb05-guard-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each (correct)")  # fmt: skip
def kfb05() -> Book:
    b, s = first()
    project_head(s, year=2026, name="沙屿区学校保安驻校服务项目", dept="沙屿区教育局 405002",
                 unit="沙屿区中小学安全保卫服务中心", money=one_year(180, 160, 20),
                 goals=["向20所学校派驻保安60名，护学岗全覆盖。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "派驻保安人数", "≥60人"),
        (None, "质量指标", "护学岗到岗率", "≥98%"),
        (None, "时效指标", "保安到岗时间", "2026年2月底前"),
        (None, "成本指标", "保安人均年服务费", "≤2.8万元/人"),
        ("效益指标", "社会效益指标", "校园周边治安秩序", "持续向好"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2026, title="", name="沙屿区护校队装备购置项目",
                 dept="沙屿区教育局 405002", unit="沙屿区中小学安全保卫服务中心",
                 money=one_year(45, 45, 0), goals=["为护校队配置防护装备150套。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "护校队装备配置数量", "150套"),
        (None, "质量指标", "装备验收合格率", "100%"),
        (None, "时效指标", "装备采购完成时间", "2026年5月31日前"),
        (None, "成本指标", "护校队装备单套价格", "≤0.3万元/套"),
        ("效益指标", "社会效益指标", "护校队处置突发事件能力", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "覃若溪", "0771-5527046", (2025, 11, 18))
    return b


@variant("kfb06-guard-department-tiers", (5, 12),
         "department, NAT-2021, numbered tier labels: a pass rate under 时效, key tasks not adding "
         "to 金额合计")  # fmt: skip
def kfb06() -> Book:
    b, s = first()
    department_head(
        s, year=2026, dept="禾岗市学校安保管理服务中心",
        budget=[(wan(310), wan(290), wan(20), wan(120), wan(190))],
        tasks=[("保安派驻", "向32所学校派驻保安", wan(96), "护学岗全覆盖"),
               ("保安培训", "岗前及在岗培训", wan(24), "考核合格率95%以上"),
               ("安防巡查", "校园周边联合巡查", wan(60), "重点时段巡查不断档"),
               ("金额合计", None,
                mk(wan(190), "B102", "error", alt=("B101",),
                   note="96 + 24 + 60 = 180，合计写190"), None)],
        goal="向32所学校派驻保安，完成保安岗前及在岗培训，重点时段校园周边巡查全覆盖。",
    )  # fmt: skip
    rows = [
        ("一、产出指标", "（一）数量指标", "派驻保安学校数", "32所"),
        (None, None, "保安培训人数", "≥96人"),
        (None, "（二）质量指标", "护学岗到岗率", "≥98%"),
        (
            None,
            "（三）时效指标",
            "保安培训考核合格率",
            mk("≥95%", "F201", "warning", row=True, note="合格率是质量指标，填在时效下"),
        ),
        (None, None, "巡查问题整改时限", "≤3个工作日"),
        ("二、成本指标", "（一）经济成本指标", "人均培训费用", "≤0.25万元/人"),
        ("三、效益指标", "（一）社会效益指标", "校园周边治安警情数", "较上年下降"),
        ("四、满意度指标", "（一）服务对象满意度指标", "师生满意度", "≥90%"),
    ]
    s.skip()
    indicators(s, HEAD, rows)
    sign(s, "黎向东", "0773-8860517", (2025, 11, 30))
    return b
