"""Department tables, flat lists, stacked projects, money blocks with 测算依据 and a
budget-system export on two sheets (qh13–qh18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout232.common import (
    ONE,
    OPS,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout232.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct


@variant("qh13-maternal-department", (4, 12), "department table, NAT-2021, tasks adding to "
         "项目支出, 死亡率 in /10万 and ‰, 5岁以下 in a name, "
         "footnote and signature (correct)")  # fmt: skip
def qh13() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="丹枫县妇幼保健院",
        budget=[(wan(6842.6), wan(2842.6), wan(4000), wan(5130.2), wan(1712.4))],
        tasks=[
            ("孕产妇保健服务", "孕期保健、高危孕产妇专案管理", wan(420), "孕产妇系统管理率≥90%"),
            ("儿童保健服务", "0—6岁儿童健康管理、新生儿访视", wan(536.4),
             "3岁以下儿童系统管理率≥88%"),
            ("农村妇女两癌筛查", "宫颈癌、乳腺癌筛查", wan(210), "完成两癌筛查2.4万人次"),
            ("出生缺陷综合防治", "产前筛查、新生儿疾病筛查", wan(546), "新生儿疾病筛查率≥98%"),
            ("金额合计", None, wan(1712.4), None),
        ],
        goal="2026年为6800名孕产妇提供系统保健服务，完成农村妇女两癌筛查2.4万人次，新生儿疾病"
             "筛查率达到98%以上，孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在3.5‰以下。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "孕产妇健康管理人数", "≥6800人"),
        (None, None, "农村妇女两癌筛查人次", "≥2.4万人次"),
        (None, "质量指标", "孕产妇系统管理率", "≥90%"),
        (None, None, "3岁以下儿童系统管理率", "≥88%"),
        (None, None, "新生儿疾病筛查率", "≥98%"),
        (None, "时效指标", "季度妇幼健康信息报送及时率", "≥95%"),
        ("成本指标", "经济成本指标", "两癌筛查人均补助", "≤85元/人次"),
        ("效益指标", "社会效益指标", "孕产妇死亡率", "≤10/10万"),
        (None, None, "婴儿死亡率", "≤3.5‰"),
        (None, None, "5岁以下儿童死亡率", "≤5‰"),
        (None, "可持续影响指标", "妇幼健康服务体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：孕产妇死亡率以1/10万计，婴儿死亡率和5岁以下儿童死亡率以‰计。")
    sign(s, "龚晓岚", "饶振华", "0794-82326715")
    return b


@variant("qh14-cdc-flat-list", (3, 11, 12), "department table with a flat list (名称, 权重, "
         "计量单位, 指标性质 as direction, 指标值): 总额 ≠ 财政拨款 + 其他资金, ≥ on a 反向 "
         "发病率 per 10万")  # fmt: skip
def qh14() -> Book:
    b, s = book("Sheet1", (30, 14, 14, 14, 18, 14))
    department_head(
        s, year=2026, dept="沙湾区疾病预防控制中心",
        budget=[(mk(wan(3120.5), "B101", "error", row=True, note="2600 + 480.5 = 3080.5"),
                 wan(2600), wan(480.5), wan(2210.5), wan(910))],
        tasks=[
            ("免疫规划", "国家免疫规划疫苗接种及管理", wan(380), "免疫规划疫苗接种率≥95%"),
            ("传染病监测", "法定传染病监测与疫情处置", wan(290), "网络直报及时率≥98%"),
            ("慢病防治", "高血压、糖尿病患者管理指导", wan(240), "高血压规范管理率≥65%"),
            ("金额合计", None, wan(910), None),
        ],
        goal="2026年完成国家免疫规划疫苗接种36万剂次，法定传染病网络直报及时率达到98%以上，"
             "指导基层规范管理高血压患者。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("适龄儿童免疫规划疫苗接种率", 15, "%", "正向", "≥95%"),
        ("国家免疫规划疫苗接种剂次", 10, "万剂次", "正向", "≥36"),
        ("法定传染病网络直报及时率", 15, "%", "正向", "≥98%"),
        (
            "手足口病报告发病率",
            15,
            "1/10万",
            "反向",
            mk("≥150", "T108", "warning", row=True, note="a 发病率 is 反向: ≤150 meant"),
        ),
        ("高血压患者规范管理率", 15, "%", "正向", "≥65%"),
        ("每剂次接种服务成本", 10, "元/剂次", "反向", "≤10"),
        ("服务对象满意度", 20, "%", "正向", "≥90%"),
    ]:
        s.row(*line)
    sign(s, "卓一鸣", "柯雅琴", "0833-41126309")
    return b


@variant("qh15-stacked-family-elderly", (1, 2, 10, 11), "two one-year projects stacked in "
         "one sheet, NAT-2021: 100% typed in Excel, a 发生率 下降 ≥0.5个百分点, 65岁 in names "
         "(correct)")  # fmt: skip
def qh15() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="家庭医生签约服务补助项目", dept="雁鸣县卫生健康局（219）",
        unit="雁鸣县各乡镇卫生院", money=one_year_money(wan(450), wan(420), wan(30)),
        goals=["2026年为15万名签约居民提供家庭医生签约服务，签约服务费足额拨付到位。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "家庭医生签约服务人数", "≥15万人"),
        (None, "质量指标", "重点人群签约服务覆盖率", "≥75%"),
        (None, None, "签约服务费到位率", pct(1)),
        (None, "时效指标", "签约服务费拨付时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "签约服务费财政补助标准", "≤28元/人·年"),
        ("效益指标", "社会效益指标", "签约居民基层就诊率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="老年人健康管理项目", dept="雁鸣县卫生健康局（219）",
        unit="雁鸣县各乡镇卫生院", money=one_year_money(wan(186), wan(186), wan(0)),
        goals=["2026年为3.2万名65岁及以上老年人提供健康管理服务，其中中医药健康管理2.4万人。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥3.2万人"),
        (None, None, "老年人中医药健康管理人数", "≥2.4万人"),
        (None, "质量指标", "65岁及以上老年人健康体检表完整率", "≥95%"),
        (None, None, "老年人中医药健康管理率", "≥70%"),
        (None, "时效指标", "年度健康体检完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "老年人健康体检人均成本", "≤55元/人"),
        ("效益指标", "社会效益指标", "老年人失能发生率较上年下降", "≥0.5个百分点"),
        ("满意度指标", "服务对象满意度指标", "老年人健康管理服务满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "向婧", "田兆丰", "0745-27219584")
    return b


@variant("qh16-vaccination-basis-block", (1, 12), "one-year project, NAT-2021, a money block "
         "with 测算依据, operator and unit columns: a cost cap × count above the money, "
         "105% typed in Excel on a 全程接种率")  # fmt: skip
def qh16() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 10, 14, 12))
    project_head(
        s, year=2026, name="国家免疫规划疫苗接种服务补助项目", dept="禾丰市卫生健康委员会（126）",
        unit="禾丰市疾病预防控制中心", money=one_year_money(wan(320), wan(300), wan(20)),
        goals=["2026年完成国家免疫规划疫苗接种30万剂次，培训接种人员400人次，保障冷链系统"
               "正常运转。"],
    )  # fmt: skip
    s.row("支出明细", "支出内容", "测算依据", None, "金额（万元）", merge=[(3, 4)])
    top = s.r
    for item, basis, amount in [
        ("接种服务补助", "30万剂次×8元/剂次", 240),
        ("冷链运转及维护", "120个接种单位×0.5万元", 60),
        ("宣传培训", "培训400人次×500元/人次", 20),
        ("合计", None, 320),
    ]:
        s.row(None, item, basis, None, wan(amount), merge=[(3, 4)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(s, OPS, [
        ("产出指标", "数量指标", "国家免疫规划疫苗接种剂次", "≥", 30, "万剂次"),
        (None, None, "接种人员培训人次", "≥", 400, "人次"),
        (None, "质量指标", "国家免疫规划疫苗全程接种率", "≥",
         mk(pct(1.05), "T106", "error", row=True, note="105% typed in Excel"), None),
        (None, None, "疫苗冷链温度监测覆盖率", "=", 100, "%"),
        (None, "时效指标", "冷链设备年度巡检完成时间", "≤", day(2026, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "每剂次接种服务补助标准", "≤",
         mk(12, "B107", "warning", row=True, note="12元 × 30万剂次 = 360万 > 320万"), "元/剂次"),
        ("效益指标", "社会效益指标", "免疫规划疫苗针对传染病报告发病率", "≤", 5, "1/10万"),
        ("满意度指标", "服务对象满意度指标", "受种者满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "汤立群", "万思齐", "0716-84126073")
    return b


@variant("qh17-mental-health-export", (1, 4, 7, 12), "budget-system export on two sheets, "
         "money in 元 in the number format, operator column with percentages typed in Excel, "
         "a 发生率 per 10万, a note row (correct)")  # fmt: skip
def qh17() -> Book:
    b, s = book("部门项目支出预算05-1", (24, 18, 26, 18))
    s.title("2026年度部门项目支出预算表", 4)
    s.row("单位：元")
    s.row("项目名称", "支出内容", "测算依据", "金额")
    top = s.r + 1
    for name, item, basis, amount in [
        ("严重精神障碍患者管理项目", "患者服药补助", "1500人×1200元/人·年", 1800000),
        (None, "随访管理补助", "3000人次×80元/人次", 240000),
        (None, "应急处置及培训", "应急处置演练2次、培训150人次", 110000),
    ]:
        s.row(name, item, basis, money(amount, YUAN))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("合计", None, None, money(2150000, YUAN), merge=[(1, 3)])
    s = b.sheet("部门项目支出绩效目标05-2", (14, 16, 32, 10, 12, 12))
    project_head(
        s, year=2026, name="严重精神障碍患者管理项目", dept="岚山区卫生健康局（508）",
        unit="岚山区精神卫生防治站", money_label="项目资金（元）",
        money=one_year_money(money(2150000, YUAN), money(2150000, YUAN), money(0, YUAN)),
        goals=["2026年为1500名在册严重精神障碍患者提供服药补助，开展随访管理3000人次，"
               "在册患者规范管理率达到90%以上。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "服药补助患者人数", "≥", 1500, "人"),
        (None, None, "患者随访管理人次", "≥", 3000, "人次"),
        (None, "质量指标", "在册严重精神障碍患者规范管理率", "≥", pct(0.9), None),
        (None, None, "在册患者规律服药率", "≥", pct(0.75), None),
        (None, "时效指标", "补助资金发放及时率", "≥", pct(0.95), None),
        ("成本指标", "经济成本指标", "每名患者年度服药补助标准", "≤", 1200, "元/人·年"),
        ("效益指标", "社会效益指标", "患者肇事肇祸案事件发生率", "≤", 0.3, "1/10万"),
        (None, "可持续影响指标", "精防综合管理小组运行", "定性", "有效", None),
        ("满意度指标", "服务对象满意度指标", "患者家属满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    note(s, "注：本表指标值均为年度目标值；发生率以每10万常住人口计。")
    sign(s, "路遥", "冉秋实", "023-68508172")
    return b


@variant("qh18-health-commission-points", (5, 10, 11), "department table, NAT-2021, tier-1 "
         "labels with points and points per indicator: 效益 declares 30 but holds 25, 小于等于 "
         "on a 接种率, a 婴儿死亡率 in ‰ without operator")  # fmt: skip
def qh18() -> Book:
    b, s = book("Sheet1", (18, 16, 32, 16, 10, 12))
    department_head(
        s, year=2025, dept="江阜市卫生健康委员会",
        budget=[(wan(12480), wan(11260), wan(1220), wan(3480), wan(9000))],
        goal="2025年为辖区居民维护电子健康档案180万人，家庭医生签约服务62万人，提升居民健康素养"
             "水平，持续降低孕产妇和婴儿死亡率。",
    )  # fmt: skip
    benefit = mk("效益指标（30分）", "W103", "error", row=True, alt=("W101",),
                 note="25 points under a tier-1 of 30")  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("产出指标（40分）", "数量指标", "居民电子健康档案建档人数", "≥180万人", 10),
        (None, None, "家庭医生签约服务人数", "≥62万人", 10),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率",
         mk("小于等于95%", "T108", "warning", row=True, note="a 接种率 is 正向"), 10),
        (None, "时效指标", "基本公共卫生服务资金拨付及时率", "≥95%", 10),
        ("成本指标（20分）", "经济成本指标", "每份电子健康档案维护成本", "≤6元/份", 10),
        (None, None, "家庭医生签约服务费补助标准", "≤25元/人·年", 10),
        (benefit, "社会效益指标", "孕产妇死亡率", "≤10/10万", 5),
        (None, None, "婴儿死亡率",
         mk("4.5‰", "T117", "warning", row=True, alt=("T103",), note="≤4.5‰ meant"), 5),
        (None, None, "甲乙类传染病报告发病率", "≤200/10万", 5),
        (None, None, "居民健康素养水平", "≥32%", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "居民基本公共卫生服务满意度", "≥88%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the points add up to 95")
    sign(s, "贺知秋", "孔令达", "0719-86125530")
    return b
