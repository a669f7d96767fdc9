"""部门整体 tables, stacked projects and a return with notes around its table (oy11, oy13,
oy14, oy16, oy17)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout197.common import (
    ONE,
    SAT,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout197.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("oy11-department-culture-tasks", (12,), "department, NAT-2021, 资金总额 = 财政拨款 + "
         "其他资金 = 基本支出 + 项目支出, four key tasks adding to the 金额合计 (= 项目支出), a "
         "fill date in the year before, a 覆盖率 of 100% (correct)")  # fmt: skip
def oy11() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="青岚市文化广电旅游局", filled=day(2025, 11, 18),
        budget=[(wan(2860), wan(2700), wan(160), wan(1360), wan(1500))],
        tasks=[
            ("公共文化服务", "图书馆、文化馆、博物馆免费开放，送戏下乡演出", wan(620),
             "三馆免费开放，送戏下乡200场"),
            ("文旅市场监管", "文化和旅游市场执法检查及安全生产巡查", wan(180),
             "执法检查2400家次"),
            ("全域旅游推广", "举办乡村旅游节等文旅推介活动", wan(300), "文旅推介活动8场"),
            ("应急广播运维", "全市应急广播终端运行维护", wan(400), "终端在线率95%以上"),
            ("金额合计", None, wan(1500), None),
        ],
        goal="全市图书馆、文化馆、博物馆全年免费开放，送戏下乡演出200场，文化和旅游市场执法检查"
             "2400家次，旅游接待人次较上年增长8%以上，应急广播终端在线率保持在95%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥200场"),
        (None, None, "文旅市场执法检查", "≥2400家次"),
        (None, None, "文旅推介活动场次", "≥8场"),
        (None, "质量指标", "应急广播终端在线率", "≥95%"),
        (None, "时效指标", "送戏下乡演出完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "送戏下乡单场演出补助", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "三馆免费开放覆盖率", pct(1)),
        (None, None, "文旅市场投诉办结率", "≥98%"),
        (None, "经济效益指标", "旅游接待人次增长率", "≥8%"),
        (*SAT, "群众文化服务满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("oy13-stacked-three-sport", (2, 12), "three one-year projects stacked, NAT-2021, one "
         "value column; each standard × count at or below its money, 群众满意度 in two projects "
         "with different values (correct)")  # fmt: skip
def oy13() -> Book:
    b, s = book("Sheet1")
    dept = "青岚市体育局（320）"
    project_head(
        s, year=2026, name="全民健身赛事活动项目", dept=dept, unit="青岚市社会体育指导中心",
        title="2026年度项目支出绩效目标表（体育局）",
        money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["全年举办全民健身赛事活动30场，参赛群众不少于15000人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "举办全民健身赛事活动场次", "≥30场"),
        (None, "质量指标", "赛事组织规范达标率", "≥95%"),
        (None, "时效指标", "年度赛事完成时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "单场赛事补助标准", "≤5万元/场"),
        ("效益指标", "社会效益指标", "参赛群众人次", "≥15000人次"),
        (*SAT, "群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="青少年公益体育培训项目", dept=dept, unit="青岚市青少年体育学校",
        title="", money=one_year_money(wan(48), wan(40), wan(8)),
        goals=["开展青少年公益体育培训1200人次，培养青少年体育骨干80人。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "青少年公益体育培训人次", "≥1200人次"),
        (None, "质量指标", "培训课程完成率", "≥95%"),
        (None, "时效指标", "暑期集训完成时间", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤0.04万元/人次"),
        ("效益指标", "社会效益指标", "培养青少年体育骨干人数", "≥80人"),
        (*SAT, "参训学员家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="公共体育场馆免费低收费开放项目", dept=dept,
        unit="青岚市体育场馆管理中心", title="",
        money=one_year_money(wan(80), wan(60), wan(20)),
        goals=["全市3个公共体育场馆全年免费或低收费开放，接待健身群众30万人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "免费低收费开放场馆数", "≥3个"),
        (None, None, "场馆年开放天数", "≥330天"),
        (None, "质量指标", "场馆设施完好率", "≥95%"),
        (None, "时效指标", "开放补助资金拨付时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单个场馆开放补助标准", "≤26万元/个"),
        ("效益指标", "社会效益指标", "接待健身群众人次", "≥30万人次"),
        (*SAT, "群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("oy14-department-basic-project-wrong", (12, 1), "department, NAT-2021, no task block, "
         "指标性质 as operator and a unit column: 基本支出 300 + 项目支出 240 ≠ 资金总额 560 "
         "(= 520 + 40), a 计划完成率 given as 1500人")  # fmt: skip
def oy14() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 10, 14, 12))
    department_head(
        s, year=2026, dept="岚桥县体育事业发展中心", filled=day(2025, 12, 3),
        budget=[(mk(wan(560), "B101", "error", row=True,
                    note="基本支出 300 + 项目支出 240 = 540, not 560"),
                 wan(520), wan(40), wan(300), wan(240))],
        goal="举办县级全民健身活动24场，完成国民体质监测1500人，"
             "经常参加体育锻炼人数比例达到42%以上。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "举办县级全民健身活动", "≥", 24, "场"),
        (None, None, "国民体质监测计划完成率", "≥",
         mk(1500, "T105", "error", row=True, note="a 完成率 given as a count of people"), "人"),
        (None, "质量指标", "社会体育指导员持证上岗率", "≥", 90, "%"),
        (None, "时效指标", "体质监测报告完成时间", "≤", day(2026, 12, 15), None),
        ("成本指标", "经济成本指标", "单场全民健身活动补助", "≤", 2, "万元/场"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥", 42, "%"),
        (None, "可持续影响指标", "全民健身志愿服务机制", "定性", "健全", None),
        (*SAT, "健身群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("oy16-stacked-goal-and-wrong-parent", (2, 5), "two one-year projects stacked, "
         "NAT-2021: the first's 年度目标 says 150场 while the indicator says ≥120场, the second "
         "has 社会效益指标 under 产出指标")  # fmt: skip
def oy16() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="文化惠民演出项目", dept="白沙河区文化体育和旅游局（317）",
        unit="白沙河区文化馆", title="2026年度项目支出绩效目标申报表（汇总）",
        money=one_year_money(wan(180), wan(150), wan(30)),
        goals=["全年开展文化惠民演出150场，惠及群众6万人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "文化惠民演出场次",
         mk("≥120场", "D104", "warning", row=True, note="the 年度目标 names 150场")),
        (None, "质量指标", "演出节目审查合格率", pct(1)),
        (None, "时效指标", "年度演出完成时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "单场演出补助标准", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "惠及群众人次", "≥6万人次"),
        (*SAT, "观演群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="村级文化广场设备配送项目", dept="白沙河区文化体育和旅游局（317）",
        unit="白沙河区文化馆", title="",
        money=one_year_money(wan(45), wan(45), wan(0)),
        goals=["为30个行政村文化广场配送音响设备，受益群众5万人。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "配送设备行政村数", "≥30个"),
        (None, "质量指标", "配送设备验收合格率", pct(1)),
        (None, mk("社会效益指标", "F105", "error", note="a tier-2 of 效益指标 under 产出指标"),
         "受益群众人数", "≥5万人"),
        (None, "时效指标", "设备配送完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "单村设备配送标准", "≤1.5万元/村"),
        ("效益指标", "可持续影响指标", "村级文化广场设备管护机制", "建立并执行"),
        (*SAT, "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("oy17-training-notes-signature", (4,), "one-year project, OLD-NAT, one value column; "
         "an instruction row inside the table, footnotes, a signature line and a fill date in the "
         "year before; 24期 × 1.5万元/期 = the 36万元 exactly (correct)")  # fmt: skip
def oy17() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="文化馆公益艺术培训项目", dept="白沙河区文化体育和旅游局（317）",
        unit="白沙河区文化馆",
        money=one_year_money(wan(36), wan(36), wan(0)),
        goals=["全年开设公益艺术培训班24期，培训群众960人次，举办学员成果展演4场。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "开设公益艺术培训班期数", "≥24期"),
        (None, None, "培训群众人次", "≥960人次"),
        (None, None, "学员成果展演场次", "≥4场"),
        (None, "质量指标", "学员结业率", "≥90%"),
        (None, "时效指标", "培训班结业时间", "2026年12月20日前"),
        (None, "成本指标", "每期培训班成本", "≤1.5万元/期"),
    ])  # fmt: skip
    note(s, "（说明：每期培训班按20课时、每课时750元测算。）")
    s.table([
        ("效益指标", "社会效益指标", "基层文艺骨干培养人数", "≥100人"),
        (None, "可持续影响指标", "公益艺术培训长效机制", "建立并执行"),
        (*SAT, "参训群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1. 本表金额单位为万元；2. 培训班期数含线上直播班4期；3. 指标值均为全年目标。")
    sign(s, "陆清禾", "宋知远", "0591-83520917")
    s.row("填报日期：", day(2025, 11, 26, CN_DATE))
    return b
