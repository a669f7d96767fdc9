"""Household toilet upgrades (户厕改造): kfq01–kfq06."""

from __future__ import annotations

from tests.variants.holdout839.common import (
    HEAD5,
    YEAR,
    department_book,
    indicators,
    notes,
    period_money,
    project_book,
    signature,
    w,
    year_money,
)
from tests.variants.holdout839.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

GOAL01 = ("完成芦湾县6个乡镇农村户厕改造1500户，其中新建三格式化粪池户厕900户，"
          "改造户厕验收合格率达到95%以上，农户卫生厕所普及率提高3个百分点。")  # fmt: skip


@variant(
    "kfq01-luwan-household",
    (1, 5, 12),
    "project, NAT-2021, operator and unit columns, typed percents, 百分点 (correct)",
)
def kfq01() -> Book:
    b, s = project_book(name="芦湾县农村户厕改造提升项目", dept="芦湾县农业农村局 316001",
                        unit="芦湾县农村人居环境整治服务中心",
                        money=year_money(w(620), w(560), w(60)), goals=[GOAL01])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table([
        ("一、成本指标", "经济成本指标", "户均改造补助标准", "≤", 4000, "元/户"),
        ("二、产出指标", "数量指标", "改造户厕数量", "≥", 1500, "户"),
        (None, None, "新建三格式化粪池户厕数量", "≥", 900, "户"),
        (None, "质量指标", "改造户厕验收合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "户厕改造完工时间", "≤", day(YEAR, 11, 30, CN_DATE), "日期"),
        ("三、效益指标", "社会效益指标", "农户卫生厕所普及率提高", "≥", 3, "百分点"),
        (None, "生态效益指标", "厕所粪污无害化处理率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "户厕长效管护机制", "=", "健全", "定性"),
        ("四、满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "沈慕桥", "0791-6632418")
    return b


GOAL02 = ("2025年在石砚乡、槐岭乡完成农村户厕改造1200户，同步配套粪污清掏服务，"
          "改厕合格率不低于95%。")  # fmt: skip


@variant(
    "kfq02-shiyan-household-goal",
    (12,),
    "project, NAT-2021: goal count against the indicator, subsidy × count over the money, "
    "an end date in the next year of a one-year project",
)
def kfq02() -> Book:
    end = mk(
        day(YEAR + 1, 6, 30),
        "Y102",
        "error",
        alt=("Y101",),
        note="一年期项目（项目期1年）计划完成日期落在2026年",
    )
    b, s = project_book(name="石砚乡槐岭乡户厕改造项目", dept="芦湾县农业农村局 316001",
                        unit="石砚乡人民政府", end=end,
                        money=year_money(w(500), w(460), w(40)), goals=[GOAL02])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "户厕改造补助标准",
         mk("≤0.55万元/户", "B107", "warning", row=True,
            note="0.55万元 × 1000户 = 550万元，超过年度资金500万元")),
        ("产出指标", "数量指标", "改造农村户厕数量",
         mk("≥1000户", "D104", "warning", row=True, note="年度目标写改造1200户")),
        (None, "质量指标", "改厕验收合格率", "≥95%"),
        (None, "时效指标", "改造任务完成及时率", "≥95%"),
        ("效益指标", "社会效益指标", "农村卫生厕所普及率提高", "≥2百分点"),
        (None, "生态效益指标", "粪污无害化处理率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "改厕户满意度", "≥90%"),
    ])  # fmt: skip
    return b


GOAL03 = ("一、推进户厕改造：全年改造农村户厕2000户（含鹤汀镇800户、沔石镇1200户）；"
          "二、健全改厕后续管护；三、开展问题厕所排查整改。")  # fmt: skip


@variant(
    "kfq03-heting-department",
    (4, 7, 12),
    "department, NAT-2021, headers 指标内容 and 绩效标准, tasks and 金额合计, notes (correct)",
)
def kfq03() -> Book:
    tasks = [
        ("户厕改造", "鹤汀镇、沔石镇户厕新建与改造", w(520), "改造户厕2000户"),
        ("管护服务", "购置抽粪车、委托清掏", w(130), "清掏服务覆盖改厕户"),
        ("问题厕所整改", "排查整改渗漏、堵塞户厕", w(50), "整改问题户厕≥300户"),
        ("金额合计", None, w(700), None),
    ]  # fmt: skip
    b, s = department_book(dept="鹤汀县乡村振兴服务中心", goal=GOAL03, tasks=tasks,
                           budget=[(w(980), w(900), w(80), w(280), w(700))])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "改造农村户厕数量", "≥2000户"),
        (None, None, "其中：沔石镇改造户厕", "≥1200户"),
        (None, None, "问题户厕整改数量", "≥300户"),
        (None, "质量指标", "改造户厕验收合格率", "≥95%"),
        (None, "时效指标", "问题户厕整改时限", "≤30天"),
        ("成本指标", "经济成本指标", "户厕改造平均成本", "≤0.26万元/户"),
        ("效益指标", "社会效益指标", "问题厕所整改率", "≥90%"),
        (None, "可持续影响指标", "户厕管护机制运行", "有效"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "指标内容", "绩效标准"))  # fmt: skip
    notes(s, "注：1.“其中：沔石镇改造户厕”为上行总数的一部分，不另行计数；",
          "2.户厕改造平均成本按任务预算520万元除以改造户数计算。")  # fmt: skip
    signature(s, "乔映川", "0795-4418207")
    return b


MID04 = "2025年—2027年累计改造葛塘片区农村户厕4500户，卫生厕所普及率达到92%。"
YEAR04 = mk("2025年改造户厕1500户，落实2023年度整改清单剩余问题，改厕合格率≥95%。",
            "Y103", "warning", note="2023年既非预算年度，也不在项目期2025—2027年内")  # fmt: skip


@variant(
    "kfq04-getang-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: an annual count above the period's, "
    "a cumulative count copied, a leftover year in the 年度目标",
)
def kfq04() -> Book:
    b, s = project_book(name="葛塘片区户厕改造三年行动项目", dept="苇塘县农业农村局 402003",
                        unit="苇塘县农村改厕工作专班", years=3, goals=[MID04, YEAR04],
                        money=period_money((w(1800), w(1650), w(150)),
                                           (w(600), w(550), w(50))))  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "户均改造成本", "≤0.4万元/户", "≤0.4万元/户"),
        ("产出指标", "数量指标", "改造农村户厕数量", "≥4500户", "≥1500户"),
        (None, None, "配套建设三格式化粪池",
         "≥3000个", mk("≥3200个", "D201", "error", note="年度3200个大于实施期3000个")),
        (None, None, "培训改厕技术工匠",
         "≥180人次", mk("≥180人次", "D202", "warning", note="累计人次从中期列照抄")),
        (None, "质量指标", "改厕验收合格率", "≥95%", "≥95%"),
        ("效益指标", "社会效益指标", "卫生厕所普及率", "≥92%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%", "≥90%"),
    ], header=HEAD5)  # fmt: skip
    return b


MID05 = "2025年—2026年在沔石镇9个行政村完成户厕改造2400户，为2027年全县整镇推进积累经验。"
YEAR05 = "2025年完成沔石镇5个村户厕改造1300户，建立村级改厕管护员队伍。"


@variant(
    "kfq05-mianshi-two-year",
    (8, 1),
    "two-year project, NAT-2021, 中期 and 年度 columns, a later year prepared for (correct)",
)
def kfq05() -> Book:
    b, s = project_book(name="沔石镇整镇推进户厕改造项目", dept="苇塘县农业农村局 402003",
                        unit="沔石镇人民政府", years=2, goals=[MID05, YEAR05],
                        money=period_money((w(960), w(900), w(60)),
                                           (w(520), w(490), w(30))))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "改造农村户厕数量", "≥2400户", "≥1300户"),
        (None, None, "聘用村级改厕管护员", "≥9人", "≥5人"),
        (None, "质量指标", "改厕验收合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "年度改厕任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "户均改造成本", "≤0.4万元/户", "≤0.4万元/户"),
        ("效益指标", "社会效益指标", "农户如厕环境改善", "明显改善", "明显改善"),
        (None, "可持续影响指标", "户厕管护长效机制", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%", "≥90%"),
    ], header=HEAD5)  # fmt: skip
    return b


GOAL06 = "2025年完成蔺家坝镇农村户厕改造800户，改厕合格率≥95%，农户满意度≥90%。"


@variant(
    "kfq06-linjiaba-duplicates",
    (5,),
    "project, OLD-NAT, numbered tier labels: the same indicator twice, a near-duplicate with "
    "another value, a quality rate under 时效",
)
def kfq06() -> Book:
    b, s = project_book(name="蔺家坝镇户厕改造项目", dept="芦湾县农业农村局 316001",
                        unit="蔺家坝镇人民政府", attr="新增项目",
                        money=year_money(w(300), w(280), w(20)), goals=[GOAL06])  # fmt: skip
    indicators(s, [
        ("一、产出指标", "1.数量指标", "改造农村户厕数量", "≥800户"),
        (None, None, "新建户用三格式化粪池", "≥500个"),
        (None, None, mk("改造农村户厕数量", "D101", "warning", row=True,
                        note="与上面第一行同名同值")),
        (None, "2.质量指标", "改厕验收合格率", "≥95%"),
        (None, "3.时效指标", mk("化粪池密闭合格率", "F201", "warning", row=True,
                               note="质量类比率填在时效指标下"), "≥95%"),
        (None, None, "改造任务按期完成率", "≥95%"),
        (None, "4.成本指标", "户均改造补助", "≤0.35万元/户"),
        ("二、效益指标", "社会效益指标", "农户卫生厕所普及率", "≥80%"),
        ("三、满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%"),
        (None, None, "改厕户满意度", mk("≥85%", "D102", "error", row=True, alt=("D103",),
                                        note="同一满意度两次，指标值90%/85%不同")),
    ])  # fmt: skip
    return b
