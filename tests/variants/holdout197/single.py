"""One-year project tables: inline operators, operator and unit columns, a direction column,
tier labels with points (oy01, oy02, oy03, oy04, oy06, oy07, oy08, oy10)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout197.common import (
    ONE,
    SAT,
    book,
    indicators,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout197.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("oy01-reading-standards-equal", (1, 12), "one-year project, NAT-2021, inline operators "
         "and an 指标解释 column; 48场 × 1.5万元/场 + 120村次 × 0.2万元/村次 = the 96万元 "
         "exactly, a 差错率 with ≤, a base year 2025 in the explanation (correct)")  # fmt: skip
def oy01() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 30))
    project_head(
        s, year=2026, name="全民阅读推广活动项目", dept="青岚市文化广电旅游局（306）",
        unit="青岚市图书馆",
        money=one_year_money(wan(96), wan(90), wan(6)),
        goals=["2026年举办全民阅读推广活动48场，开展流动图书车进村服务120村次，"
               "全市公共图书馆图书外借量增长5%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "举办阅读推广活动场次", "≥48场", "含讲座、读书会、亲子阅读"),
        (None, None, "流动图书车进村服务", "≥120村次", "按服务签收单统计"),
        (None, "质量指标", "图书外借差错率", "≤0.5%", "差错册次÷外借册次"),
        (None, "时效指标", "年度活动计划完成时间", "2026年12月20日前", None),
        ("成本指标", "经济成本指标", "单场阅读推广活动成本", "≤1.5万元/场", "含场地、嘉宾、物料"),
        (None, None, "流动图书车单村次服务成本", "≤0.2万元/村次", "含燃油、人员补助"),
        ("效益指标", "社会效益指标", "图书外借量增长率", "≥5%", "以2025年外借量为基数"),
        (None, "可持续影响指标", "全民阅读品牌活动机制", "建立并执行", "形成年度活动品牌"),
        (*SAT, "读者满意度", "≥90%", "现场及线上问卷"),
    ])  # fmt: skip
    sign(s, "程雨桐", "邹明远", "0591-86270314")
    return b


@variant("oy02-heritage-word-operators", (1, 11), "one-year project, OLD-NAT (成本指标 under "
         "产出), 指标性质 as operator in words, bare values and a unit column, a date cell; "
         "40人 × 0.8 + 12场 × 1.5 = 50 within the 60万元 (correct)")  # fmt: skip
def oy02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 16, 12))
    project_head(
        s, year=2026, name="非物质文化遗产保护传承项目", dept="临溪县文化广电旅游体育局（208）",
        unit="临溪县文化馆（县非遗保护中心）",
        money=one_year_money(wan(60), wan(50), wan(10)),
        goals=["资助县级以上非遗代表性传承人40人开展传习活动，举办非遗展演12场，"
               "完成非遗项目数字化记录6项。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "资助非遗代表性传承人数", "大于等于", 40, "人"),
        (None, None, "举办非遗展演场次", "大于等于", 12, "场"),
        (None, None, "非遗项目数字化记录数", "大于等于", 6, "项"),
        (None, "质量指标", "传习活动考核合格率", "大于等于", 90, "%"),
        (None, "时效指标", "传承人补助发放时间", "小于等于", day(2026, 9, 30, CN_DATE), None),
        (None, "成本指标", "传承人传习补助标准", "小于等于", 0.8, "万元/人"),
        (None, None, "单场非遗展演补助标准", "小于等于", 1.5, "万元/场"),
        ("效益指标", "社会效益指标", "非遗展演观众人次", "大于等于", 6000, "人次"),
        (None, "可持续影响指标", "青年传承人占比", "大于等于", 30, "%"),
        (*SAT, "传承人满意度", "大于等于", 90, "%"),
        (None, None, "展演观众满意度", "大于等于", 88, "%"),
    ])  # fmt: skip
    return b


@variant("oy03-village-standard-over-money", (1, 12), "one-year project, NAT-2021, inline "
         "operators: 0.8万元/村 × 120村 = 96 above the 72万元, a 完成率 ≥110%")  # fmt: skip
def oy03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="广播电视“村村响”运行维护项目", dept="云岫县文化广电旅游局（211）",
        unit="云岫县广播电视台",
        money=one_year_money(wan(72), wan(60), wan(12)),
        goals=["全年完成120个行政村“村村响”广播设备运行维护，设备正常播出率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "运维行政村数",
         mk("≥120个", "B107", "warning", row=True, required=False,
            note="the count half of the 单村 standard × 村数 product")),
        (None, None, "更换损坏音柱数", "≥300只"),
        (None, "质量指标", "设备正常播出率", "≥95%"),
        (None, None, "运维任务完成率",
         mk("≥110%", "T106", "error", note="a 完成率 cannot pass 100%")),
        (None, "时效指标", "设备故障修复时长", "≤48小时"),
        ("成本指标", "经济成本指标", "单村年度运维标准",
         mk("≤0.8万元/村", "B107", "warning", row=True,
            note="120村 × 0.8万元/村 = 96万元 > 年度资金总额 72万元")),
        ("效益指标", "社会效益指标", "应急信息村级覆盖率", pct(1)),
        (None, "可持续影响指标", "村级广播管理员队伍", "稳定"),
        (*SAT, "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("oy04-fitness-direction-column", (11,), "one-year project, NAT-2021, 指标性质 as "
         "direction, 指标方向 as operator, bare numbers and a unit column; a 故障率 反向 ≤, "
         "a 投诉下降率 正向 ≥ (correct)")  # fmt: skip
def oy04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 12, 12))
    project_head(
        s, year=2026, name="全民健身设施维护提升项目", dept="白沙河区文化体育和旅游局（317）",
        unit="白沙河区全民健身服务中心",
        money=one_year_money(wan(85), wan(85), wan(0)),
        goals=["维护更新社区健身路径80处，新建智能健身驿站2个，健身设施完好率保持在95%以上，"
               "器材故障报修48小时内响应。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "维护更新社区健身路径", "正向", "≥", 80, "处"),
        (None, None, "新建智能健身驿站", "正向", "≥", 2, "个"),
        (None, "质量指标", "健身设施完好率", "正向", "≥", 95, "%"),
        (None, None, "健身器材故障率", "反向", "≤", 5, "%"),
        (None, "时效指标", "故障报修响应时长", "反向", "≤", 48, "小时"),
        ("成本指标", "经济成本指标", "单处健身路径维护成本", "反向", "≤", 0.5, "万元/处"),
        (None, None, "智能健身驿站建设单价", "反向", "≤", 20, "万元/个"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "正向", "≥", 40, "%"),
        (None, None, "健身设施投诉量下降率", "正向", "≥", 10, "%"),
        (*SAT, "健身群众满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("oy06-library-total-not-sum", (12, 1), "one-year project, NAT-2021, operator and unit "
         "columns: 年度资金总额 130 ≠ 110 + 15, a 完成率 given as 12次")  # fmt: skip
def oy06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="公共图书馆数字资源建设项目", dept="青岚市文化广电旅游局（306）",
        unit="青岚市图书馆",
        money=one_year_money(mk(wan(130), "B101", "error", note="110 + 15 = 125"),
                             wan(110), wan(15)),
        goals=["采购数字资源库4个，新增电子图书20000册，数字资源年访问量达到50万人次。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "采购数字资源库数", "≥", 4, "个"),
        (None, None, "新增电子图书", "≥", 20000, "册"),
        (None, "质量指标", "数字资源采购验收合格率", "=", 100, "%"),
        (None, None, "数字资源年度更新完成率", "≥",
         mk(12, "T105", "error", row=True, note="a 完成率 given as a count of updates"), "次"),
        (None, "时效指标", "数字资源上线时间", "≤", day(2026, 6, 30), None),
        ("成本指标", "经济成本指标", "单个数字资源库采购成本", "≤", 25, "万元/个"),
        ("效益指标", "社会效益指标", "数字资源年访问量", "≥", 50, "万人次"),
        (*SAT, "读者满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("oy07-museum-points-labels", (5, 10), "one-year project, NAT-2021, numbered tier labels "
         "with points (一、产出指标（40分）, 1.数量指标) and a 分值 column matching them, "
         "=100% on 文物完好率 (correct)")  # fmt: skip
def oy07() -> Book:
    b, s = book("绩效目标", (20, 18, 30, 18, 10))
    project_head(
        s, year=2026, name="博物馆免费开放运行保障项目", dept="临溪县文化广电旅游体育局（208）",
        unit="临溪县博物馆",
        money=one_year_money(wan(120), wan(110), wan(10)),
        goals=["全年免费开放不少于300天，举办临时展览6个、社会教育活动60场，"
               "接待观众12万人次，馆藏文物完好率100%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("一、产出指标（40分）", "1.数量指标", "全年免费开放天数", "≥300天", 8),
        (None, None, "举办临时展览数", "≥6个", 8),
        (None, None, "社会教育活动场次", "≥60场", 8),
        (None, "2.质量指标", "馆藏文物完好率", "=100%", 8),
        (None, "3.时效指标", "临时展览全部开展完成时间", "2026年11月30日前", 8),
        ("二、成本指标（20分）", "1.经济成本指标", "单个临时展览布展成本", "≤8万元/个", 10),
        (None, None, "单场社会教育活动成本", "≤0.5万元/场", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "接待观众人次", "≥12万人次", 10),
        (None, None, "未成年人观众占比", "≥25%", 10),
        (None, "2.可持续影响指标", "博物馆开放服务管理制度", "健全", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "观众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("oy08-football-harm-ge-vague", (11, 1), "one-year project, NAT-2021, inline operators: "
         "a 损伤发生率 with ≥, a 社会效益 value that is a sentence, not a target")  # fmt: skip
def oy08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="青少年校园足球推广项目", dept="白沙河区文化体育和旅游局（317）",
        unit="白沙河区青少年业余体育学校",
        money=one_year_money(wan(64), wan(64), wan(0)),
        goals=["在16所中小学开展校园足球课后训练，组织区级校园足球联赛80场，"
               "培训足球教练员40人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "开展课后训练学校数", "≥16所"),
        (None, None, "组织校园足球联赛场次", "≥80场"),
        (None, None, "培训足球教练员", "≥40人次"),
        (None, "质量指标", "教练员培训考核合格率", "≥95%"),
        (None, None, "训练运动损伤发生率",
         mk("≥2%", "T108", "warning", row=True, note="a harm rate is 反向: ≤ meant")),
        (None, "时效指标", "联赛结束时间", "2026年12月10日前"),
        ("成本指标", "经济成本指标", "单场联赛组织成本", "≤0.5万元/场"),
        (None, None, "单校课后训练补助标准", "≤1.5万元/所"),
        ("效益指标", "社会效益指标", "校园足球氛围",
         mk("按照上级要求积极推进", "T102", "warning",
            note="a sentence, not a measurable value")),
        (None, "可持续影响指标", "经常参加足球训练学生人数", "≥1600人"),
        (*SAT, "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "魏子涵", "高书宁", "0591-83016629")
    return b


@variant("oy10-heritage-workshop-dates", (1,), "one-year project, OLD-NAT, inline operators and "
         "a 备注 column: a deadline on 2月30日, another in 2027 outside the budget "
         "year")  # fmt: skip
def oy10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 24))
    project_head(
        s, year=2026, name="非遗工坊扶持项目", dept="岚桥县文化和旅游局（215）",
        unit="岚桥县非物质文化遗产保护中心",
        money=one_year_money(wan(50), wan(45), wan(5)),
        goals=["扶持非遗工坊10家，开展非遗技艺培训600人次，带动就业200人。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "扶持非遗工坊数", "≥10家", "竹编、土陶、蓝染等"),
        (None, None, "非遗技艺培训人次", "≥600人次", None),
        (None, "质量指标", "工坊产品质量抽检合格率", "≥95%", "县市场监管部门抽检"),
        (None, "时效指标", "工坊扶持资金拨付时间",
         mk("2026年2月30日前", "Y106", "error", note="there is no 30 February"), None),
        (None, None, "技艺培训完成时间",
         mk("2027年3月31日前", "Y102", "error", alt=("Y103",),
            note="after the one-year project ends on 2026-12-31"), None),
        (None, "成本指标", "单家工坊扶持标准", "≤4万元/家", None),
        ("效益指标", "经济效益指标", "工坊产品销售额增长率", "≥10%", "较上年"),
        (None, "社会效益指标", "带动就业人数", "≥200人", "含灵活就业"),
        (*SAT, "工坊从业人员满意度", "≥90%", None),
    ])  # fmt: skip
    return b
