"""青梅采摘与梅酒加工: gi07 to gi12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout649.common import (
    YEAR,
    first,
    notes,
    one_year,
    sign,
    table,
    two_cols,
    wan,
)
from tests.variants.holdout649.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

FRUIT = "栖梧县农业农村局（311）"


@variant("gi07-plum-picking-assess", (7,),
         "project, NAT-2021, headers 考核指标 · 目标值（年度） · 评价标准, a goal total with its "
         "parts in brackets, 0起 on an accident count (correct)")  # fmt: skip
def gi07() -> Book:
    b, s = first()
    goal = ("组织采收青梅650吨（其中合作社基地420吨、散户230吨），新建田间预冷点4个，"
            "采摘季安全生产零事故。")  # fmt: skip
    project_head(s, year=YEAR, name="云栈镇青梅采摘服务保障项目", dept=FRUIT,
                 unit="栖梧县云栈镇农业综合服务中心", money=one_year(65, 50, 15),
                 goals=[goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("成本指标", "经济成本指标", "田间预冷点建设单价", "≤8万元/个", "超出不得分"),
        ("产出指标", "数量指标", "青梅鲜果采收量", "≥650吨", "每少5%扣1分"),
        (None, None, "田间预冷点建设数量", "4个", "少1个扣2分"),
        (None, "质量指标", "青梅鲜果商品果率", "≥85%", "抽样检测"),
        (None, "时效指标", "采后鲜果入冷时限", "≤6小时", "超时批次扣分"),
        ("效益指标", "经济效益指标", "梅农户均增收", "≥2000元", "抽样调查50户"),
        (None, "社会效益指标", "采摘作业安全生产事故", "0起", "发生即不得分"),
        (None, "生态效益指标", "落果回收利用率", "≥60%", "按回收台账"),
        ("满意度指标", "服务对象满意度指标", "梅农满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "阮青禾", "0736-5823419", day(2024, 12, 2))
    return b


@variant("gi08-plum-wine-cost", (12,),
         "project, OLD-NAT with 成本指标 under 产出, one value column: the money parts short "
         "of the total, a jar price × count above the money, a satisfaction rate under "
         "社会效益")  # fmt: skip
def gi08() -> Book:
    b, s = first()
    total = mk(wan(80), "B101", "error", row=True, note="财政拨款60 + 其他资金15 = 75 ≠ 80")
    money = [["资金总额", total, "其中：财政拨款", wan(60)], ["其他资金", wan(15), None, None]]
    goal = "购置陈酿陶坛600个，改造发酵间300平方米，全年加工青梅酒200吨。"
    project_head(s, year=YEAR, name="石笕村青梅酒坊陶坛陈酿提升项目", dept=FRUIT,
                 unit="栖梧县石笕村梅酒专业合作社", money=money, goals=[goal])  # fmt: skip
    jar = mk("≤1500元/个", "B107", "warning", row=True,
             note="1500元 × 600个 = 90万元，超过资金总额80万元")  # fmt: skip
    happy = mk("梅农对收购价格满意度", "F201", "warning", row=True,
               note="满意度填在社会效益指标下，本表另有满意度指标")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "陈酿陶坛购置数量", "≥600个"),
        (None, None, "发酵间改造面积", "≥300平方米"),
        (None, "质量指标", "梅酒出厂检验合格率", "=100%"),
        (None, "时效指标", "陶坛到位时间", "2025年6月30日前"),
        (None, "成本指标", "陈酿陶坛购置单价", jar),
        ("效益指标", "经济效益指标", "梅酒年销售收入", "≥600万元"),
        (None, "社会效益指标", happy, "≥90%"),
        (None, "可持续影响指标", "梅酒品牌保护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆栖云", "0736-5856620", day(2024, 11, 28))
    return b


@variant("gi09-plum-wine-export", (7, 9),
         "budget-system export: money on 「部门项目支出预算05-1」, the indicators on "
         "「部门项目支出绩效目标05-2」 with codes in the first columns, the header on the third "
         "row under 预期实现值, text =100% and a typed percent cell (correct)")  # fmt: skip
def gi09() -> Book:
    b, s = first("部门项目支出预算05-1")
    goal = "扩建梅酒灌装车间1200平方米，新增灌装线2条，全年加工青梅酒500吨。"
    project_head(s, year=YEAR, name="梅岙工业园梅酒灌装车间扩建项目", dept=FRUIT,
                 unit="栖梧县特色果品加工服务站", money=one_year(150, 130, 20),
                 goals=[goal])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (18, 10, 12, 16, 28, 14, 10))
    t.title("2025年部门项目支出绩效目标", 7)
    t.row("单位：栖梧县特色果品加工服务站", None, None, None, None, None, "金额：万元")
    code, unit = "352741250010003", "311007"
    head = ("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "预期实现值", "计量单位")
    table(t, head, [
        (code, unit, "产出指标", "数量指标", "灌装车间扩建面积", "≥1200", "平方米"),
        (code, unit, None, None, "新增梅酒灌装线", "=2", "条"),
        (code, unit, None, None, "青梅酒加工量", "≥500", "吨"),
        (code, unit, None, "质量指标", "梅酒食品安全抽检合格率", "=100%", None),
        (code, unit, None, None, "灌装线验收合格率", pct(1), None),
        (code, unit, None, "时效指标", "车间竣工验收时间", "2025年9月30日前", None),
        (code, unit, "成本指标", "经济成本指标", "灌装线购置单价", "≤45", "万元/条"),
        (code, unit, "效益指标", "经济效益指标", "梅酒加工新增产值", "≥1500", "万元"),
        (code, unit, None, "社会效益指标", "带动青梅种植户数", "≥300", "户"),
        (code, unit, "满意度指标", "服务对象满意度指标", "入股梅农满意度", pct(0.92), None),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("gi10-plum-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "money parts short of the total, last season's year in its goal, one indicator twice "
         "with a word more")  # fmt: skip
def gi10() -> Book:
    b, s = first()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=YEAR, name="云栈镇青梅园采摘便道修缮项目", dept=FRUIT,
                 unit="栖梧县云栈镇农业综合服务中心", money=one_year(45, 40, 5),
                 goals=["修缮青梅园采摘便道8公里，设置临时收购点6个。"],
                 title="2025年度项目支出绩效目标申报表（青梅产业）")  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "采摘便道修缮长度", "≥8公里"),
        (None, None, "临时收购点设置数量", "6个"),
        (None, "质量指标", "便道修缮验收合格率", "≥95%"),
        (None, "时效指标", "便道修缮完工时间", "2025年4月30日前"),
        (None, "成本指标", "便道修缮单价", "≤5万元/公里"),
        ("效益指标", "经济效益指标", "鲜果运输损耗率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "梅农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(150), "B101", "error", row=True, note="财政拨款120 + 其他资金20 = 140 ≠ 150")
    money = [["资金总额", total, "其中：财政拨款", wan(120)], ["其他资金", wan(20), None, None]]
    goal = mk("2024年完成梅酒加工车间改造600平方米，新增灌装线1条。", "Y103", "warning",
              alt=("Y101",), note="2025年的年度目标留着上一季的年份")  # fmt: skip
    project_head(s, year=YEAR, name="石笕村梅酒加工车间改造项目", dept=FRUIT,
                 unit="栖梧县石笕村梅酒专业合作社", money=money, goals=[goal],
                 title="")  # fmt: skip
    twice = mk(mk("梅酒加工车间改造面积", "D101", "warning", row=True, alt=("D103",),
                  note="与数量指标下的“车间改造面积 ≥600平方米”是同一指标"),
               "F201", "warning", row=True, required=False)  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "车间改造面积", "≥600平方米"),
        (None, None, "新增梅酒灌装线", "1条"),
        (None, "质量指标", twice, "≥600平方米"),
        (None, None, "梅酒出厂检验合格率", "=100%"),
        (None, "时效指标", "车间改造完工时间", "2025年8月31日前"),
        (None, "成本指标", "车间改造单价", "≤1500元/平方米"),
        ("效益指标", "经济效益指标", "梅酒年加工能力提升", "≥200吨"),
        ("满意度指标", "服务对象满意度指标", "梅农满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "阮青禾", "0736-5823419", day(2024, 12, 6, CN_DATE))
    return b


@variant("gi11-plum-two-years", (8,),
         "two-year project 2025—2026, NAT-2021, 中期 and 年度 columns: 中期目标 copied into "
         "年度目标, a year's volume above the period's, a deadline after the period")  # fmt: skip
def gi11() -> Book:
    b, s = first()
    text = "建设梅酒陈酿酒窖800平方米，入窖陈酿青梅酒250吨，培训酿酒技工40人。"
    same = mk(text, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project_head(s, year=YEAR, name="梅岙青梅酒陈酿基地建设项目", dept=FRUIT,
                 unit="栖梧县特色果品加工服务站", money=two_cols((200, 170, 30), (110, 95, 15)),
                 goals=[text, same], years=2, attr="新增项目")  # fmt: skip
    cellar = mk("≥300", "D201", "error", alt=("D104",), note="年度入窖300吨，超过两年的250吨")
    late = mk("2027年6月30日前", "Y102", "error", row=True, alt=("Y103",),
              note="项目期2025—2026年，中期期限却在2027年")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "陈酿酒窖建设面积", "≥800", "≥500", "平方米"),
        (None, None, "梅酒入窖量", "≥250", cellar, "吨"),
        (None, None, "酿酒技工培训人数", "≥40", "≥20", "人"),
        (None, "质量指标", "入窖原酒检验合格率", "=100%", "=100%", None),
        (None, "时效指标", "首批陈酿梅酒出窖时间", late, "2025年11月30日前入窖", None),
        ("成本指标", "经济成本指标", "酒窖建设单价", "≤1500", "≤1500", "元/平方米"),
        ("效益指标", "经济效益指标", "陈酿梅酒销售收入", "≥800", "≥300", "万元"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "骆栖云", "0736-5856620", day(2024, 11, 29))
    return b


@variant("gi12-plum-department", (4, 12),
         "department, NAT-2021: budget and tasks adding up, a goal count with its parts in "
         "brackets, a 下降率 with ≥, a rise in 百分点, 注 and 填表说明 rows under the table, "
         "signature and date lines (correct)")  # fmt: skip
def gi12() -> Book:
    b, s = first()
    tasks = [
        ("青梅采摘保障", "采收期收购资金、田间运输", 110, "保障青梅采收2.5万吨"),
        ("梅酒加工技术推广", "加工技术培训、工艺指导", 130, "培训12场"),
        ("青梅品牌宣传", "展会、网络宣传", 80, "覆盖50万人次"),
        ("金额合计", None, 320, None),
    ]
    goal = ("目标1：保障全县青梅采收2.5万吨；目标2：开展梅酒加工技术培训12场（其中线下8场、"
            "线上4场）；目标3：青梅加工转化率提高3个百分点。")  # fmt: skip
    department_head(s, year=YEAR, dept="栖梧县特色果业发展服务中心",
                    budget=[(520, 460, 60, 200, 320)], tasks=tasks, goal=goal)  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("产出指标", "数量指标", "青梅采收量", "≥2.5万吨", "乡镇统计"),
        (None, None, "梅酒加工技术培训场次", "≥12场", "含线上4场"),
        (None, "质量指标", "青梅采后损耗下降率", "≥15%", "与上年比"),
        (None, None, "培训考核合格率", "≥90%", None),
        (None, "时效指标", "收购资金拨付时限", "≤10个工作日", None),
        ("成本指标", "经济成本指标", "培训场均成本", "≤2万元/场", None),
        ("效益指标", "经济效益指标", "青梅加工转化率提高幅度", "≥3百分点", None),
        (None, "社会效益指标", "品牌宣传覆盖人次", "≥50万人次", None),
        ("满意度指标", "服务对象满意度指标", "梅农满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    notes(s, "注：1.青梅采收量以各乡镇农业站统计为准；2.培训场次含线上直播培训。",
          "填表说明：指标值应量化，定性指标写明评价等级。")  # fmt: skip
    sign(s, "甘澄碧", "0736-5890733", day(2024, 11, 15, CN_DATE))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b
