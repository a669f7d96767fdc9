"""Snail and cricket farming for insect protein (gd01–gd06): percent cells, a goal against its
indicators, stacked projects, a flat department list and decorated tier labels."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout644.common import HEAD4, funds, indicators, notes, sign, start
from tests.variants.holdout644.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

UNIT = "鹭湾县农业农村局（317）"


@variant("gd01-cricket-percent", (1,),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a goal naming a later year (correct)")  # fmt: skip
def gd01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="枫坳镇蟋蟀蛋白养殖示范项目", dept=UNIT,
                 unit="枫坳镇农业综合服务站", money=funds(money(80, WAN), money(70, WAN),
                 money(10, WAN)), goals=["在枫坳镇新建标准化蟋蟀养殖棚12栋（其中种虫繁育棚"
                 "4栋），年产鲜虫60吨以上，培训养殖户150人次，"
                 "为2026年全县推广积累饲养参数。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    rows = [
        ("成本指标", "经济成本指标", "单栋养殖棚建设补助", "≤", 5, "万元/栋"),
        ("产出指标", "数量指标", "新建蟋蟀养殖棚", "≥", 12, "栋"),
        (None, None, "鲜虫产量", "≥", 60, "吨"),
        (None, None, "养殖户培训", "≥", 150, "人次"),
        (None, "质量指标", "成虫成活率", "≥", pct(0.85), "%"),
        (None, None, "蟋蟀饲养期死亡率", "≤", pct(0.15), "%"),
        (None, None, "虫粉粗蛋白检测达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "养殖棚建成时间", "≤", day(2025, 9, 30, CN_DATE), None),
        ("效益指标", "经济效益指标", "带动养殖户增收", "≥", 3000, "元/户"),
        (None, "社会效益指标", "带动农村劳动力就业", "≥", 40, "人"),
        (None, "生态效益指标", "养殖残渣资源化利用率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "参训养殖户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, head, rows)
    sign(s, "郑禾苗", "0739-6621047", (2024, 11, 26))
    return b


@variant("gd02-snail-goal-mismatch", (12,),
         "project, NAT-2021, one value column: the indicator's area and deadline differ from the "
         "goal's, a cost per 亩 × area beyond the money")  # fmt: skip
def gd02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="石湍乡白玉蜗牛生态养殖基地建设项目", dept=UNIT,
                 unit="石湍乡人民政府", money=funds(50, 40, 10),
                 goals=["建设白玉蜗牛养殖大棚30亩，年出栏商品蜗牛120吨以上，"
                        "于2025年11月30日前完成基地竣工验收，带动农户60户。"])  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "每亩养殖大棚建设补助",
         mk("≤2.5万元/亩", "B107", "warning", note="2.5万元/亩 × 30亩（目标）= 75万元，"
            "按指标的25亩也有62.5万元，都超过项目资金50万元")),
        ("产出指标", "数量指标", "养殖大棚面积",
         mk("≥25亩", "D104", "warning", note="年度目标写建设大棚30亩")),
        (None, None, "商品蜗牛出栏量", "≥120吨"),
        (None, "质量指标", "种螺成活率", "≥90%"),
        (None, "时效指标", "基地竣工验收时间",
         mk("2026年3月31日前", "Y102", "error", alt=("D104", "Y103"),
            note="一年期项目（2025年），目标写2025年11月30日前")),
        ("效益指标", "经济效益指标", "带动农户户均增收", "≥4000元"),
        (None, "社会效益指标", "带动农户", "≥60户"),
        ("满意度指标", "服务对象满意度指标", "养殖农户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    return b


def _snail_coop() -> list[tuple[object, ...]]:
    return [
        ("成本指标", "经济成本指标", "种螺采购单价", "≤30元/千克"),
        ("产出指标", "数量指标", "引进种螺", "≥1500千克"),
        (None, None, "养殖技术培训人次", "≥200人次"),
        (None, "质量指标", "种螺检疫合格率", "=100%"),
        (None, "时效指标", "种螺投放完成时间", "2025年5月31日前"),
        ("效益指标", "经济效益指标", "合作社养殖收入", "≥80万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ]


@variant("gd03-stacked-two", (2,),
         "two projects stacked in one sheet, NAT-2021, one value column, the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def gd03() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="青苇村蜗牛养殖合作社扶持项目",
        dept=UNIT,
        unit="青苇村股份经济合作社",
        money=funds(30, 30, 0),
        goals=["引进种螺1500千克，培训社员200人次，合作社养殖收入80万元以上。"],
    )
    indicators(s, HEAD4, _snail_coop())
    s.skip(2)
    project_head(s, year=2025, name="枫坳镇蟋蟀虫粉初加工项目", dept=UNIT, title="",
                 unit="枫坳镇农业综合服务站", money=funds(45, 35, 10),
                 goals=["建成虫粉烘干线1条，年加工虫粉20吨，开展养殖技术培训80人次。"])  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "烘干线建设成本", "≤40万元"),
        ("产出指标", "数量指标", "建成虫粉烘干线", "≥1条"),
        (None, None, "虫粉加工量", "≥20吨"),
        (None, None, "养殖技术培训人次", "≥80人次"),
        (None, "质量指标", "虫粉水分达标率", "≥95%"),
        (None, "时效指标", "烘干线投产时间", "2025年10月31日前"),
        ("效益指标", "经济效益指标", "虫粉销售收入", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "加工人员满意度", "≥88%"),
    ]
    indicators(s, HEAD4, rows)
    return b


@variant("gd04-stacked-defects", (2, 12),
         "two projects stacked, NAT-2021: the second's money does not add up, one indicator "
         "twice with a word more, a deadline left from last season")  # fmt: skip
def gd04() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="沄溪镇蜗牛种苗繁育项目",
        dept=UNIT,
        unit="沄溪镇农技站",
        money=funds(36, 30, 6),
        goals=["繁育蜗牛种苗300万只，供应养殖户100户。"],
    )
    rows = [
        ("成本指标", "经济成本指标", "每万只种苗繁育成本", "≤1200元"),
        ("产出指标", "数量指标", "繁育蜗牛种苗", "≥300万只"),
        (None, None, "供应养殖户", "≥100户"),
        (None, "质量指标", "种苗出苗合格率", "≥92%"),
        (None, "时效指标", "种苗供应完成时间", "2025年6月30日前"),
        ("效益指标", "社会效益指标", "带动养殖户扩大规模", "≥100户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    s.skip(2)
    money_rows = funds(
        mk(45, "B101", "error", required=False, note="中期栏同样不平"),
        30,
        10,
        annual=(mk(45, "B101", "error", note="30 + 10 = 40 ≠ 45"), 30, 10),
    )
    project_head(s, year=2025, name="沄溪镇蟋蟀虫粉烘干线项目", dept=UNIT, title="",
                 unit="沄溪镇农技站", money=money_rows,
                 goals=["建成蟋蟀虫粉烘干线1条，年加工虫粉20吨。"])  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "烘干线设备购置", "≤38万元"),
        ("产出指标", "数量指标", "蟋蟀虫粉加工量", "≥20吨"),
        (None, None, mk("蟋蟀虫粉加工数量", "D103", "warning", alt=("D101",), row=True,
                        note="与上一行同一指标，多一个“数”字"), "≥20吨"),
        (None, "质量指标", "虫粉粗蛋白含量", "≥60%"),
        (None, "时效指标", "烘干线调试完成时间",
         mk("2024年12月底前", "Y102", "error", alt=("Y103",),
            note="上一季的期限，早于2025年项目期")),
        ("效益指标", "经济效益指标", "虫粉销售收入", "≥50万元"),
        ("满意度指标", "服务对象满意度指标", "收购企业满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    return b


@variant("gd05-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed "
         "percent cells, weights adding to 100, a goal's count with its part in brackets "
         "(correct)")  # fmt: skip
def gd05() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="鹭湾县特色养殖技术推广中心",
                    budget=[(260, 230, 30, 110, 150)],
                    tasks=[("蜗牛养殖技术推广", "示范点建设、入户指导", 90, "覆盖农户300户"),
                           ("蟋蟀蛋白饲料试验", "饲喂对比试验、检测", 60, "完成试验4批次"),
                           ("金额合计", None, 150, None)],
                    goal="目标1：推广蜗牛养殖技术覆盖农户300户（其中脱贫户120户）；"
                         "目标2：完成蟋蟀蛋白饲料饲喂对比试验4批次。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("技术推广覆盖农户", 20, "户", "≥", 300),
        ("其中脱贫户", 10, "户", "≥", 120),
        ("饲喂对比试验批次", 15, "批次", "≥", 4),
        ("试验数据有效率", 15, "%", "≥", pct(0.95)),
        ("示范点蜗牛成活率", 10, "%", "≥", pct(0.85)),
        ("推广经费支出控制", 10, "万元", "≤", 150),
        ("农户满意度", 20, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    notes(s, "说明：权重合计100分；金额合计为项目支出，不含基本支出。")
    return b


@variant("gd06-points-wrong-tier", (5, 10),
         "project, NAT-2021, numbered tier labels with points, an indicator score column: a "
         "quality rate under 时效, the 效益 block's scores short of its declared "
         "points")  # fmt: skip
def gd06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹭湾县蟋蟀种虫繁育场改造项目",
        dept=UNIT,
        unit="鹭湾县水产畜牧站",
        money=funds(64, 60, 4),
        goals=["改造种虫繁育室8间，年繁育蟋蟀卵200千克，孵化合格率90%以上。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "1.改造种虫繁育室", "≥8间", 15),
        (None, None, "2.繁育蟋蟀卵", "≥200千克", 15),
        (None, "（二）质量指标", "1.繁育室温湿度控制达标率", "≥95%", 10),
        (None, "（三）时效指标",
         mk("1.蟋蟀卵孵化合格率", "F201", "warning", note="合格率是质量指标，填在时效指标下"),
         "≥90%", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "1.单间繁育室改造成本", "≤8万元", 10),
        (mk("三、效益指标（30分）", "W103", "error", note="其下分值 10 + 10 + 5 = 25，不是30"),
         "（一）经济效益指标", "1.种虫供应收入", "≥30万元", 10),
        (None, "（二）社会效益指标", "1.供种养殖户", "≥120户", 10),
        (None, "（三）可持续影响指标", "1.种虫繁育技术规程", "建立并执行", 5),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.供种养殖户满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, head, rows)
    b.file_mark("W101", "error", required=False, note="分值合计95，可由同一缺口引起")
    return b
