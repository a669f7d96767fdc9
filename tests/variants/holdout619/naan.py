"""烤馕 workshops of 塔木齐县: fe01–fe06."""

from __future__ import annotations

from tests.variants.holdout619.common import (
    book as new_book,
)
from tests.variants.holdout619.common import (
    indicators,
    one_year,
    project,
    two_columns,
    wan,
)
from tests.variants.holdout619.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("fe01-naan-workshop-pct", (1, 11), "project, NAT-2021, operator and unit columns, "
         "typed percent cells, 万元 in the number format, a 不合格率 with ≤ (correct)")  # fmt: skip
def workshop_pct() -> Book:
    b, s = new_book()
    project(s, "塔木齐县烤馕车间标准化改造项目", "塔木齐县馕产业发展中心",
            one_year(wan(150), wan(120), wan(30)),
            ["改造标准化烤馕车间6个（其中乡镇车间4个、县城车间2个），新增馕坑48个，"
             "年产馕提高到1200万个，产品抽检合格率达到98%以上。"])  # fmt: skip
    indicators(s, OPS, [
        ("成本指标", "经济成本指标", "单个车间改造补助标准", "≤", 20, "万元/个"),
        ("产出指标", "数量指标", "标准化烤馕车间改造数量", "≥", 6, "个"),
        (None, None, "新增馕坑数量", "≥", 48, "个"),
        (None, "质量指标", "产品抽检合格率", "≥", pct(0.98), None),
        (None, None, "车间卫生检查不合格率", "≤", pct(0.02), None),
        (None, "时效指标", "车间改造完工时间", "≤", day(2025, 10, 31, CN_DATE), None),
        ("效益指标", "经济效益指标", "年产馕数量", "≥", 1200, "万个"),
        (None, "社会效益指标", "带动就业人数", "≥", 150, "人"),
        (None, None, "食品安全事故发生数", "≤", 0, "起"),
        (None, "可持续影响指标", "车间标准化管理制度执行率", "≥", pct(0.95), None),
        ("满意度指标", "服务对象满意度指标", "入驻馕企满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("fe02-naan-training-goal", (12,), "project, OLD-NAT, one value column: a trainee "
         "count below the goal's, a standard × count above the money, an old deadline")  # fmt: skip
def training_goal() -> Book:
    b, s = new_book()
    project(s, "库尔巴格乡烤馕师傅技能培训及馕坑补助项目", "库尔巴格乡人民政府",
            one_year(wan(120), wan(100), wan(20)),
            ["2025年在库尔巴格乡培训烤馕师傅200人，为农户补助新建馕坑100个，"
             "补助资金年内全部发放到户。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培训烤馕师傅人数",
         mk("≥150人", "D104", "warning", note="年度目标写培训200人，指标只有150人")),
        (None, None, "补助新建馕坑数量", "≥100个"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "补助资金发放时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2025年度项目的期限写成上一年，目标写年内发放")),
        (None, "成本指标", "馕坑补助标准",
         mk("≤1.5万元/个", "B107", "warning", row=True,
            note="1.5万元×100个=150万元，超过年度资金120万元")),
        ("效益指标", "经济效益指标", "参训师傅月均增收", "≥800元"),
        (None, "社会效益指标", "参训师傅就业率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fe03-naan-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values in each (correct)")  # fmt: skip
def stacked_two() -> Book:
    b, s = new_book()
    project(s, "塔木齐县第三届馕文化美食节项目", "塔木齐县文化体育广播电视和旅游局",
            one_year(wan(60), wan(45), wan(15)),
            ["举办馕文化美食节1届，组织参展馕企40家（其中县外馕企10家），"
             "接待游客5万人次。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "举办美食节届数", "=1届"),
        (None, None, "参展馕企数量", "≥40家"),
        (None, "质量指标", "活动安全事故发生数", "0起"),
        (None, "时效指标", "美食节按期举办率", "=100%"),
        (None, "成本指标", "单届美食节办节费用", "≤60万元"),
        ("效益指标", "社会效益指标", "带动就业人数", "≥200人"),
        (None, "经济效益指标", "游客接待量", "≥5万人次"),
        ("满意度指标", "服务对象满意度指标", "参展馕企满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project(s, "塔木齐县馕产业园冷链仓储建设项目", "塔木齐县馕产业发展中心",
            one_year(wan(200), wan(160), wan(40)),
            ["建设冷链仓库1座（库容800吨），购置冷藏运输车4辆，2025年11月底前投入使用。"],
            title="")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "冷链仓库建设数量", "=1座"),
        (None, None, "仓库库容", "≥800吨"),
        (None, None, "冷藏运输车购置数量", "=4辆"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "仓库投入使用时间", "2025年11月30日前"),
        (None, "成本指标", "冷藏运输车单价", "≤35万元/辆"),
        ("效益指标", "社会效益指标", "带动就业人数", "≥30人"),
        (None, "经济效益指标", "馕企库存损耗下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "入园馕企满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fe04-naan-stacked-money", (2, 12), "two projects stacked, OLD-NAT: the second "
         "project's 年度资金 is not its parts, one indicator given twice")  # fmt: skip
def stacked_money() -> Book:
    b, s = new_book()
    project(s, "塔木齐县馕品牌推广项目", "塔木齐县馕产业发展中心",
            one_year(wan(40), wan(40), wan(0)),
            ["组织馕企参加区内外展销会6场，制作馕品牌宣传片1部。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "参加展销会场次", "≥6场"),
        (None, None, "品牌宣传片制作数量", "=1部"),
        (None, "质量指标", "宣传片审核通过率", "=100%"),
        (None, "时效指标", "宣传片完成时间", "2025年9月30日前"),
        (None, "成本指标", "单场展销会参展费用", "≤5万元"),
        ("效益指标", "经济效益指标", "展销会馕产品订单金额", "≥300万元"),
        ("满意度指标", "服务对象满意度指标", "参展馕企满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(90), "B101", "error", note="财政拨款70 + 其他资金30 = 100，不是90")
    project(s, "塔木齐县农户馕坑燃气改造项目", "塔木齐县城乡建设服务中心",
            one_year(total, wan(70), wan(30)),
            ["完成农户馕坑燃气改造300户，减少散烧煤炭使用。"], title="")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农户馕坑燃气改造数量", "≥300户"),
        (None, None, "燃气管道入户长度", "≥12公里"),
        (None, None, "馕坑燃气改造数量",
         mk("≥320户", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="同一指标少了“农户”二字，再填一遍，值却不同（300户 / 320户）")),
        (None, "质量指标", "燃气设施验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "户均改造补助", "≤0.25万元/户"),
        ("效益指标", "生态效益指标", "散烧煤炭使用量减少", "≥900吨"),
        ("满意度指标", "服务对象满意度指标", "改造农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fe05-naan-two-year", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: the "
         "period's counts beside smaller annual ones, equal rates (correct)")  # fmt: skip
def two_year() -> Book:
    b, s = new_book()
    project(s, "塔木齐县馕产品研发与标准制定项目", "塔木齐县馕产业发展中心",
            two_columns((wan(180), wan(150), wan(30)), (wan(100), wan(80), wan(20))),
            ["2025—2026年研发馕新品12款，发布标准3项，培育馕品牌6个，"
             "为2027年在全疆推广积累经验。",
             "2025年研发馕新品6款，发布标准2项（地方标准1项、团体标准1项），"
             "培育馕品牌3个。"], years=2)  # fmt: skip
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "单款新品研发费用", "≤10万元/款", "≤10万元/款"),
        ("产出指标", "数量指标", "馕新品研发数量", "≥12款", "≥6款"),
        (None, None, "发布标准数量", "≥3项", "≥2项"),
        (None, None, "培育馕品牌数量", "≥6个", "≥3个"),
        (None, "质量指标", "新品检测合格率", "=100%", "=100%"),
        (None, "时效指标", "年度任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("效益指标", "经济效益指标", "馕产品销售额增长率", "≥15%", "≥8%"),
        (None, "可持续影响指标", "标准推广覆盖馕企比例", "≥60%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "馕企满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fe06-naan-period-copy", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "a 2024 title, 中期目标 copied as 年度目标, an annual count above the period")  # fmt: skip
def period_copy() -> Book:
    b, s = new_book()
    goal = "2025—2027年新建馕生产线9条，入驻馕企30家，年产馕达到3000万个。"
    copied = mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")
    project(s, "塔木齐县馕产业园提质扩能项目", "塔木齐县馕产业发展中心",
            two_columns((wan(600), wan(500), wan(100)), (wan(200), wan(160), wan(40))),
            [goal, copied], years=3, title="2024年度项目支出绩效目标申报表")  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102", "Y103"),
                note="标题写2024年度，项目期与年度目标从2025年开始")  # fmt: skip
    copy = "照抄的年度目标写全期数字"
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "单条生产线建设成本", "≤50万元/条", "≤50万元/条"),
        ("产出指标", "数量指标", "新建馕生产线数量", "≥9条", ok("≥3条", note=copy)),
        (None, None, "入驻馕企数量", "≥30家",
         mk(ok("≥36家", note=copy), "D201", "error",
            note="年度入驻36家，多于三年合计的30家")),
        (None, "质量指标", "生产线验收合格率", "=100%", "=100%"),
        (None, "时效指标", "生产线投产时间", "2027年12月31日前", "2025年12月31日前"),
        ("效益指标", "经济效益指标", "年产馕数量", "≥3000万个", ok("≥1800万个", note=copy)),
        (None, "社会效益指标", "带动就业人数", "≥600人", "≥200人"),
        ("满意度指标", "服务对象满意度指标", "入驻馕企满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
