"""Multi-year projects with 中期 and 年度 columns (rb07 … rb12): two value columns, a direction
and a unit column, two complete column sets; areas in 亩, 公顷 and 万亩 across the columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout252.common import (
    GE_PCT,
    TWO,
    book,
    indicators,
    period_money,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout252.registry import variant
from tests.variants.kit import Book, C, mk, pct


@variant("rb07-greening-mu-vs-ha", (1, 8), "three-year project, 中期 and 年度 columns: 万亩 "
         "against 亩, 公顷 against 亩, equal rates and costs, ≥24.2% in a format "
         "(correct)")  # fmt: skip
def rb07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="国土绿化试点示范项目", dept="桐峪县林业局（415）",
        unit="桐峪县林业技术推广站",
        money=period_money((wan(2000), wan(1800), wan(200)), (wan(650), wan(600), wan(50))),
        goals=["2026—2028年累计完成人工造林1.5万亩、森林抚育900公顷，县域森林覆盖率达到"
               "25%以上。", "2026年完成人工造林5000亩、森林抚育4500亩，造林成活率85%以上。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "中期指标值（2026—2028年）",
              "年度指标值（2026年）")  # fmt: skip
    indicators(s, header, [
        ("产出指标", "数量指标", "人工造林面积", "≥1.5万亩", "≥5000亩"),
        (None, None, "森林抚育面积", "≥900公顷", "≥4500亩"),
        (None, "质量指标", "造林成活率", "≥85%", "≥85%"),
        (None, None, "造林三年保存率", "≥80%", "≥80%"),
        (None, "时效指标", "春季造林任务完成时间", "每年5月31日前", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "人工造林亩均成本", "≤1100元/亩", "≤1100元/亩"),
        (None, None, "森林抚育亩均成本", "≤150元/亩", "≤150元/亩"),
        ("效益指标", "生态效益指标", "县域森林覆盖率", "≥25.0%", C(0.242, GE_PCT)),
        (None, "社会效益指标", "吸纳脱贫人口参与造林管护", "≥300人次", "≥100人次"),
        ("满意度指标", "服务对象满意度指标", "造林村群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "孔维安", "蒋语桐", "0744-8123516")
    return b


@variant("rb08-firebreak-copied-annual", (8,), "two-year project, 中期 and 年度 columns: a "
         "cumulative 公里 copied into 年度, 年度 6000亩 above 中期 300公顷")  # fmt: skip
def rb08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="森林防火基础设施建设项目", dept="禾丰县林业局（306）",
        unit="禾丰县森林防火指挥部办公室",
        money=period_money((wan(860), wan(800), wan(60)), (wan(430), wan(400), wan(30))),
        goals=["2026—2027年新建防火隔离带120公里、生物防火林带300公顷，林火视频监控点40个。",
               "2026年建设防火隔离带60公里、林火视频监控点20个，森林火灾受害率不超过0.9‰。"],
    )  # fmt: skip
    copied = mk("≥120公里", "D202", "warning", row=True, alt=("D104",),
                note="60公里 in the 年度目标")  # fmt: skip
    over = mk("≥6000亩", "D201", "error", row=True, note="6000亩 = 400公顷 > 300公顷")
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建防火隔离带长度", "≥120公里", copied),
        (None, None, "新建生物防火林带面积", "≥300公顷", over),
        (None, None, "林火视频监控点建设", "≥40个", "≥20个"),
        (None, None, "专业扑火队员培训", "≥800人次", "≥400人次"),
        (None, "质量指标", "火情早期发现率", "≥95%", "≥95%"),
        (None, "时效指标", "火情响应时间", "≤30分钟", "≤30分钟"),
        ("成本指标", "经济成本指标", "防火隔离带每公里建设成本", "≤2.5万元/公里", "≤2.5万元/公里"),
        (None, None, "视频监控点单点运维成本", "≤1.5万元/个", "≤1.5万元/个"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", "≤0.9‰"),
        (None, "社会效益指标", "重特大森林火灾发生起数", "=0起", "=0起"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄立川", "曾若兰", "0745-3302178")
    return b


@variant("rb09-hsfarmland-direction-unit", (8, 11), "two-year project, direction and unit "
         "columns beside 中期 and 年度: 万亩, 公顷, a coefficient, 反向 ≤ (correct)")  # fmt: skip
def rb09() -> Book:
    b, s = book("Sheet1", (12, 14, 26, 10, 14, 14, 10))
    project_head(
        s, year=2026, years=2, name="高标准农田提质改造项目", dept="沙岗县农业农村局（208）",
        unit="沙岗县农田建设管理站",
        money=period_money((wan(10800), wan(9600), wan(1200)),
                           (wan(6300), wan(5600), wan(700))),
        goals=["2026—2027年建成高标准农田6万亩，新增高效节水灌溉面积1800公顷，灌溉水有效"
               "利用系数提高到0.6。", "2026年建成高标准农田3.5万亩，新增高效节水灌溉面积"
               "1000公顷，灌溉水有效利用系数达到0.58。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标方向", "中期指标值", "年度指标值",
              "计量单位")  # fmt: skip
    indicators(s, header, [
        ("产出指标", "数量指标", "新建高标准农田面积", "正向", "≥6", "≥3.5", "万亩"),
        (None, None, "新增高效节水灌溉面积", "正向", "≥1800", "≥1000", "公顷"),
        (None, "质量指标", "工程质量验收合格率", "正向", "≥98", "≥98", "%"),
        (None, None, "灌溉水有效利用系数", "正向", "≥0.6", "≥0.58", None),
        (None, "时效指标", "年度建设任务完成时间", None, "2027年12月31日前",
         "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "亩均建设投入", "反向", "≤1750", "≤1750", "元/亩"),
        ("效益指标", "经济效益指标", "新增粮食产能", "正向", "≥3000", "≥1750", "吨"),
        (None, "生态效益指标", "项目区化肥施用量下降率", "正向", "≥5", "≥3", "%"),
        (None, "可持续影响指标", "工程设施管护责任落实率", "正向", "≥95", "≥95", "%"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "正向", "≥90", "≥90", "%"),
    ])  # fmt: skip
    sign(s, "向明哲", "舒婉清", "0739-5216630")
    return b


@variant("rb10-farmland-stock-le", (8, 11), "three-year project, 中期 and 年度 columns: the "
         "年度目标 copied from the 中期目标, 耕地保有量 ≥ in 中期 but ≤ in 年度")  # fmt: skip
def rb10() -> Book:
    b, s = book("Sheet1")
    goal = ("严守耕地保护红线，开展卫片执法图斑核查，落实耕地占补平衡，全县耕地保有量不低于"
            "52.3万亩，永久基本农田不低于45.8万亩。")  # fmt: skip
    project_head(
        s, year=2026, years=3, name="耕地保护与占补平衡项目", dept="岚川县自然资源局（411）",
        unit="岚川县土地整理中心",
        money=period_money((wan(3600), wan(3600), wan(0)), (wan(1200), wan(1200), wan(0))),
        goals=[goal, mk(goal, "D204", "warning", row=True, note="年度目标 = 中期目标 verbatim")],
    )  # fmt: skip
    stock = mk("≤52.3万亩", "T108", "warning", row=True, alt=("D203", "D104"),
               note="耕地保有量 is a floor: ≥ as in the 中期 column")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "卫片执法图斑核查数量", "≥3600个", "≥1200个"),
        (None, None, "补充耕地面积", "≥2400亩", "≥800亩"),
        (None, "质量指标", "补充耕地验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "图斑核查结果反馈时限", "≤15个工作日", "≤15个工作日"),
        ("成本指标", "经济成本指标", "补充耕地亩均成本", "≤1.2万元/亩", "≤1.2万元/亩"),
        ("效益指标", "社会效益指标", "耕地保有量", "≥52.3万亩", stock),
        (None, None, "永久基本农田保护面积", "≥45.8万亩", "≥45.8万亩"),
        (None, None, "违法占用耕地面积", "=0亩", "=0亩"),
        ("满意度指标", "服务对象满意度指标", "农村集体经济组织满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "谭逸舟", "龙雪晴", "0738-6219051")
    return b


@variant("rb11-registry-typed-both", (1, 8), "two-year project, 中期 and 年度 columns with a "
         "备注: typed 100% in both, equal time limits, 跑动次数 ≤1次 twice (correct)")  # fmt: skip
def rb11() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 16, 16, 20))
    project_head(
        s, year=2026, years=2, name="不动产登记信息化提升项目",
        dept="桐峪县自然资源和规划局（118）", unit="桐峪县不动产登记中心",
        money=period_money((wan(390), wan(350), wan(40)), (wan(210), wan(190), wan(20))),
        goals=["2026—2027年完成存量档案数字化60万件、宗地图矢量化1.2万宗，登记数据全部汇交。",
               "2026年完成存量档案数字化28万件、宗地图矢量化6000宗，一般登记5个工作日内办结。"],
    )  # fmt: skip
    indicators(s, (*TWO, "备注"), [
        ("产出指标", "数量指标", "存量登记档案数字化", "≥60万件", "≥28万件", None),
        (None, None, "宗地图矢量化", "≥1.2万宗", "≥6000宗", None),
        (None, "质量指标", "登记数据汇交率", pct(1), pct(1), "按省厅要求全部汇交"),
        (None, None, "登记差错率", "≤0.5%", "≤0.5%", None),
        (None, "时效指标", "一般登记办理时限", "≤5个工作日", "≤5个工作日", None),
        ("成本指标", "经济成本指标", "单件档案数字化成本", "≤2.5元/件", "≤2.5元/件", None),
        ("效益指标", "社会效益指标", "登记业务网上办理率", "≥80%", "≥70%", None),
        (None, None, "群众办事跑动次数", "≤1次", "≤1次", "最多跑一次"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", "≥95%", None),
    ])  # fmt: skip
    sign(s, "易思成", "卢静姝", "0744-8120937")
    return b


@variant("rb12-geohazard-two-sets", (8, 11), "three-year project, two complete column sets "
         "(二级/三级/指标值 for 中期, then for 年度): 年度 above 中期, a date after the period, a "
         "运维成本 with ≥")  # fmt: skip
def rb12() -> Book:
    b, s = book("Sheet1", (12, 12, 22, 14, 12, 22, 14))
    project_head(
        s, year=2026, years=3, name="地质灾害隐患治理三年行动项目", dept="沙岗县自然资源局（203）",
        unit="沙岗县地质环境监测站",
        money=period_money((wan(1500), wan(1350), wan(150)), (wan(560), wan(500), wan(60))),
        goals=["2026—2028年工程治理地质灾害隐患点30处，建设专业监测点90个。",
               "2026年建设专业监测点30个，汛期前完成重点隐患点排查。"],
    )  # fmt: skip
    more = mk("≥40处", "D201", "error", row=True, note="年度 40处 > 中期 30处")
    late = mk("2029年6月30日前", "Y102", "error", note="after the period 2026—2028")
    cost = mk("≥0.8万元/个", "T108", "warning", row=True, alt=("D203",), note="a cost takes ≤")
    header = ("一级指标", "二级指标", "中期三级指标", "中期指标值", "二级指标", "年度三级指标",
              "年度指标值")  # fmt: skip
    indicators(s, header, [
        ("产出指标", "数量指标", "隐患点工程治理", "≥30处", "数量指标", "隐患点工程治理", more),
        (None, None, "专业监测点建设", "≥90个", None, "专业监测点建设", "≥30个"),
        (None, "质量指标", "治理工程验收合格率", "≥98%", "质量指标", "治理工程验收合格率", "≥98%"),
        (None, "时效指标", "治理工程完工时间", "2028年10月31日前", "时效指标", "治理工程完工时间",
         late),
        ("成本指标", "经济成本指标", "监测点单点运维成本", "≤0.8万元/个", "经济成本指标",
         "监测点单点运维成本", cost),
        ("效益指标", "社会效益指标", "受威胁人数减少", "≥3000人", "社会效益指标", "受威胁人数减少",
         "≥1000人"),
        (None, None, "因地质灾害死亡人数", "=0人", None, "因地质灾害死亡人数", "=0人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "服务对象满意度指标",
         "受益群众满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    sign(s, "向明哲", "舒婉清", "0739-5216630")
    return b
