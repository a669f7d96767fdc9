"""The wash-and-pack line for 香菜 and 小葱: kad07 to kad12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout696.common import (
    BUREAU,
    CENTRE,
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout696.registry import variant
from tests.variants.kit import Book, day, mk, pct

COOP = "枫渚县禾湾蔬菜专业合作社"


@variant("kad07-packline-flat", (1, 3), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), percents typed in Excel, weights 100 "
         "(correct)")  # fmt: skip
def packline_flat() -> Book:
    b, s = start()
    goal = ("全年清洗分级包装香菜、小葱等冬季蔬菜5000吨，每吨包装成本控制在300元以内，带动600户"
            "菜农进入商超渠道。")  # fmt: skip
    department_head(s, year=YEAR, dept=CENTRE, budget=[
        (wan(420), wan(380), wan(40), wan(260), wan(160))], goal=goal)  # fmt: skip
    s.skip()
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("净菜清洗包装量", 20, "吨", "≥", 5000),
        ("香菜小葱分级包装合格率", 15, "%", "≥", pct(0.98)),
        ("包装线设备完好率", 15, "%", "≥", pct(0.95)),
        ("采收至入冷库时长", 10, "小时", "≤", 24),
        ("每吨清洗包装成本", 10, "元/吨", "≤", 300),
        ("带动菜农进入商超渠道", 10, "户", "≥", 600),
        ("净菜包装损耗率", 10, "%", "≤", pct(0.05)),
        ("采购商满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("kad08-packline-goal-counts", (12,), "project, OLD-NAT, one value column: the goal's "
         "two lines and 30吨 a day against the indicators, 年度资金总额 ≠ its parts")  # fmt: skip
def packline_goal_counts() -> Book:
    b, s = start()
    goal = "建成香菜、小葱清洗包装线2条，日处理能力30吨，全年清洗包装净菜4000吨。"
    total = mk(wan(150), "B101", "error", note="财政拨款120万元 + 其他资金20万元 = 140万元")
    project_head(s, year=YEAR, name="冬季蔬菜清洗包装线建设", dept=BUREAU, unit=COOP,
                 money=one_year(total, 120, 20), goals=[goal], attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "清洗包装线建设", mk(
            "≥1条", "D104", "warning", row=True, note="年度目标写建成2条")),
        (None, None, "包装线日处理能力", mk(
            "≥20吨", "D104", "warning", row=True, note="年度目标写日处理能力30吨")),
        (None, None, "全年清洗包装净菜量", "≥4000吨"),
        (None, "质量指标", "设备安装验收合格率", "=100%"),
        (None, "时效指标", "包装线投产时间", "≤2026年9月30日"),
        (None, "成本指标", "单条包装线建设成本", "≤60万元/条"),
        ("效益指标", "经济效益指标", "净菜销售溢价", "≥0.5元/公斤"),
        (None, "社会效益指标", "新增分拣包装岗位", "≥25个"),
        (None, "可持续影响指标", "设备设计使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "入社菜农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kad09-precooling-notes", (4,), "project, OLD-NAT, one value column; a 注 row inside "
         "the table, footnotes explaining the total, 填表说明, signature and an earlier fill date "
         "(correct)")  # fmt: skip
def precooling_notes() -> Book:
    b, s = start()
    goal = "升级改造清洗包装线1条，新建香菜预冷库2座，净菜损耗下降30%以上，带动菜农400户。"
    project_head(s, year=YEAR, name="香菜小葱预冷与包装线升级", dept=BUREAU, unit=COOP,
                 money=one_year(180, 150, 30), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "清洗包装线升级改造", "≥1条"),
        (None, None, "新建香菜预冷库", "≥2座"),
        (None, "质量指标", "净菜包装合格率", "≥98%"),
        (None, "时效指标", "改造完工时间", "≤2026年8月31日"),
        (None, "成本指标", "预冷库单座建设成本", "≤45万元/座"),
    ])  # fmt: skip
    s.row("注：以下效益指标按合作社全年净菜销售台账统计。", merge=[(1, 4)])
    s.table([
        ("效益指标", "经济效益指标", "净菜损耗下降率", "≥30%"),
        (None, "社会效益指标", "带动菜农", "≥400户"),
        ("满意度指标", "服务对象满意度指标", "入社菜农满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    notes(s, "注：1.年度资金总额180万元，其中财政拨款150万元、合作社自筹30万元。",
          "2.预冷库2座按每座45万元测算，计90万元；其余用于包装线改造。",
          "填表说明：指标值应填写可考核的数值，定性指标按“好/较好/一般/差”填写。")  # fmt: skip
    signature(s, "祁岚", "0579-6631 5520", day(YEAR - 1, 12, 8))
    return b


@variant("kad10-sorting-two-years", (8,), "two-year project, OLD-NAT, 中期 and 年度 columns: "
         "年度目标 copied from 中期目标, an annual count above the period's, last season's "
         "year in a name")  # fmt: skip
def sorting_two_years() -> Book:
    b, s = start()
    goal = ("两年内为禾湾、苇岗两个产地仓安装分拣包装设备12台套，培训分拣工60人，年收购冬季香菜"
            "3000吨以上。")  # fmt: skip
    copied = mk(goal, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同")
    project_head(s, year=YEAR, name="产地仓分拣包装设备购置", dept=BUREAU, unit=COOP,
                 money=multi_year((260, 220, 40), (140, 120, 20)), goals=[goal, copied],
                 years=2, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "分拣包装设备安装", "≥12台套", mk(
            "≥8台套", "D104", "warning", row=True, required=False,
            note="照抄的年度目标写12台套；根子是D204")),
        (None, None, "分拣工培训", "≥60人", mk(
            "≥80人", "D201", "error", note="年度80人多于实施期60人")),
        (None, None, mk("2025年冬季香菜收购量", "Y103", "warning",
                        note="项目期2026—2027年，名称里留着上一季的年份"), "≥3000吨", mk(
            "≥1500吨", "D104", "warning", row=True, required=False,
            note="照抄的年度目标写3000吨；根子是D204")),
        (None, "质量指标", "净菜包装合格率", "≥98%", "≥98%"),
        (None, "时效指标", "设备安装完成时间", "≤2027年6月30日", "≤2026年12月31日"),
        (None, "成本指标", "设备购置单价", "≤15万元/台套", "≤15万元/台套"),
        ("效益指标", "社会效益指标", "带动种植户", "≥800户", "≥400户"),
        (None, "可持续影响指标", "设备设计使用年限", "≥8年", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kad11-centre-tasks", (12,), "department, NAT-2021: budget split both ways, three key "
         "tasks adding up to 项目支出, a unit price × count equal to its task "
         "(correct)")  # fmt: skip
def centre_tasks() -> Book:
    b, s = start()
    tasks = [
        ("包装线运维", "两条清洗包装线全年运行维护", wan(120), "设备完好率95%以上"),
        ("冷链周转箱购置", "购置周转箱15000个，每个不超过60元", wan(90), "净菜损耗率下降2个百分点"),
        ("价格保险保费补贴", "香菜、小葱价格指数保险保费补贴", wan(130), "覆盖参保面积4000亩"),
        ("金额合计", None, wan(340), None),
    ]
    department_head(s, year=YEAR, dept=CENTRE, budget=[
        (wan(860), wan(700), wan(160), wan(520), wan(340))], tasks=tasks,
        goal="保障冬季香菜、小葱清洗包装和冷链周转，落实蔬菜价格指数保险保费补贴。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("成本指标", "经济成本指标", "周转箱采购单价", "≤60元/个"),
        ("产出指标", "数量指标", "购置冷链周转箱", "≥15000个"),
        (None, None, "运维清洗包装线", "≥2条"),
        (None, None, "保费补贴覆盖参保面积", "≥4000亩"),
        (None, "质量指标", "包装线设备完好率", "≥95%"),
        (None, "时效指标", "保费补贴拨付时间", "≤2026年11月30日"),
        ("效益指标", "经济效益指标", "净菜损耗率下降", "≥2百分点"),
        (None, "社会效益指标", "参保种植户", "≥500户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "汤晓禾", "0579-6630 2214", day(YEAR - 1, 11, 20))
    return b


@variant("kad12-washing-short-tiers", (5,), "project, OLD-NAT, abbreviated tier labels "
         "(产出, 数量): a cost under 数量, a count under 质量, cost × tonnage above the "
         "money")  # fmt: skip
def washing_short_tiers() -> Book:
    b, s = start()
    goal = "改造清洗包装线1条，年清洗包装香菜、小葱6000吨，培训分拣包装工40人。"
    project_head(s, year=YEAR, name="清洗包装线节水改造", dept=BUREAU, unit=COOP,
                 money=one_year(100, 90, 10), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出", "数量", "清洗包装线改造", "≥1条"),
        (None, None, "年清洗包装量", "≥6000吨"),
        (None, None, mk("每吨清洗包装成本", "F201", "warning", row=True,
                        note="成本指标填在数量下"), mk(
            "≤260元/吨", "B107", "warning", row=True,
            note="260元/吨 × 6000吨 = 156万元，超过年度资金100万元")),
        (None, "质量", mk("分拣包装工培训人数", "F201", "warning", row=True,
                          note="人数是数量指标，填在质量下"), "≥40人"),
        (None, None, "净菜包装合格率", "≥98%"),
        (None, "时效", "改造完成时间", "≤2026年7月31日"),
        (None, "成本", "节水设备改造费用", "≤85万元"),
        ("效益", "经济效益", "净菜销售溢价", "≥0.4元/公斤"),
        (None, "社会效益", "带动种植户", "≥300户"),
        ("满意度", "服务对象满意度", "采购商满意度", "≥90%"),
    ])  # fmt: skip
    return b
