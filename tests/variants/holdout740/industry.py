"""Minority-village characteristic-industry support: kbv01–kbv06."""

from __future__ import annotations

from tests.variants.holdout740.common import (
    YEAR,
    department,
    first,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout740.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kbv01-tea-village-points", (5, 12),
         "project, NAT-2021, numbered tier labels with points, typed percents "
         "(correct)")  # fmt: skip
def tea_village_points() -> Book:
    goal = ("扶持石榴坪、云嘎等6个少数民族特色村寨发展茶叶和刺绣产业（其中茶叶4个、刺绣2个），"
            "新建标准化茶园300亩，带动脱贫户和监测户增收。")  # fmt: skip
    b, s = project("少数民族特色村寨茶产业扶持项目", one_year(150, 120, 30), [goal])
    indicators(s, HEAD4, [
        ("一、产出指标（50分）", "（一）数量指标", "扶持特色村寨数量", "≥6个"),
        (None, None, "其中扶持茶叶产业村寨数量", "≥4个"),
        (None, None, "新建标准化茶园面积", "≥300亩"),
        (None, "（二）质量指标", "产业项目验收合格率", pct(0.95)),
        (None, "（三）时效指标", "项目完工时间", "2025年11月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "每个村寨补助标准", "≤25万元/个"),
        ("三、效益指标（20分）", "（一）经济效益指标", "受益农户户均增收", "≥1500元"),
        (None, "（二）可持续影响指标", "特色产业持续经营年限", "≥3年"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "受益群众满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "杨光福", "0871-6620417")
    return b


@variant("kbv02-embroidery-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: goal count, annual count above "
         "the period's, a cumulative count copied")  # fmt: skip
def embroidery_three_years() -> Book:
    period = ("2025—2027年在6个民族村寨建成民族刺绣工坊12个，累计培训绣娘900人，"
              "开发刺绣产品50款，刺绣产品年销售额达到500万元。")  # fmt: skip
    annual = "2025年建成刺绣工坊4个，培训绣娘300人，开发刺绣产品20款。"
    b, s = project("民族刺绣产业振兴项目", multi_year((600, 480, 120), (200, 160, 40)),
                   [period, annual], years=3)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建成民族刺绣工坊数量",
         mk("≥10个", "D104", "warning", row=True, note="中期目标写建成工坊12个"), "≥4个"),
        (None, None, "培训绣娘人数", "≥900人",
         mk("≥950人", "D201", "error", alt=("D104",),
            note="年度 950 人超过中期 900 人，年度目标也只写 300 人")),
        (None, None, "开发刺绣产品款式", "≥50款",
         mk("≥50款", "D202", "warning", alt=("D104",),
            note="三年累计的款式数照抄到年度列，年度目标写 20 款")),
        (None, "质量指标", "刺绣产品质检合格率", "≥95%", "≥95%"),
        (None, "时效指标", "刺绣工坊建设完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个工坊建设补助", "≤30万元/个", "≤30万元/个"),
        ("效益指标", "经济效益指标", "刺绣产品年销售额", "≥500万元", "≥150万元"),
        (None, "社会效益指标", "带动妇女居家就业人数", "≥600人", "≥200人"),
        ("满意度指标", "服务对象满意度指标", "参训绣娘满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbv03-cattle-cooperative", (4, 12),
         "project, OLD-NAT, a funding detail block under the table: lines short of their "
         "合计, a standard × count above the money")  # fmt: skip
def cattle_cooperative() -> Book:
    goal = "扶持达洛、沙岗等5个民族村寨黄牛养殖合作社，补助养殖农户250户，新建标准化牛舍40栋。"
    b, s = project("民族村寨黄牛养殖合作社扶持项目", one_year(200, 170, 30), [goal])
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "扶持养殖合作社数量", "≥5个"),
        (None, None, "补助养殖农户数", "≥250户"),
        (None, None, "新建标准化牛舍", "≥40栋"),
        (None, "质量指标", "牛舍建设验收合格率", "≥95%"),
        (None, "时效指标", "补助资金拨付时间", "2025年9月30日前"),
        (None, "成本指标", "户均养殖补助标准",
         mk("≤1万元/户", "B107", "warning", row=True,
            note="1万元/户 × 250户 = 250万元，超过项目资金 200万元")),
        ("效益指标", "经济效益指标", "参与农户户均增收", "≥3000元"),
        (None, "可持续影响指标", "合作社持续运营年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "养殖农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row(
        "资金测算明细", "支出内容", None, "金额（万元）", "测算依据", None, merge=[(2, 3), (5, 6)]
    )
    top = s.r + 1
    for what, amount, basis in (
        ("合作社设备补助", 40, "5个 × 8万元"),
        ("农户养殖补助", 100, "250户 × 0.4万元"),
        ("标准化牛舍建设补助", 40, "40栋 × 1万元"),
        ("养殖技术培训", 10, "10期 × 1万元"),
    ):  # fmt: skip
        s.row(None, what, None, wan(amount), basis, None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, mk(wan(200), "B102", "error", note="40+100+40+10 = 190 ≠ 200"),
          None, None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=top - 1, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("kbv04-stacked-vegetables-bees", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values (correct)")  # fmt: skip
def stacked_vegetables_bees() -> Book:
    goal_a = ("扶持木叶湾、岩脚寨等8个民族村寨发展特色种植（其中高山蔬菜5个、食用菌3个），"
              "建设高山蔬菜基地400亩。")  # fmt: skip
    b, s = project("民族村寨高山蔬菜产业扶持项目", one_year(90, 90, 0), [goal_a])
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "扶持村寨数量", "≥8个"),
        (None, None, "高山蔬菜基地建设面积", "≥400亩"),
        (None, "质量指标", "基地建设验收合格率", "≥95%"),
        (None, "时效指标", "基地建设完成时间", "2025年11月30日前"),
        (None, "成本指标", "每亩基地建设补助", "≤0.15万元/亩"),
        ("效益指标", "经济效益指标", "受益农户户均增收", "≥2000元"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    goal_b = "扶持3个民族村寨发展林下养蜂，向养蜂农户发放标准蜂箱1500箱。"
    project("民族村寨林下养蜂产业扶持项目", one_year(60, 50, 10), [goal_b], book=b, s=s)
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "扶持村寨数量", "≥3个"),
        (None, None, "发放标准蜂箱数量", "≥1500箱"),
        (None, "质量指标", "蜂箱验收合格率", "≥95%"),
        (None, "时效指标", "蜂箱发放完成时间", "2025年6月30日前"),
        (None, "成本指标", "每箱补助标准", "≤300元/箱"),
        ("效益指标", "经济效益指标", "养蜂农户户均增收", "≥2500元"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbv05-oil-tea-export", (4,),
         "budget-system export: project sheet 05-1 and indicator sheet 05-2 with codes in the "
         "first columns, header on the third row; last year's goal and a deadline in "
         "2026")  # fmt: skip
def oil_tea_export() -> Book:
    b, s = first("部门项目支出预算05-1", (14, 26, 8, 14, 14, 12, 12, 12, 40))
    s.title(f"{YEAR}年部门项目支出预算表", 9)
    s.row("部门：磐岫县民族宗教事务委员会", None, None, None, None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "项目期", "计划开始日期", "计划完成日期", "资金总额",
          "财政拨款", "其他资金", "年度绩效目标")  # fmt: skip
    goal = mk(
        "2024年底前完成岩脚寨等4个民族村寨油茶基地建设800亩，带动农户160户。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="上一年度的年份留在2025年的年度目标里",
    )
    s.row("208001250003", "少数民族特色村寨油茶产业扶持项目", "1年", day(YEAR, 1, 1),
          day(YEAR, 12, 31), wan(120), wan(100), wan(20), goal)  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 26, 12, 16, 26, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("部门：磐岫县民族宗教事务委员会")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "208001250003", "少数民族特色村寨油茶产业扶持项目"
    deadline = mk(day(2026, 3, 31), "Y102", "error",
                  note="一年期项目（2025年）的完成时间落在2026年")  # fmt: skip
    for row in (
        ("产出指标", "数量指标", "扶持村寨数量", "≥4个"),
        ("产出指标", "数量指标", "新植油茶面积", "≥800亩"),
        ("产出指标", "数量指标", "带动农户数", "≥160户"),
        ("产出指标", "质量指标", "油茶苗木成活率", "≥90%"),
        ("产出指标", "时效指标", "油茶基地建设完成时间", deadline),
        ("成本指标", "经济成本指标", "每亩种植补助标准", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "带动农户户均增收", "≥2000元"),
        ("效益指标", "可持续影响指标", "油茶基地管护期", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ):  # fmt: skip
        t.row(code, name, *row)
    notes(t, ["说明：本表由预算管理一体化系统导出，金额单位为万元，打印日期以系统为准。"])
    return b


@variant("kbv06-industry-flat-department", (3, 12),
         "department, key tasks adding to 金额合计, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), weights add to 100 (correct)")  # fmt: skip
def industry_flat_department() -> Book:
    goal = ("目标1：扶持12个少数民族特色村寨发展特色产业；目标2：新设和更换双语标识牌600块；"
            "目标3：办好第七届民族文化节，参演队伍不少于30支。")  # fmt: skip
    b, s = department((860, 820, 40, 330, 530), [
        ("特色村寨产业扶持", "扶持12个民族村寨发展茶叶、刺绣、养蜂产业", 350, "扶持村寨≥12个"),
        ("双语标识规范设置", "新设和更换城区、乡镇双语标识牌", 100, "标识牌≥600块"),
        ("民族文化节", "举办第七届民族文化节", 80, "参演队伍≥30支"),
        ("金额合计", None, 530, None),
    ], goal)  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for row in (
        ("扶持特色村寨数量", 20, "个", "≥", 12),
        ("新设和更换双语标识牌", 15, "块", "≥", 600),
        ("民族文化节参演队伍", 15, "支", "≥", 30),
        ("特色产业项目验收合格率", 15, "%", "≥", 95),
        ("单块双语标识牌平均成本", 15, "万元/块", "≤", 0.16),
        ("各族群众满意度", 20, "%", "≥", 90),
    ):  # fmt: skip
        s.row(*row)
    s.row("合计", 100)
    sign(s, "杨光福", "0871-6620417")
    return b
