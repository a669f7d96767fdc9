"""黄粉虫 (mealworm) farming: hj07–hj12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout676.common import (
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout676.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "hj07-mealworm-base-marks",
    (5, 11),
    "project, OLD-NAT, tier-1 labels marked with *, abbreviated tier-2s, 指标性质 as "
    "direction, a 死亡率 with ≤, a unit price × count within the money (correct)",
)
def hj07() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="黄粉虫标准化养殖示范基地建设",
        dept="澄麓市农业农村局（108）",
        unit="澄麓市蒲滩乡农业服务中心",
        money=one_year(wan(60), wan(50), wan(10)),
        goals=[
            "新建黄粉虫标准化养殖车间4栋，配置养殖盒2万个，利用麦麸、餐厨及农副"
            "废弃物600吨，带动30户脱贫户参与养殖。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
        [
            ("*产出指标", "数量", "新建标准化养殖车间", "正向", "≥4", "栋"),
            (None, None, "配置养殖盒", "正向", "≥20000", "个"),
            (None, "质量", "鲜虫粗蛋白含量", "正向", "≥48", "%"),
            (None, None, "幼虫养殖死亡率", "反向", "≤8", "%"),
            (None, "时效", "养殖车间投用时间", "反向", "6月30日前", None),
            (None, "成本", "养殖盒采购单价", "反向", "≤12", "元/个"),
            ("*效益指标", "经济效益", "参与户户均增收", "正向", "≥1.5", "万元"),
            (None, "社会效益", "带动脱贫户参与养殖", "正向", "≥30", "户"),
            (None, "生态效益", "农副废弃物转化利用量", "正向", "≥600", "吨"),
            ("*满意度指标", "服务对象满意度", "养殖户满意度", "正向", "≥90", "%"),
        ],
    )
    signature(s, "韦晴川", "0738-4412096")
    return b


@variant(
    "hj08-mealworm-three-year",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 columns: annual money above the period's, "
    "a hall count copied to the year, a period output below the 中期目标",
)
def hj08() -> Book:
    b, s = book()
    annual_total = mk(wan(150), "B103", "error", note="年度资金150万元大于中期资金120万元")
    project_head(
        s,
        year=2026,
        years=3,
        name="黄粉虫蛋白饲料原料基地",
        dept="澄麓市农业农村局（108）",
        unit="澄麓市禾虫生物科技合作社",
        money=multi_year((wan(120), wan(100), wan(20)), (annual_total, wan(130), wan(20))),
        goals=[
            "2026—2028年建成养殖车间6栋，三年累计产出鲜虫900吨、干虫粉150吨，带动养殖户80户。",
            "2026年建成养殖车间2栋，产出鲜虫200吨，带动养殖户30户。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            (
                "产出指标",
                "数量指标",
                "新建养殖车间",
                "≥6栋",
                mk(
                    "≥6栋",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="三年累计数照抄到年度；年度目标为2栋",
                ),
            ),
            (
                None,
                None,
                "鲜虫产量",
                mk("≥600吨", "D104", "warning", row=True, note="中期目标写三年累计鲜虫900吨"),
                "≥200吨",
            ),
            (None, None, "干虫粉产量", "≥150吨", "≥40吨"),
            (None, "质量指标", "干虫粉粗蛋白含量", "≥55%", "≥55%"),
            (None, "时效指标", "养殖车间建设完成时间", "2028年6月30日前", "2026年12月31日前"),
            ("成本指标", "经济成本指标", "养殖车间建设单价", "≤15万元/栋", "≤15万元/栋"),
            ("效益指标", "经济效益指标", "养殖户户均增收", "≥2万元", "≥2万元"),
            (None, "社会效益指标", "带动养殖户", "≥80户", "≥30户"),
            (None, "生态效益指标", "农副废弃物利用量", "≥3000吨", "≥1000吨"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
        ],
    )
    signature(s, "农叶舟", "0738-4427753")
    return b


@variant(
    "hj09-insect-station-money",
    (12, 4),
    "department, NAT-2021: 基本支出 + 项目支出 above 资金总额, key tasks not adding to "
    "金额合计; 填表说明 under the table",
)
def hj09() -> Book:
    b, s = book()
    total = mk(wan(420), "B101", "error", row=True, note="基本支出250 + 项目支出180 = 430 ≠ 420")
    department_head(
        s,
        year=2026,
        dept="澄麓市昆虫资源利用推广站",
        budget=[(total, wan(380), wan(40), wan(250), wan(180))],
        tasks=[
            ("虫种繁育", "保种繁育黄粉虫优良虫种", wan(60), "供种200箱"),
            ("养殖技术推广", "建设示范场并开展培训", wan(70), "示范场8家"),
            ("饲料试验", "开展虫粉饲喂对比试验", wan(40), "形成试验报告"),
            (
                "金额合计",
                None,
                mk(wan(180), "B102", "error", note="60 + 70 + 40 = 170 ≠ 180"),
                None,
            ),
        ],
        goal="繁育供应黄粉虫优良虫种200箱，建设养殖示范场8家，培训养殖户500人次，"
        "完成虫粉饲喂对比试验4批次。",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "供应优良虫种", "≥200箱"),
            (None, None, "建设养殖示范场", "≥8家"),
            (None, None, "培训养殖户", "≥500人次"),
            (None, None, "虫粉饲喂对比试验", "≥4批次"),
            (None, "质量指标", "虫种成活率", "≥90%"),
            (None, "时效指标", "试验报告完成时间", "12月20日前"),
            ("成本指标", "经济成本指标", "示范场建设补助标准", "≤6万元/家"),
            ("效益指标", "经济效益指标", "示范场养殖收入增长率", "≥10%"),
            (None, "社会效益指标", "辐射带动养殖户", "≥150户"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
        ],
    )
    notes(s, "填表说明：1.指标值应可量化；2.金额单位为万元。")
    signature(s, "黎望舒", "0738-4403318", day(2025, 11, 18))
    return b


@variant(
    "hj10-mealworm-points",
    (10, 5),
    "project, NAT-2021, tier-1 labels with points and an indicator 分值 column, both "
    "adding to 100, a survival rate raised in 百分点 (correct)",
)
def hj10() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="黄粉虫幼虫高效养殖技术示范",
        dept="澄麓市农业农村局（108）",
        unit="澄麓市畜牧水产技术推广站",
        money=one_year(wan(48), wan(40), wan(8)),
        goals=["在3个乡镇建设示范户40户，开展技术培训200人次，辐射带动养殖户120户。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "分值（100分）"),
        [
            ("一、产出指标（50分）", "1.数量指标", "示范养殖户", "≥40户", 15),
            (None, None, "技术培训", "≥200人次", 10),
            (None, "2.质量指标", "幼虫成活率提高", "≥3百分点", 15),
            (None, "3.时效指标", "示范任务完成时间", "11月30日前", 10),
            ("二、成本指标（10分）", "1.经济成本指标", "示范户物资补助标准", "≤5000元/户", 10),
            ("三、效益指标（30分）", "1.经济效益指标", "示范户养殖效益提高", pct(0.15), 10),
            (None, "2.社会效益指标", "辐射带动养殖户", "≥120户", 10),
            (None, "3.可持续影响指标", "形成养殖技术规范", "1项", 10),
            ("四、满意度指标（10分）", "1.服务对象满意度指标", "示范户满意度", "≥92%", 10),
        ],
    )
    signature(s, "覃砚秋", "0738-4439025")
    return b


@variant(
    "hj11-worm-meal-line",
    (11, 1),
    "project, OLD-NAT, 指标方向 (正向/反向) and 比较符 columns, typed percents: a 反向 "
    "loss rate with ≥, a test pass rate under 时效, one indicator twice with two values",
)
def hj11() -> Book:
    b, s = book(widths=(14, 14, 26, 10, 10, 14, 12))
    project_head(
        s,
        year=2026,
        name="黄粉虫虫粉加工线建设",
        dept="澄麓市工业和信息化局（122）",
        unit="澄麓市禾虫生物科技合作社",
        money=one_year(wan(110), wan(90), wan(20)),
        goals=["建成虫粉加工线1条，年加工虫粉120吨，开展养殖技术培训300人次。"],
    )
    tier = mk("虫粉蛋白质检测合格率", "F201", "warning", row=True, note="合格率属质量，填在时效下")
    note = "数量指标下同名指标为300人次"
    twice = mk("养殖技术培训人次", "D102", "error", row=True, alt=("D101", "D103"), note=note)
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "虫粉加工量", "正向", "≥", 120, "吨"),
            (None, None, "养殖技术培训人次", "正向", "≥", 300, "人次"),
            (None, "质量指标", "产品出厂检验合格率", "正向", "≥", pct(0.98), None),
            (
                None,
                None,
                "虫粉加工损耗率",
                "反向",
                mk("≥", "T108", "warning", row=True, note="损耗率是反向指标，应为≤"),
                5,
                "%",
            ),
            (None, "时效指标", "加工线投产时间", "反向", "≤", "7月31日", None),
            (None, None, tier, "正向", "≥", pct(0.95), None),
            (None, "成本指标", "加工设备购置费用", "反向", "≤", 85, "万元"),
            ("效益指标", "经济效益指标", "虫粉销售收入", "正向", "≥", 300, "万元"),
            (None, "社会效益指标", twice, "正向", "≥", 200, "人次"),
            ("满意度指标", "服务对象满意度指标", "采购企业满意度", "正向", "≥", pct(0.9), None),
        ],
    )
    signature(s, "莫青禾", "0738-4458631")
    return b


@variant(
    "hj12-mealworm-second-sheet",
    (7, 4),
    "project: head on the first sheet, the table on a second sheet under 预期实现值, a "
    "说明 row inside, a footnote explaining a total, signature lines (correct)",
)
def hj12() -> Book:
    b, s = book("基本信息")
    project_head(
        s,
        year=2026,
        name="黄粉虫养殖户技术服务",
        dept="澄麓市农业农村局（108）",
        unit="澄麓市畜牧水产技术推广站",
        money=one_year(wan(32), wan(32), wan(0)),
        goals=[
            "为养殖户提供入户技术指导600户次，举办培训班8期培训养殖户400人次，"
            "全年不发生虫种疫病扩散事件。"
        ],
    )
    t = b.sheet("绩效指标", (16, 16, 30, 18, 24))
    t.title("2026年度项目绩效指标", 5)
    indicators(
        t,
        ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"),
        [
            ("产出指标", "数量指标", "入户技术指导", "≥600户次", None),
            (None, None, "举办培训班", "≥8期", None),
            (None, None, "培训养殖户", "≥400人次", "含线上培训150人次"),
            (None, "质量指标", "培训考核合格率", "≥90%", None),
            (None, "时效指标", "技术问题响应时间", "≤48小时", None),
            (None, "成本指标", "培训班期均费用", "≤1.5万元/期", None),
        ],
    )
    notes(t, "说明：以下效益指标按服务对象抽样调查结果评价。", width=5)
    t.table(
        [
            ("效益指标", "社会效益指标", "虫种疫病扩散事件", "0起", None),
            (None, "可持续影响指标", "建立养殖户服务台账", "1套", None),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    notes(t, "注：培训养殖户400人次含线上培训150人次、线下培训250人次。", width=5)
    signature(t, "岑牧野", "0738-4460197", day(2025, 12, 3))
    return b
