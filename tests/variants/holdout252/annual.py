"""One-year project tables (2026): inline operators, typed percentages, operator and unit
columns, a direction column, numbered tier labels (rb01 … rb06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout252.common import (
    HA,
    ONE,
    OPS,
    WANMU,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout252.registry import variant
from tests.variants.kit import YUAN, Book, C, mk, money, pct


@variant("rb01-afforestation-typed-ceiling", (1, 11), "one-year project, NAT-2021, inline "
         "operators: typed 100% on a 合格率, 亩 beside 公顷, costs per 亩 (correct)")  # fmt: skip
def rb01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="青石岭国土绿化造林项目", dept="岚川县林业局（412）",
        unit="岚川县国有青石岭林场", money=one_year_money(wan(460), wan(420), wan(40)),
        goals=["2026年在青石岭、柳塘两镇完成人工造林3200亩、退化林修复1800亩，造林苗木"
               "成活率达到95%以上，全县森林覆盖率提高到24.6%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "人工造林面积", "≥3200亩"),
        (None, None, "退化林修复面积", "≥1800亩"),
        (None, "质量指标", "造林苗木成活率", "≥95%"),
        (None, None, "造林地块检查验收合格率", pct(1)),
        (None, "时效指标", "春季造林任务完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "人工造林亩均成本", "≤900元/亩"),
        (None, None, "退化林修复亩均成本", "≤600元/亩"),
        ("效益指标", "生态效益指标", "新增森林面积", "≥213公顷"),
        (None, None, "全县森林覆盖率", "≥24.6%"),
        (None, "社会效益指标", "带动林区农户务工", "≥260人次"),
        (None, "可持续影响指标", "造林地块管护责任落实率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "造林村群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "周云帆", "邓秋实", "0738-6215403")
    return b


@variant("rb02-fire-loss-rate-ge", (1, 11), "one-year project, NAT-2021, inline operators and "
         "a 备注 column: a typed 105% on a 扑灭率, a 森林火灾受害率 with ≥")  # fmt: skip
def rb02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 26))
    project_head(
        s, year=2026, name="森林防火能力提升项目", dept="禾丰县林业局（306）",
        unit="禾丰县森林消防大队", money=one_year_money(wan(150), wan(130), wan(20)),
        goals=["2026年维护防火隔离带45公里，新建防火检查站2个，护林员全年巡护，森林火灾"
               "受害率控制在0.9‰以内。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "防火隔离带维护长度", "≥45公里", None),
        (None, None, "新建防火检查站", "=2个", "东坪、石门各1个"),
        (None, None, "专职护林员巡护天数", "≥300天", None),
        (None, "质量指标", "森林火情24小时扑灭率",
         mk(pct(1.05), "T106", "error", note="a 扑灭率 cannot pass 100%"), "以消防大队统计为准"),
        (None, "时效指标", "火情报告时间", "≤30分钟", "发现火情后"),
        ("成本指标", "经济成本指标", "防火隔离带每公里维护成本", "≤1.2万元/公里", None),
        ("效益指标", "生态效益指标", "森林火灾受害率",
         mk("≥0.9‰", "T108", "warning", row=True, alt=("D104",),
            note="a 受害率 is 反向: ≤0.9‰"), None),
        (None, "社会效益指标", "防火宣传覆盖行政村", "≥86个", None),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "黄立川", "曾若兰", "0745-3302178")
    return b


@variant("rb03-farmland-ops-directions", (1, 11), "one-year project, operator, unit and "
         "direction columns: 万亩 in a format, =0亩 on a 反向, 质量等级 ≤ (correct)")  # fmt: skip
def rb03() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 10, 10, 14, 12))
    project_head(
        s, year=2026, name="耕地保护补偿与卫片执法项目", dept="沙岗县自然资源局（203）",
        unit="沙岗县自然资源局耕地保护股", money=one_year_money(wan(2680), wan(2680), wan(0)),
        goals=["2026年按标准发放耕地保护补偿资金，核查卫片图斑1350个并督促整改，全年不发生"
               "违法占用耕地，耕地保有量稳定在52.3万亩以上。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "耕地保护补偿发放面积", "正向", "≥", C(41.6, WANMU), None),
        (None, None, "卫片图斑核查数量", "正向", "≥", 1350, "个"),
        (None, "质量指标", "补偿资金兑付准确率", "正向", "=", pct(1), "%"),
        (None, None, "卫片图斑整改到位率", "正向", "≥", pct(0.95), "%"),
        (None, "时效指标", "补偿资金兑付时限", "反向", "≤", 30, "个工作日"),
        ("成本指标", "经济成本指标", "耕地保护补偿标准", "反向", "≤", 60, "元/亩"),
        ("效益指标", "社会效益指标", "违法占用耕地面积", "反向", "=", 0, "亩"),
        (None, None, "耕地保有量", "正向", "≥", C(52.3, WANMU), None),
        (None, "生态效益指标", "耕地质量平均等级", "反向", "≤", 4.6, "等"),
        ("满意度指标", "服务对象满意度指标", "补偿对象满意度", "正向", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    note(s, "注：指标值为2026年度目标；补偿面积以确权登记面积为准。", 7)
    sign(s, "向明哲", "舒婉清", "0739-5216630")
    return b


@variant("rb04-registry-mixed-units", (1, 11), "one-year project, operator and unit columns: "
         "a 财政拨款 in 元 beside 万元, 公顷 in a format against 亩, 办理时限 with ≥")  # fmt: skip
def rb04() -> Book:
    b, s = book("Sheet1")
    grant = mk(money(1800000, YUAN), "B105", "error", alt=("B110", "B101"),
               note="元 in a block of 万元")  # fmt: skip
    project_head(
        s, year=2026, name="不动产登记档案数字化与林权地籍调查项目",
        dept="桐峪县自然资源和规划局（118）", unit="桐峪县不动产登记中心",
        money=one_year_money(wan(180), grant, wan(0)),
        goals=["2026年完成存量登记档案数字化420万页，开展林权类不动产地籍调查，一般登记"
               "业务5个工作日内办结。"],
    )  # fmt: skip
    area = mk(C(2600, HA), "T112", "error", note="公顷 in the format, 亩 in the unit column")
    limit = mk("≥", "T108", "warning", row=True, note="a 办理时限 takes ≤")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "存量登记档案数字化", "≥", 420, "万页"),
        (None, None, "林权类不动产地籍调查面积", "≥", area, "亩"),
        (None, "质量指标", "登记簿数据质量合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "一般登记业务办理时限", limit, 5, "个工作日"),
        ("成本指标", "经济成本指标", "档案数字化单页成本", "≤", 0.35, "元/页"),
        ("效益指标", "社会效益指标", "登记业务网上办理率", "≥", pct(0.8), "%"),
        (None, None, "群众办事跑动次数", "≤", 1, "次"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥", 95, "%"),
    ])  # fmt: skip
    sign(s, "易思成", "卢静姝", "0744-8120937")
    return b


@variant("rb05-geohazard-numbered-tiers", (5, 11), "one-year project, numbered tier labels, "
         "inline operators: =100% at the ceiling, =0人 on a harm, 下降率 ≥ (correct)")  # fmt: skip
def rb05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 24))
    project_head(
        s, year=2026, name="地质灾害隐患点综合治理项目", dept="岚川县自然资源局（411）",
        unit="岚川县地质环境监测站", money=one_year_money(wan(520), wan(480), wan(40)),
        goals=["2026年完成12处地质灾害隐患点工程治理，避险搬迁85户，培训群测群防监测员240"
               "人次，治理区不发生因地质灾害造成的人员伤亡。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("一、产出指标", "1.数量指标", "隐患点工程治理数量", "≥12处", None),
        (None, None, "避险搬迁户数", "≥85户", None),
        (None, None, "群测群防监测员培训", "≥240人次", None),
        (None, "2.质量指标", "治理工程竣工验收合格率", "=100%", "一次性验收"),
        (None, "3.时效指标", "治理工程完工时间", "2026年11月30日前", "汛期前后分批"),
        ("二、成本指标", "1.经济成本指标", "单处隐患点平均治理成本", "≤35万元/处", None),
        (None, None, "避险搬迁户均补助", "≤0.8万元/户", None),
        ("三、效益指标", "1.社会效益指标", "治理区因地质灾害伤亡人数", "=0人", None),
        (None, None, "受威胁群众人数下降率", "≥20%", "较治理前"),
        (None, "2.可持续影响指标", "群测群防体系", "健全", None),
        ("四、满意度指标", "1.服务对象满意度指标", "受益群众满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "谭逸舟", "龙雪晴", "0738-6219051")
    return b


@variant("rb06-farmland-cost-over-budget", (1, 12), "one-year project, inline operators: a "
         "亩均 cap × 万亩 beyond the money, a name in 公顷 with a value in 亩")  # fmt: skip
def rb06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="高标准农田建设项目", dept="禾丰县农业农村局（305）",
        unit="禾丰县农田建设服务中心", money=one_year_money(wan(5200), wan(4600), wan(600)),
        goals=["2026年在禾丰县东部三镇新建高标准农田3.5万亩，配套高效节水灌溉，工程验收"
               "全部合格，项目区耕地质量提升0.5个等级以上。"],
    )  # fmt: skip
    cap = mk("≤2000元/亩", "B107", "warning", row=True, note="3.5万亩 × 2000 = 7000万 > 5200万")
    water = mk("≥8000亩", "T119", "warning", row=True, note="the name says 公顷")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥3.5万亩"),
        (None, None, "高效节水灌溉面积（公顷）", water),
        (None, "质量指标", "工程验收合格率", pct(1)),
        (None, "时效指标", "项目建设完工时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "亩均财政投入", cap),
        ("效益指标", "经济效益指标", "新增粮食产能", "≥1750吨"),
        (None, "生态效益指标", "耕地质量等级提升", "≥0.5个等级"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "彭家骏", "石慕雪", "0745-3308826")
    return b
