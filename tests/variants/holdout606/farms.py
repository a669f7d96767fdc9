"""Alpaca (羊驼) farms: herd introduction, sheds and fodder, a multi-year breeding plan, a
department flat list and two stacked farm projects."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout606.common import (
    HEAD4,
    HEAD_OP,
    HEAD_PERIOD,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout606.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "岫蓝县农业农村局（302）"


@variant(
    "er01-alpaca-herd",
    (1, 5),
    "project, NAT-2021, numbered tier labels with points, "
    "operator and unit columns, typed percent cells, a goal count with its parts (correct)",
)
def er01() -> Book:
    b, s = book()
    project_head(s, year=2026, name="霁川乡羊驼种群扩繁项目", dept=DEPT, attr="新增项目",
                 unit="霁川乡杉坪羊驼养殖专业合作社", money=one_year(wan(80), wan(80), wan(0)),
                 goals=["引进羊驼种羊120只（其中公羊20只、母羊100只），建立个体系谱档案，"
                        "引进种羊疫病死亡率控制在2%以内。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("一、成本指标（10分）", "（一）经济成本指标", "1.种羊购置单价", "≤", 0.6, "万元/只"),
        ("二、产出指标（50分）", "（一）数量指标", "2.引进种羊数量", "≥", 120, "只"),
        (None, None, "3.其中引进母羊数量", "≥", 100, "只"),
        (None, "（二）质量指标", "4.种羊检疫合格率", "=", pct(1), "%"),
        (None, None, "5.引进种羊疫病死亡率", "≤", pct(0.02), "%"),
        (None, "（三）时效指标", "6.种羊引进完成时间", "≤", day(2026, 9, 30, CN_DATE), None),
        ("三、效益指标（30分）", "（一）经济效益指标", "7.合作社羊驼毛销售收入", "≥", 36, "万元"),
        (None, "（二）社会效益指标", "8.带动脱贫户户数", "≥", 45, "户"),
        (None, "（三）可持续影响指标", "9.种群繁殖成活率", "≥", pct(0.85), "%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.入社养殖户满意度", "≥",
         pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "韦朝林", "0839-6625107", day(2025, 11, 18))
    return b


@variant(
    "er02-alpaca-sheds",
    (5, 12),
    "project, OLD-NAT, abbreviated tier labels: the goal's "
    "shed area against its indicator, fodder standard × head count above the money, "
    "money parts not adding up",
)
def er02() -> Book:
    b, s = book()
    project_head(s, year=2026, name="禾湾镇羊驼标准化圈舍及饲草保障项目", dept=DEPT,
                 unit="禾湾镇农业综合服务中心",
                 money=one_year(mk(wan(85), "B101", "error", note="60 + 20 = 80, not 85"),
                                wan(60), wan(20)),
                 goals=["新建标准化羊驼圈舍1200平方米，为600只存栏羊驼提供冬春补饲，"
                        "年内羊驼存栏量稳定在600只以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出", "数量", "新建标准化圈舍面积",
         mk("≥1000平方米", "D104", "warning", note="年度目标写新建1200平方米")),
        (None, None, "补饲羊驼数量", "≥600只"),
        (None, "质量", "圈舍工程验收合格率", "=100%"),
        (None, "时效", "圈舍建设完成时间", "2026年10月31日前"),
        (None, "成本", "冬春补饲标准",
         mk("≤0.15万元/只", "B107", "warning",
            note="0.15 × 600 = 90 万元，超过年度资金 85（财政拨款+其他资金 80）")),
        ("效益", "经济效益", "羊驼存栏量", "≥600只"),
        (None, "社会效益", "带动养殖户就业人数", "≥30人"),
        ("满意度", "服务对象满意度", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：圈舍面积按建筑轴线计算。")
    return b


@variant(
    "er03-breeding-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "period counts above the year's, rates equal, a later year prepared for (correct)",
)
def er03() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="岫蓝县羊驼良种繁育体系建设项目", dept=DEPT,
                 unit="岫蓝县畜牧兽医站",
                 money=multi_year((wan(270), wan(240), wan(30)), (wan(90), wan(80), wan(10))),
                 goals=["2026—2028年建成良种繁育场3个，累计繁育良种羊驼900只，"
                        "为2029年全县推广人工授精积累经验。",
                        "2026年建成良种繁育场1个，繁育良种羊驼300只。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("成本指标", "经济成本指标", "每只良种繁育成本", "≤0.25万元", "≤0.25万元"),
        ("产出指标", "数量指标", "建成良种繁育场数量", "≥3个", "≥1个"),
        (None, None, "繁育良种羊驼数量", "≥900只", "≥300只"),
        (None, "质量指标", "良种登记合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度繁育任务完成时间", "2028年12月底前", "2026年12月底前"),
        ("效益指标", "经济效益指标", "良种羊驼单只产毛量提高", "≥0.5公斤", "≥0.2公斤"),
        (None, "可持续影响指标", "良种覆盖率", "≥60%", "≥25%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "er04-breeding-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "中期目标 text copied into 年度目标, a year's count above the period's, "
    "a deadline past the period",
)
def er04() -> Book:
    b, s = book()
    goal = "建成羊驼人工授精站2个，培训配种员40人次，完成母羊人工授精800只。"
    project_head(
        s,
        year=2026,
        years=2,
        name="栖云镇羊驼人工授精站建设项目",
        dept=DEPT,
        unit="栖云镇畜牧兽医站",
        money=multi_year((wan(120), wan(100), wan(20)), (wan(70), wan(60), wan(10))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标逐字抄自中期目标")],
    )
    indicators(s, HEAD_PERIOD, [
        ("成本指标", "经济成本指标", "单只母羊授精成本", "≤300元", "≤300元"),
        ("产出指标", "数量指标", "建成人工授精站数量", "≥2个", "≥1个"),
        (None, None, "完成母羊人工授精数量", "≥800只",
         mk("≥950只", "D201", "error", note="年度 950 只超过两年合计 800 只")),
        (None, None, "培训配种员人次", "≥40人次", "≥20人次"),
        (None, "质量指标", "情期受胎率", "≥70%", "≥65%"),
        (None, "时效指标", "授精站投入使用时间", "2027年6月30日前",
         mk("2028年3月31日前", "Y102", "error", alt=("Y103",),
            note="项目期 2026—2027 年，年度值却在 2028 年")),
        ("效益指标", "经济效益指标", "每只母羊年增收", "≥500元", "≥500元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "er05-station-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 · 指标值), typed percents, a 下降率 with ≥, 0 起 on an incident count, "
    "tasks adding up "
    "(correct)",
)
def er05() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="岫蓝县畜牧兽医站",
                    budget=[(wan(186), wan(170), wan(16), wan(96), wan(90))],
                    tasks=[("羊驼疫病防控", "免疫、监测、消毒", wan(52), "免疫密度100%"),
                           ("养殖技术推广", "培训、示范场建设", wan(38), "示范场3个"),
                           ("金额合计", None, wan(90), None)],
                    goal="完成全县羊驼春秋两季集中免疫，建成示范场3个，"
                    "羊驼死亡率比上年下降10%。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("羊驼集中免疫密度", 15, "%", "=", pct(1)),
        ("建成养殖示范场数量", 15, "个", "≥", 3),
        ("技术培训人次", 10, "人次", "≥", 300),
        ("羊驼死亡率下降率", 15, "%", "≥", pct(0.1)),
        ("重大动物疫情发生次数", 15, "起", "=", 0),
        ("免疫抗体合格率", 10, "%", "≥", pct(0.8)),
        ("示范场带动养殖户数", 10, "户", "≥", 60),
        ("养殖户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "说明：权重合计100；死亡率下降率为与2025年相比的降幅。", width=5)
    signature(s, "蒙晓岚", "0839-6627713", day(2025, 11, 20))
    return b


@variant(
    "er06-stacked-farms",
    (2,),
    "two projects stacked in one sheet, OLD-NAT: the first's "
    "goal count against its indicator, the second's indicator twice with a word more",
)
def er06() -> Book:
    b, s = book()
    project_head(s, year=2026, name="杉坪村羊驼剪毛设备购置项目", dept=DEPT,
                 unit="杉坪村股份经济合作社",
                 money=one_year(wan(24), wan(20), wan(4)),
                 goals=["购置电动剪毛机8台、毛被分级台2套，全年剪毛羊驼500只。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "购置电动剪毛机数量",
         mk("≥6台", "D104", "warning", note="年度目标写购置8台")),
        (None, None, "剪毛羊驼数量", "≥500只"),
        (None, "成本指标", "剪毛机购置单价", "≤2万元/台"),
        ("效益指标", "经济效益指标", "原毛销售收入", "≥12万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="雾溪村羊驼粪污资源化利用项目", dept=DEPT, title="",
                 unit="雾溪村股份经济合作社", money=one_year(wan(30), wan(30), wan(0)),
                 goals=["建设堆肥场1处，羊驼粪污综合利用率达到90%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "建设堆肥场数量", "≥1处"),
        (None, "质量指标", "羊驼粪污综合利用率", "≥90%"),
        (None, None, "羊驼粪污资源化综合利用率",
         mk("≥85%", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与上一行是同一指标，多“资源化”二字，值不同")),
        (None, "成本指标", "堆肥场建设费用", "≤30万元"),
        ("效益指标", "生态效益指标", "周边水体氨氮浓度下降", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥88%"),
    ])  # fmt: skip
    return b
