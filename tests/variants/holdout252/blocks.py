"""Department tables, stacked projects, a flat list and a table in 元 with points at two levels
(rb13 … rb18): footnotes, signature lines, operators in words, typed percentages."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout252.common import (
    ONE,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout252.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct


@variant("rb13-resources-department", (4, 12), "department table, NAT-2021: tasks adding to "
         "项目支出, typed 100%, 万亩 and =0人, a footnote and a signature (correct)")  # fmt: skip
def rb13() -> Book:
    b, s = book("部门整体绩效目标")
    department_head(
        s, year=2026, dept="岚川县自然资源局",
        budget=[(wan(3860), wan(3520), wan(340), wan(1460), wan(2400))],
        tasks=[("国土空间规划编制", "乡镇国土空间总体规划", wan(520), "完成12个乡镇规划编制"),
               ("耕地保护与执法", "卫片执法、耕地保护补偿", wan(1080), "耕地保有量不减少"),
               ("不动产登记服务", "窗口运行、档案数字化", wan(360), "一般登记5个工作日办结"),
               ("地质灾害防治", "隐患点监测与工程治理", wan(440), "不发生因灾伤亡"),
               ("金额合计", None, wan(2400), None)],
        goal="2026年完成12个乡镇国土空间总体规划编制，严格耕地保护，提升不动产登记服务，"
             "做好地质灾害防治。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "乡镇国土空间总体规划编制数", "≥12个"),
        (None, None, "卫片图斑核查数量", "≥1500个"),
        (None, None, "地质灾害隐患点监测数量", "≥126处"),
        (None, "质量指标", "不动产登记数据汇交率", pct(1)),
        (None, "时效指标", "一般登记办理时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单个乡镇规划编制成本", "≤40万元/个"),
        ("效益指标", "社会效益指标", "耕地保有量", "≥52.3万亩"),
        (None, None, "因地质灾害伤亡人数", "=0人"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：本表指标值均为2026年度目标值，金额单位为万元。")
    sign(s, "谭逸舟", "龙雪晴", "0738-6219051")
    return b


@variant("rb14-forestry-tasks-not-sum", (11, 12), "department table, NAT-2021: tasks adding to "
         "3580 against a 金额合计 of 3520, a 成灾率 with ≥")  # fmt: skip
def rb14() -> Book:
    b, s = book("部门整体绩效目标")
    total = mk(wan(3520), "B102", "error", alt=("B101",), note="1460+980+420+720 = 3580")
    department_head(
        s, year=2026, dept="禾丰县林业局",
        budget=[(wan(5240), wan(4980), wan(260), wan(1720), wan(3520))],
        tasks=[("国土绿化", "人工造林、退化林修复", wan(1460), "完成人工造林1.2万亩"),
               ("森林防火", "防火隔离带、监控运维", wan(980), "受害率不超过0.9‰"),
               ("林业有害生物防治", "松材线虫病除治", wan(420), "成灾率不超过3‰"),
               ("国有林场管护", "护林员、巡护", wan(720), "管护国有林36万亩"),
               ("金额合计", None, total, None)],
        goal="2026年完成人工造林1.2万亩，管护国有林36万亩，森林火灾和林业有害生物灾害"
             "控制在目标以内。",
    )  # fmt: skip
    harm = mk("≥3‰", "T108", "warning", row=True, alt=("D104",), note="a 成灾率 takes ≤")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "人工造林面积", "≥1.2万亩"),
        (None, None, "国有林管护面积", "≥36万亩"),
        (None, None, "防火隔离带维护长度", "≥60公里"),
        (None, "质量指标", "林业有害生物无公害防治率", "≥90%"),
        (None, "时效指标", "春季造林完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "人工造林亩均成本", "≤900元/亩"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        (None, None, "林业有害生物成灾率", harm),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "彭家骏", "石慕雪", "0745-3308826")
    return b


@variant("rb15-stacked-fire-pests", (2, 11), "two one-year projects stacked in one sheet: "
         "typed 100%, ‰ harms with ≤, costs per 台 and 株 within the money (correct)")  # fmt: skip
def rb15() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="森林防火物资储备项目", dept="桐峪县林业局（415）",
        unit="桐峪县森林防火物资储备库", money=one_year_money(wan(95), wan(95), wan(0)),
        goals=["2026年购置扑火机具320台，建成县级防火物资储备库1个，物资完好率100%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "购置扑火机具", "≥320台"),
        (None, None, "县级防火物资储备库", "=1个"),
        (None, "质量指标", "储备物资完好率", pct(1)),
        (None, "时效指标", "物资入库时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "扑火机具单台平均采购成本", "≤0.25万元/台"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        ("满意度指标", "服务对象满意度指标", "扑火队员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="林业有害生物防治项目", dept="桐峪县林业局（415）",
        unit="桐峪县森林病虫害防治检疫站", money=one_year_money(wan(180), wan(160), wan(20)),
        goals=["2026年清理松材线虫病疫木1.2万株，监测林业有害生物45万亩，成灾率控制在3‰以内。"],
        title="",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "松材线虫病疫木清理", "≥1.2万株"),
        (None, None, "林业有害生物监测面积", "≥45万亩"),
        (None, "质量指标", "无公害防治率", "≥90%"),
        (None, "时效指标", "疫木清理完成时间", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "疫木单株清理成本", "≤65元/株"),
        ("效益指标", "生态效益指标", "林业有害生物成灾率", "≤3‰"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "孔维安", "蒋语桐", "0744-8123516")
    return b


@variant("rb16-stacked-tenure-relocation", (1, 2, 12), "two one-year projects stacked: a count "
         "typed as 95%, a 发证率 =95%, a 年度资金总额 that is not 财政拨款 + 其他资金")  # fmt: skip
def rb16() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="林权类不动产确权登记项目", dept="沙岗县自然资源局（203）",
        unit="沙岗县不动产登记中心", money=one_year_money(wan(160), wan(140), wan(20)),
        goals=["2026年完成林权地籍调查12万亩，林地确权登记发证率达到95%以上。"],
    )  # fmt: skip
    parcels = mk(pct(0.95), "T120", "warning", alt=("T116",), note="a count typed as 95%")
    rate = mk("=95%", "T107", "warning", alt=("T108", "D104"), note="≥95% meant")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "林地确权登记宗地数", parcels),
        (None, None, "林权地籍调查面积", "≥12万亩"),
        (None, "质量指标", "林地确权登记发证率", rate),
        (None, "时效指标", "登记发证完成时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "地籍调查亩均成本", "≤10元/亩"),
        ("效益指标", "社会效益指标", "林权纠纷调处率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(300), "B101", "error", row=True, note="260 + 60 = 320")
    project_head(
        s, year=2026, name="地质灾害避险搬迁项目", dept="沙岗县自然资源局（203）",
        unit="沙岗县地质环境监测站", money=one_year_money(total, wan(260), wan(60)),
        goals=["2026年完成60户受地质灾害威胁群众避险搬迁，搬迁群众不发生因灾伤亡。"], title="",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "避险搬迁户数", "≥60户"),
        (None, "时效指标", "搬迁完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "户均搬迁补助", "≤4万元/户"),
        ("效益指标", "社会效益指标", "搬迁群众因灾伤亡人数", "=0人"),
        ("满意度指标", "服务对象满意度指标", "搬迁群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "向明哲", "舒婉清", "0739-5216630")
    return b


@variant("rb17-registry-flat-list", (1, 3, 4), "department flat list (序号, 指标名称, 权重, "
         "计量单位, 指标性质 as operator words, 指标值): typed 98% and 0.5%, "
         "weights 100 (correct)")  # fmt: skip
def rb17() -> Book:
    b, s = book("整体绩效目标", (16, 26, 10, 12, 12, 14))
    department_head(
        s, year=2026, dept="桐峪县不动产登记中心",
        budget=[(wan(620), wan(600), wan(20), wan(410), wan(210))],
        goal="2026年办理不动产登记业务4.2万件，完成存量档案数字化3.6万卷，一般登记5个"
             "工作日内办结，群众办事最多跑一次。",
    )  # fmt: skip
    s.row("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        (1, "不动产登记业务办理量", 15, "万件", "大于等于", 4.2),
        (2, "存量档案数字化数量", 15, "万卷", "大于等于", 3.6),
        (3, "登记业务按时办结率", 15, "%", "大于等于", pct(0.98)),
        (4, "登记差错率", 10, "%", "小于等于", pct(0.005, "0.0%")),
        (5, "一般登记办理时限", 10, "个工作日", "小于等于", 5),
        (6, "单卷档案数字化成本", 10, "元/卷", "小于等于", 38),
        (7, "群众办事跑动次数", 10, "次", "小于等于", 1),
        (8, "办事群众满意度", 15, "%", "大于等于", pct(0.95)),
    ])  # fmt: skip
    note(s, "说明：指标性质填写比较关系；权重合计100。")
    sign(s, "易思成", "卢静姝", "0744-8120937")
    return b


@variant("rb18-village-greening-yuan", (1, 10, 11), "one-year project in 元, tier points and "
         "weights, operators in words: 完成时限 typed 100%, 采购单价 大于等于")  # fmt: skip
def rb18() -> Book:
    b, s = book("Sheet1", (16, 16, 26, 10, 12, 10, 8))
    project_head(
        s, year=2026, name="村庄绿化美化项目", dept="岚川县林业局（412）",
        unit="岚川县绿化委员会办公室", money_label="项目资金（元）",
        money=one_year_money(money(1260000, YUAN), money(1100000, YUAN), money(160000, YUAN)),
        goals=["2026年在18个行政村新植绿化苗木2.1万株，绿化面积560亩，组织义务植树3000人次。"],
    )  # fmt: skip
    deadline = mk(pct(1), "T113", "warning", note="a deadline given as 100%")
    price = mk("大于等于", "T108", "warning", row=True, note="a unit price takes 小于等于")
    header = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "权重")
    indicators(s, header, [
        ("产出指标（50分）", "数量指标", "新植绿化苗木", "大于等于", 2.1, "万株", 15),
        (None, None, "村庄绿化面积", "大于等于", 560, "亩", 15),
        (None, "质量指标", "苗木成活率", "大于等于", pct(0.9), "%", 10),
        (None, "时效指标", "绿化工程完成时限", "等于", deadline, "%", 10),
        ("成本指标（10分）", "经济成本指标", "苗木单株采购单价", price, 45, "元/株", 10),
        ("效益指标（30分）", "生态效益指标", "村庄绿化覆盖率", "大于等于", pct(0.32), "%", 15),
        (None, "社会效益指标", "参与义务植树", "大于等于", 3000, "人次", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "村民满意度", "大于等于", 90, "%", 10),
    ])  # fmt: skip
    sign(s, "周云帆", "邓秋实", "0738-6215403")
    return b
