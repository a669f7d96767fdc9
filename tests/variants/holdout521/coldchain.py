"""Cold-chain packing (冷链): multi-year columns, header words, a second sheet, flat lists."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout521.common import (
    YEAR,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout521.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("bk07-coldchain-multiyear", (8,),
         "three-year cold-chain project, NAT-2021, 中期 and 年度 columns, annual counts below "
         "the period, rates equal in both (correct)")  # fmt: skip
def coldchain_multiyear() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="雾桥乡猕猴桃产地冷链集配中心建设项目",
                 dept="栖峦县农业农村局 317", unit="雾桥乡人民政府", attr="新增项目",
                 money=multi_year((900, 750, 150), (400, 320, 80)),
                 goals=["三年建成产地预冷库6座、库容3000吨，带动1200户果农错峰销售。",
                        "2025年建成预冷库2座、库容1000吨，配置冷藏车4辆。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新建产地预冷库", "≥6座", "≥2座"),
        (None, None, "新增冷藏库容", "≥3000吨", "≥1000吨"),
        (None, None, "配置冷藏运输车辆", "≥12辆", "≥4辆"),
        (None, "质量指标", "冷库温控达标率", pct(0.98), pct(0.98)),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每座预冷库建设成本", "≤120万元/座", "≤120万元/座"),
        ("效益指标", "经济效益指标", "猕猴桃采后损耗率", "≤8%", "≤10%"),
        (None, "社会效益指标", "带动果农错峰销售", "≥1200户", "≥400户"),
        (None, "可持续影响指标", "冷库运维管护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "入库合作社满意度", pct(0.9), pct(0.9)),
    ]
    table(s, PERIOD, rows)
    notes(s, "注：冷库温控达标率、满意度为比率指标，中期与年度取值相同。")
    sign(s, "田晓娟", "0836-5540318")
    return b


@variant("bk08-coldchain-multiyear-copied", (8,),
         "two-year cold-chain project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, two cumulative counts copied into the annual column")  # fmt: skip
def coldchain_copied() -> Book:
    b, s = start()
    goal = "建成猕猴桃冷链配送网点20个，配置冷藏车8辆，果品冷链流通率达到60%。"
    project_head(s, year=YEAR, years=2, name="栖峦县猕猴桃冷链物流配送网络项目",
                 dept="栖峦县商务局 322", unit="栖峦县供销合作社联合社", attr="新增项目",
                 money=multi_year((600, 500, 100), (300, 250, 50)),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    rows = [
        (
            "产出指标",
            "数量指标",
            "建设村级冷链配送网点",
            "≥20个",
            mk("≥20个", "D202", "warning", note="cumulative count copied"),
        ),
        (
            None,
            None,
            "配置冷藏运输车辆",
            "≥8辆",
            mk("≥8辆", "D202", "warning", note="cumulative count copied"),
        ),
        (None, None, "冷链配送线路", "≥6条", "≥3条"),
        (None, "质量指标", "配送果品完好率", "≥97%", "≥97%"),
        (None, "时效指标", "网点建成投用时间", "2026年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个网点建设成本", "≤15万元/个", "≤15万元/个"),
        ("效益指标", "经济效益指标", "果品冷链流通率", "≥60%", "≥40%"),
        (None, "社会效益指标", "服务果农户数", "≥2000户", "≥1000户"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "≥90%"),
    ]
    table(s, PERIOD, rows)
    sign(s, "杨德志", "0836-5542279")
    return b


@variant("bk09-coldchain-header-words", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a 说明 row between tiers, the header "
         "repeated after a page break, 填表说明 and signature lines, a fill date in the year "
         "before (correct)")  # fmt: skip
def coldchain_header_words() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="云屏镇猕猴桃分选包装线建设项目", dept="栖峦县农业农村局 317",
                 unit="云屏镇猕猴桃专业合作社联合社", money=one_year(95, 80, 15),
                 goals=["建成猕猴桃自动分选包装线1条，年分选包装鲜果4000吨。"])  # fmt: skip
    header = ("一级指标", "二级指标", "指标内容", "绩效标准", "备注")
    table(s, header, [
        ("产出指标", "数量指标", "建成自动分选包装线", "≥1条", None),
        (None, None, "年分选包装鲜果量", "≥4000吨", "按入库台账"),
        (None, "质量指标", "分选准确率", "≥95%", "抽检批次计"),
        (None, "时效指标", "包装线投产时间", "2025年8月15日前", None),
        (None, "成本指标", "包装线建设成本", "≤80万元/条", None),
    ])  # fmt: skip
    notes(s, "说明：以下效益、满意度指标按项目投产后实际运行情况测算。", width=5)
    s.skip()
    table(s, header, [
        ("效益指标", "经济效益指标", "包装后果品溢价", "≥1元/公斤", None),
        (None, "社会效益指标", "提供包装季节性岗位", "≥40个", None),
        (None, "可持续影响指标", "分选分级标准执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "入社果农满意度", "≥90%", None),
    ])  # fmt: skip
    notes(s, "填表说明：1.绩效标准须量化；2.成本指标填单位成本；3.本表一式三份。", width=5)
    sign(s, "周玉兰", "0836-5536620", day(YEAR - 1, 11, 28))
    return b


@variant("bk10-coldchain-second-sheet", (1, 7, 11),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期目标, a typed 100% at the ceiling; a coverage rate given as a count, a 损耗率 "
         "with ≥")  # fmt: skip
def coldchain_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="石楠沟村猕猴桃预冷及冷藏运输项目",
                 dept="栖峦县农业农村局 317", unit="石楠沟村股份经济合作社",
                 money=one_year(70, 56, 14),
                 goals=["建设预冷间2间，配置冷藏车2辆，鲜果产后24小时内预冷。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 16, 14, 14))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    rows = [
        ("产出指标", "数量指标", "建设产地预冷间", "≥2间"),
        (None, None, "配置冷藏运输车辆", "≥2辆"),
        (None, "质量指标", "入库果品检测合格率", pct(1)),
        (
            None,
            None,
            "冷藏车温度监测覆盖率",
            mk("2辆", "T105", "error", note="a 覆盖率 needs a percentage"),
        ),
        (None, "时效指标", "鲜果采后预冷时限", "≤24小时"),
        (None, "成本指标", "每间预冷间建设成本", "≤25万元/间"),
        (
            "效益指标",
            "经济效益指标",
            "冷链运输损耗率",
            mk("≥3%", "T108", "warning", row=True, note="损耗率 is 反向: ≤ meant"),
        ),
        (None, "社会效益指标", "带动果农户数", "≥260户"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ]
    table(t, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant("bk11-coldchain-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, 0 on an incident count, weights adding to 100 (correct)")  # fmt: skip
def coldchain_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="雾桥乡农业综合服务中心",
                    budget=[(wan(360), wan(300), wan(60), wan(140), wan(220))],
                    tasks=[("冷链设施运维", "12座产地冷库日常运维", wan(120), "冷库完好运行"),
                           ("果农技术服务", "栽培及采后处理培训", wan(100), "培训1500人次"),
                           ("金额合计", None, wan(220), None)],
                    goal="保障全乡猕猴桃产地冷库稳定运行，提升果农采后处理水平。")  # fmt: skip
    rows = [
        ("运维产地冷库数量", 20, "座", "≥", 12),
        ("冷链设施完好率", 15, "%", "≥", pct(0.95)),
        ("果农技术培训人次", 20, "人次", "≥", 1500),
        ("冷库单位电耗", 15, "千瓦时/吨", "≤", 45),
        ("冷链断链安全事故", 10, "起", "≤", 0),
        ("服务对象满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ]
    s.row("年度绩效指标", merge=[(1, 5)])
    table(s, FLAT, rows, ())
    sign(s, "田晓娟", "0836-5540318")
    return b


@variant("bk12-coldchain-flat-wrong", (3, 11, 12),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "资金总额 ≠ 基本支出 + 项目支出, a value in 万元 against a unit column 个, weights "
         "adding to 95")  # fmt: skip
def coldchain_flat_wrong() -> Book:
    b, s = start()
    total = mk(money(420, WAN), "B101", "error", note="150 + 250 = 400 ≠ 420")
    department_head(s, year=YEAR, dept="栖峦县供销合作社联合社",
                    budget=[(total, wan(340), wan(80), wan(150), wan(250))],
                    tasks=[("冷链集配点建设", "新建村级集配点6个", wan(130), "集配点投用"),
                           ("冷链物流补贴", "冷藏车运营补贴", wan(120), "降低运输损耗"),
                           ("金额合计", None, wan(250), None)],
                    goal="完善县域猕猴桃冷链集配体系，降低流通损耗。")  # fmt: skip
    rows = [
        (
            "新建冷链集配点",
            mk("6万元", "T112", "error", alt=("T119",), note="value in 万元, unit column 个"),
            "正向",
            "个",
            20,
        ),
        ("冷藏车运营补贴车辆", "≥10", "正向", "辆", 20),
        ("果品冷链流通损耗率", "≤8", "反向", "%", 20),
        ("集配点冷库利用率", "≥75", "正向", "%", 15),
        ("服务果农满意度", "≥90", "正向", "%", 20),
    ]
    s.row("年度绩效指标", merge=[(1, 5)])
    table(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), rows, ())
    b.file_mark("W101", "error", note="20 + 20 + 20 + 15 + 20 = 95 ≠ 100")
    sign(s, "杨德志", "0836-5542279")
    return b
