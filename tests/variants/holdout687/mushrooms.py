"""Returns hu01–hu06: 杏鲍菇 and 金针菇 factory mushrooms in 栖桐县."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout687.common import TIERS2, TIERS4, funds, grid, notes, sign, start, wan
from tests.variants.holdout687.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "栖桐县农业农村局（217001）"
YEAR = 2026


@variant(
    "hu01-kingoyster-lines",
    (1,),
    "project, NAT-2021, operator and unit columns, percent cells, a cost within its money, a "
    "later year the work prepares for (correct)",
)
def kingoyster_lines() -> Book:
    b, s = start()
    goal = (
        "支持2家杏鲍菇工厂各改造生产线1条（共2条），年产鲜菇不少于3000吨，一级菇比例达到90%以上，"
        "为2027年全县推广瓶栽工艺积累技术参数。"
    )
    project_head(
        s,
        year=YEAR,
        name="杏鲍菇工厂化生产线提质项目",
        dept=DEPT,
        unit="栖桐县菌菇产业服务中心",
        money=funds(120, 100, 20),
        goals=[ok(goal, note="2027年是推广的年份，不是本项目的年份")],
    )
    header = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    grid(
        s,
        header,
        [
            ("产出指标", "数量指标", "改造杏鲍菇生产线数量", "≥", 2, "条"),
            (None, None, "鲜菇年产量", "≥", 3000, "吨"),
            (None, "质量指标", "一级菇比例", "≥", pct(0.9), "%"),
            (None, None, "菌包污染率", "≤", pct(0.03), "%"),
            (None, "时效指标", "生产线改造完成时间", "≤", day(YEAR, 9, 30, CN_DATE), "日期"),
            ("成本指标", "经济成本指标", "单条生产线改造补助标准", "≤", 50, "万元/条"),
            ("效益指标", "经济效益指标", "带动菇农户均增收", "≥", 3000, "元"),
            (None, "社会效益指标", "带动就业人数", "≥", 60, "人"),
            (None, "可持续影响指标", "改造生产线稳定运行年限", "≥", 5, "年"),
            ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "韦松年", "0771-6248315", day(YEAR - 1, 11, 18))
    return b


@variant(
    "hu02-needle-workshops",
    (5,),
    "project, OLD-NAT, numbered tier labels (一、/（一）); the goal's workshop count and year "
    "given otherwise in the indicators, a rate under 时效",
)
def needle_workshops() -> Book:
    b, s = start()
    goal = "扩建金针菇瓶栽车间3个，新增日产能40吨，2026年11月底前全部投产。"
    project_head(
        s,
        year=YEAR,
        name="金针菇瓶栽车间扩建项目",
        dept=DEPT,
        unit="栖桐县鹤鸣菌业有限公司",
        money=funds(200, 160, 40),
        goals=[ok(goal, note="D104 may land at the goal")],
    )
    grid(
        s,
        TIERS4,
        [
            (
                "一、产出指标",
                "（一）数量指标",
                "扩建瓶栽车间数量",
                mk("≥4个", "D104", "warning", row=True, note="年度目标写扩建车间3个"),
            ),
            (None, None, "新增日产能", "≥40吨"),
            (None, "（二）质量指标", "菌包合格率", "≥95%"),
            (
                None,
                "（三）时效指标",
                "车间投产时间",
                mk(
                    "2025年11月30日前",
                    "Y102",
                    "error",
                    alt=("D104", "Y101", "Y103"),
                    note="上一季的日期：预算年度与年度目标都是2026年",
                ),
            ),
            (
                None,
                None,
                mk("菇房出菇整齐率", "F201", "warning", row=True, note="a quality rate under 时效"),
                "≥90%",
            ),
            (None, "（四）成本指标", "车间扩建单位造价", "≤1800元/平方米"),
            ("二、效益指标", "（一）经济效益指标", "新增年销售收入", "≥1500万元"),
            (None, "（二）社会效益指标", "新增就业岗位", "≥45个"),
            (None, "（三）可持续影响指标", "车间设施使用年限", "≥10年"),
            ("三、满意度指标", "（一）服务对象满意度指标", "订单客户满意度", "≥90%"),
        ],
    )
    sign(s, "蓝启明", "0771-6248402", day(YEAR - 1, 11, 21))
    return b


@variant(
    "hu03-spawn-base-3yr",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: period counts above the year's, "
    "rates and unit costs equal (correct)",
)
def spawn_base() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="杏鲍菇菌种繁育基地建设项目",
        dept=DEPT,
        unit="栖桐县菌菇产业服务中心",
        attr="新增项目",
        money=funds(200, 170, 30, period=(600, 500, 100)),
        goals=[
            "三年建成菌种繁育车间3栋，累计供应杏鲍菇原种60万瓶，菌种纯度稳定在98%以上。",
            "2026年建成菌种繁育车间1栋，供应原种15万瓶，菌种纯度不低于98%。",
        ],
    )
    grid(
        s,
        TIERS2,
        [
            ("产出指标", "数量指标", "建成菌种繁育车间", "≥3栋", "≥1栋"),
            (None, None, "供应杏鲍菇原种", "≥60万瓶", "≥15万瓶"),
            (None, "质量指标", "菌种纯度", "≥98%", "≥98%"),
            (None, "时效指标", "建设任务完成时间", "2028年12月底前", "2026年12月底前"),
            (None, "成本指标", "每栋繁育车间建设成本", "≤150万元/栋", "≤150万元/栋"),
            ("效益指标", "经济效益指标", "全县菌种自给率", "≥80%", "≥40%"),
            (None, "可持续影响指标", "菌种保藏品系", "≥12个", "≥6个"),
            ("满意度指标", "服务对象满意度指标", "菇企满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "黄映秋", "0771-6248377", day(YEAR - 1, 11, 25))
    return b


@variant(
    "hu04-needle-capacity-3yr",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: the 中期目标's count given otherwise, "
    "a year's capacity above the period's, a cumulative count copied",
)
def needle_capacity() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="金针菇工厂化产能提升项目",
        dept=DEPT,
        unit="栖桐县金穗菌业合作联社",
        attr="新增项目",
        money=funds(300, 250, 50, period=(900, 750, 150)),
        goals=[
            ok("三年新建标准化菇房12间，累计新增金针菇产能3.6万吨，带动种植户300户。"),
            "2026年新建菇房4间，新增产能1.2万吨，带动种植户100户。",
        ],
    )
    grid(
        s,
        TIERS2,
        [
            (
                "产出指标",
                "数量指标",
                "新建标准化菇房",
                mk("≥10间", "D104", "warning", row=True, note="中期目标写12间"),
                "≥4间",
            ),
            (
                None,
                None,
                "新增金针菇产能",
                "≥3.6万吨",
                mk("≥4.2万吨", "D201", "error", alt=("D104",), note="年度产能大于三年累计"),
            ),
            (
                None,
                None,
                "带动种植户",
                "≥300户",
                mk(
                    "≥300户",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="累计户数照抄中期，年度目标写100户",
                ),
            ),
            (None, "质量指标", "金针菇优质品率", "≥92%", "≥92%"),
            (None, "时效指标", "菇房建成时间", "2028年底前", "2026年底前"),
            (None, "成本指标", "每间菇房建设成本", "≤60万元/间", "≤60万元/间"),
            ("效益指标", "经济效益指标", "种植户户均增收", "≥1.5万元", "≥0.5万元"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "潘德政", "0771-6248530", day(YEAR - 1, 11, 19))
    return b


@variant(
    "hu05-stacked-spawn-pack",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT: the second's money does not add up and it "
    "lists its packaging count twice",
)
def stacked() -> Book:
    b, s = start("项目绩效目标")
    project_head(
        s,
        year=YEAR,
        name="杏鲍菇菌种补助项目",
        dept=DEPT,
        unit="栖桐县菌菇产业服务中心",
        money=funds(60, 60, 0),
        goals=["补助菇企购置杏鲍菇原种8万瓶，菌种成活率95%以上。"],
    )
    grid(
        s,
        TIERS4,
        [
            ("产出指标", "数量指标", "补助原种数量", "≥8万瓶"),
            (None, "质量指标", "菌种成活率", "≥95%"),
            (None, "成本指标", "原种补助标准", "≤7元/瓶"),
            ("效益指标", "经济效益指标", "菇企降低菌种成本", "≥20万元"),
            ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥90%"),
        ],
    )
    s.skip()
    s.title("2026年度项目支出绩效目标申报表（二）", 6)
    total = mk(wan(80), "B101", "error", note="60 + 15 = 75 ≠ 80")
    money = [("年度资金总额", total, "其中：财政拨款", wan(60)), ("其他资金", wan(15), None, None)]
    project_head(
        s,
        year=YEAR,
        name="金针菇保鲜包装升级项目",
        dept=DEPT,
        title="",
        unit="栖桐县金穗菌业合作联社",
        money=money,
        goals=["采购可降解保鲜包装袋20万个，包装破损率控制在2%以内。"],
    )
    grid(
        s,
        TIERS4,
        [
            ("产出指标", "数量指标", "保鲜包装袋采购量", "≥20万个"),
            (
                None,
                None,
                mk(
                    "保鲜包装袋采购数量",
                    "D103",
                    "warning",
                    row=True,
                    alt=("D101",),
                    note="同一指标多两个字",
                ),
                "≥20万个",
            ),
            (None, "质量指标", "包装破损率", "≤2%"),
            (None, "成本指标", "包装袋单价", "≤3元/个"),
            ("效益指标", "经济效益指标", "金针菇货架期延长", "≥3天"),
            ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥85%"),
        ],
    )
    sign(s, "韦松年", "0771-6248315", day(YEAR - 1, 11, 18))
    return b


@variant(
    "hu06-service-centre-flat",
    (3, 10, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percents, a "
    "rise in 百分点, tasks adding to 金额合计, a goal count with its parts (correct)",
)
def service_centre() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="栖桐县菌菇产业服务中心",
        budget=[(500, 420, 80, 260, 240)],
        tasks=[
            ("菌种保育", "杏鲍菇、金针菇原种保藏与复壮", 90, "保藏品系≥12个"),
            ("技术推广", "工厂化栽培技术培训与驻厂指导", 100, "培训≥12场"),
            ("质量检测", "菌种与鲜菇抽检", 50, "抽检合格率≥98%"),
            ("金额合计", None, 240, None),
        ],
        goal=(
            "全年服务菌菇企业25家（其中杏鲍菇企业15家、金针菇企业10家），"
            "开展技术培训12场，菌种抽检合格率98%以上。"
        ),
    )
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("服务菌菇企业数", 20, "家", "≥", 25),
            ("开展技术培训", 15, "场", "≥", 12),
            ("菌种抽检合格率", 20, "%", "≥", pct(0.98)),
            ("一级菇比例提升", 15, "百分点", "≥", 2),
            ("菌包污染率", 10, "%", "≤", pct(0.03)),
            ("技术咨询回复时限", 10, "工作日", "≤", 3),
            ("服务企业满意度", 10, "%", "≥", pct(0.9)),
        ]
    )
    notes(s, "注：权重合计100。")
    sign(s, "覃雪芬", "0771-6248119", day(YEAR - 1, 11, 20))
    return b
