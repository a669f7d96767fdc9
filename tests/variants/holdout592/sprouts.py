"""Returns ed01–ed06: pea and broad-bean sprout (豌豆苗、蚕豆芽苗) production projects."""

from __future__ import annotations

from tests.variants.holdout592.common import (
    WIDE,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    start,
    table,
    w,
)
from tests.variants.holdout592.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

H6 = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）", "备注")


@variant(
    "ed01-pea-sprout-line",
    (1, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, "
    "operator and unit columns, percent cells typed in Excel (correct)",
)
def pea_sprout_line() -> Book:
    b, s = start()
    project(
        s,
        "蓼川县豌豆苗水培生产线建设项目",
        "蓼川县豆苗产业服务中心",
        one_year(86, 70, 16),
        ["新建豌豆苗水培生产线2条，年产豌豆苗480吨，带动芦湾镇、石埠乡种植户120户增收。"],
    )
    table(s, ("一级指标", "二级指标", "指标内容", "比较符", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "新建豌豆苗水培生产线", "≥", 2, "条"),
        (None, None, "豌豆苗年产量", "≥", 480, "吨"),
        (None, "质量指标", "豆苗农残抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "种子发芽率", "≥", pct(0.92), "%"),
        (None, None, "豆苗采后损耗率", "≤", pct(0.08), "%"),
        (None, "时效指标", "生产线建成投产时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "单条生产线建设成本", "≤", 38, "万元/条"),
        ("效益指标", "经济效益指标", "种植户户均增收", "≥", 3000, "元"),
        (None, "社会效益指标", "带动种植户", "≥", 120, "户"),
        (None, "可持续影响指标", "生产线设计使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "ed02-broad-bean-greenhouse",
    (5, 12),
    "project, NAT-2021, numbered tier labels: the "
    "count and the date contradict the 年度目标, unit cost × count above the money",
)
def broad_bean_greenhouse() -> Book:
    b, s = start()
    goal = "在石埠乡新建蚕豆芽苗温室大棚12座，年产蚕豆芽苗260吨，12月底前全部投入使用。"
    project(
        s,
        "石埠乡蚕豆芽苗温室大棚建设项目",
        "蓼川县石埠乡农业综合服务站",
        one_year(110, 90, 20),
        [ok(goal, "warning", note="D104 may land on the text")],
    )
    count = mk("≥15座", "D104", "warning", row=True, note="年度目标写新建12座，指标却是15座")
    late = mk(
        "2026年3月31日前",
        "Y102",
        "error",
        alt=("D104",),
        note="一年期项目（2025年），年度目标写12月底前投入使用",
    )
    cost = mk(
        "≤9万元/座", "B107", "warning", row=True, note="9万元 × 15座 = 135万元 > 年度资金110万元"
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"), [
        ("一、产出指标", "（一）数量指标", "新建芽苗温室大棚", count, "计划标准"),
        (None, None, "蚕豆芽苗年产量", "≥260吨", "计划标准"),
        (None, "（二）质量指标", "大棚竣工验收合格率", "=100%", "行业标准"),
        (None, "（三）时效指标", "大棚全部投入使用时间", late, "计划标准"),
        ("二、成本指标", "（一）经济成本指标", "单座大棚建设成本", cost, "历史标准"),
        ("三、效益指标", "（一）经济效益指标", "芽苗销售收入", "≥520万元", "计划标准"),
        (None, "（二）社会效益指标", "带动周边农户务工", "≥60人", "计划标准"),
        ("四、满意度指标", "（一）服务对象满意度指标", "入驻农户满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    return b


@variant(
    "ed03-sprout-base-two-year",
    (8,),
    "two-year project 2025–2026, OLD-NAT, 中期 and 年度 "
    "columns, cumulative counts below the period, 2026 named on purpose (correct)",
)
def sprout_base_two_year() -> Book:
    b, s = start()
    period = (
        "两年内建成芽苗菜标准化生产基地2个，累计培训种植户400人次，2026年底前豆苗日产能达到3吨。"
    )
    annual = "2025年建成芦湾镇生产基地1个，培训种植户220人次，豆苗日产能达到1.5吨。"
    project(
        s,
        "蓼川县芽苗菜标准化生产基地建设项目",
        "蓼川县豆苗产业服务中心",
        multi_year((260, 210, 50), (140, 110, 30)),
        [period, annual],
        years=2,
        attr="新增项目",
    )
    table(s, H6, [
        ("产出指标", "数量指标", "建成芽苗菜标准化生产基地", "≥2个", "≥1个", None),
        (None, None, "培训种植户", "≥400人次", "≥220人次", "累计"),
        (None, None, "豆苗日产能", "≥3吨", "≥1.5吨", None),
        (None, "质量指标", "产品抽检合格率", "≥98%", "≥98%", None),
        (None, "时效指标", "基地建设完成时间", "2026年6月30日前", "2025年12月31日前", None),
        (None, "成本指标", "单个基地建设成本", "≤120万元/个", "≤120万元/个", None),
        ("效益指标", "经济效益指标", "芽苗菜销售收入", "≥900万元", "≥300万元", "累计"),
        (None, "社会效益指标", "带动就业", "≥80人", "≥40人", None),
        (None, "可持续影响指标", "基地运营年限", "≥10年", "≥10年", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant(
    "ed04-seed-base-export",
    (4, 9),
    "budget-system export, codes in the first columns, "
    "table on a second sheet: title year against the budget year, a date as a serial",
)
def seed_base_export() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 18, 18, 30, 12, 12, 12, 40))
    s.title("2025年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row(
        "单位编码",
        "单位名称",
        "项目编码",
        "项目名称",
        "合计",
        "财政拨款",
        "其他资金",
        "年度绩效目标",
    )
    s.row(
        "417001",
        "蓼川县农业农村局",
        "41700125000012",
        "豆类种子繁育基地提升项目",
        w(64),
        w(64),
        w(0),
        "提升豌豆、蚕豆种子繁育基地150亩，供应豆类良种60吨。",
    )
    t = b.sheet("部门项目支出绩效目标05-2", (10, 18, 26, 12, 14, 24, 10, 12, 10))
    t.title("2024年度部门项目支出绩效目标表", 9)
    b.file_mark(
        "Y101", "error", alt=("Y103",), note="绩效目标表标题2024年度，预算表、项目编码均为2025年"
    )
    t.row("单位：万元")
    t.row(
        "单位编码",
        "项目编码",
        "项目名称",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标值",
        "度量单位",
    )
    serial = mk("45930", "X104", "warning", note="文本单元格中的日期序列号（2025-09-30）")
    head = ("417001", "41700125000012", "豆类种子繁育基地提升项目")
    for line in [
        ("产出指标", "数量指标", "提升种子繁育基地面积", "≥", 150, "亩"),
        ("产出指标", "数量指标", "供应豆类良种", "≥", 60, "吨"),
        ("产出指标", "质量指标", "良种纯度达标率", "≥", 98, "%"),
        ("产出指标", "时效指标", "基地提升完成时间", "≤", serial, None),
        ("产出指标", "成本指标", "基地提升每亩补助标准", "≤", 0.4, "万元/亩"),
        ("效益指标", "经济效益指标", "良种推广节本增收", "≥", 200, "万元"),
        ("效益指标", "可持续影响指标", "繁育基地持续供种年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "用种农户满意度", "≥", 90, "%"),
    ]:  # fmt: skip
        t.row(*head, *line)
    notes(t, "注：本表由预算管理一体化系统导出，打印时间 2024-12-02 09:41。", width=9)
    return b


@variant(
    "ed05-collection-three-year",
    (8, 11),
    "three-year project 2025–2027, OLD-NAT, 中期 "
    "and 年度 columns: annual count above the period, a count copied, a 反向 rate with ≥",
)
def collection_three_year() -> Book:
    b, s = start()
    period = "三年建成豆苗冷链集配点6个，累计培训种植户600人次，豆苗病害发生率控制在3%以内。"
    annual = "2025年建成集配点2个，建立豆苗病害监测点5个。"
    project(
        s,
        "蓼川县豆苗产地集配体系建设项目",
        "蓼川县豆苗产业服务中心",
        multi_year((450, 390, 60), (160, 140, 20)),
        [period, annual],
        years=3,
    )
    over = mk("≥900人次", "D201", "error", note="年度培训900人次超过三年累计600人次")
    copied = mk("≥3000吨", "D202", "warning", note="三年累计集配量原样抄到年度列")
    wrong = mk(
        "≥3%", "T108", "warning", row=True, alt=("D203",), note="发生率是反向指标，中期列为≤3%"
    )
    table(s, H6, [
        ("产出指标", "数量指标", "建成豆苗冷链集配点", "≥6个", "≥2个", None),
        (None, None, "培训种植户", "≥600人次", over, "累计"),
        (None, None, "豆苗集配量", "≥3000吨", copied, "累计"),
        (None, None, "建立病害监测点", "≥5个", ok("≥5个", "warning"), "首年建成"),
        (None, "质量指标", "豆苗病害发生率", "≤3%", wrong, None),
        (None, "时效指标", "集配点建设完成时间", "2027年11月30日前", "2025年11月30日前", None),
        (None, "成本指标", "单个集配点建设成本", "≤60万元/个", "≤60万元/个", None),
        ("效益指标", "经济效益指标", "豆苗产地损耗下降率", "≥30%", "≥10%", None),
        (None, "可持续影响指标", "集配点运营年限", "≥8年", "≥8年", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant(
    "ed06-green-demo-points",
    (4, 5, 10),
    "project, NAT-2021, tier-1 labels with points, a "
    "tier score column and an indicator score column, 百分点, 0起, a total row (correct)",
)
def green_demo_points() -> Book:
    b, s = start(widths=WIDE)
    project(
        s,
        "豌豆苗绿色生产技术示范项目",
        "蓼川县农业技术推广站",
        one_year(48, 48, 0),
        [
            "开展豌豆苗绿色生产技术示范，示范面积300亩，举办培训12场，豆苗商品率较上年提高5个百分点。"
        ],
    )
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（40分）", 40, "数量指标", "绿色生产技术示范面积", "≥300亩", 10),
        (None, None, None, "技术培训场次", "≥12场", 10),
        (None, None, "质量指标", "豆苗商品率提高", "≥5百分点", 10),
        (None, None, "时效指标", "示范任务完成时间", "2025年11月30日前", 10),
        ("成本指标（20分）", 20, "经济成本指标", "每亩示范物化补助", "≤1200元/亩", 10),
        (None, None, None, "每场培训费用", "≤8000元/场", 10),
        ("效益指标（30分）", 30, "经济效益指标", "示范区亩均增收", "≥800元", 10),
        (None, None, "生态效益指标", "化学农药使用量下降率", "≥10%", 10),
        (None, None, "社会效益指标", "豆苗质量安全事故", "0起", 10),
        ("满意度指标（10分）", 10, "服务对象满意度指标", "示范户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    notes(s, "注：一级指标分值与三级指标分值为两级计分，各自合计100分，不相加。")
    sign(s, "韦秋禾", "0771-5830246", day(2024, 11, 26))
    return b
