"""Department tables in the duty and activity layout (部门职责 │ 工作活动 │ 活动金额 │ 绩效指标 │
指标值), with tiers or flat, with 小计 rows or duty points (pz01, pz04, pz05, pz12, pz14, pz17)."""

from __future__ import annotations

from tests.variants.holdout224.common import (
    COST,
    DUTY,
    ECON,
    EFF,
    GAIN,
    NUM,
    OUT,
    QUA,
    SAT,
    SOC,
    SUS,
    TIME,
    USER,
    book,
    budget,
    note,
    sign,
    table,
    total,
    wan,
)
from tests.variants.holdout224.registry import variant
from tests.variants.kit import Book, mk, money, pct

WIDE = (16, 18, 12, 11, 13, 26, 15, 10)
FIVE = ("部门职责", "工作活动", "活动金额（万元）", "绩效指标", "指标值")


@variant("pz01-county-education-duties", (1, 12), "department (教育局), duty │ activity │ "
         "amount │ tiers │ value, 万元 in the number format: the activities add to 项目支出 (not "
         "资金总额), a standard × pupils equal to its activity, 100 % typed as a percent "
         "(correct)")  # fmt: skip
def pz01() -> Book:
    b, s = book("部门整体支出绩效目标表", WIDE)
    s.title("鹤汀县教育局2026年度部门整体支出绩效目标表", 7)
    s.row("部门名称", "鹤汀县教育局", None, "部门编码", "301001", "联系电话", "0745-6218304",
          merge=[(2, 3)])  # fmt: skip
    budget(s, [wan(8650), wan(8420), wan(230), wan(6210), wan(2440)])
    table(s, DUTY, [
        ("保障义务教育均衡发展", "义务教育学校公用经费保障", wan(1380), OUT, NUM,
         "保障义务教育在校生人数", "≥23000人"),
        (None, None, None, COST, ECON, "生均公用经费补助标准", "≤600元/人"),
        (None, None, None, EFF, SOC, "适龄儿童少年入学率", pct(1)),
        (None, None, None, SAT, USER, "学生家长满意度", "≥90%"),
        (None, "农村学校校舍维修改造", wan(560), OUT, NUM, "维修改造校舍面积", "≥12000平方米"),
        (None, None, None, None, QUA, "维修工程竣工验收合格率", "=100%"),
        (None, None, None, None, TIME, "维修工程完工时间", "2026年8月31日前"),
        (None, None, None, COST, ECON, "校舍维修单位成本", "≤450元/平方米"),
        (None, None, None, EFF, SUS, "校舍安全长效管护机制", "健全"),
        ("加强教师队伍建设", "中小学教师全员培训", wan(300), OUT, NUM, "教师培训人次",
         "≥3000人次"),
        (None, None, None, COST, ECON, "人均培训成本", "≤1000元/人次"),
        (None, None, None, EFF, SOC, "参训教师考核合格率", "≥95%"),
        (None, None, None, SAT, USER, "参训教师满意度", "≥90%"),
        (None, "乡村教师交流轮岗", wan(200), OUT, NUM, "交流轮岗教师人数", "≥180人"),
        (None, None, None, EFF, SUS, "城乡教师交流轮岗机制", "健全"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    total(s, "合计", wan(2440))
    note(s, "注：活动金额为项目支出；基本支出6210.00万元用于人员和公用支出，不分解到活动。", 7)
    sign(s, "单位负责人：欧阳立", None, "财务负责人：许静怡", None, "填表人：蒋文涛")
    return b


@variant("pz04-county-culture-flat-activities", (3, 12), "department (文旅局), flat duty │ "
         "activity │ amount │ indicator │ value list: the activities do not add to 合计, a "
         "完成率 given as a count")  # fmt: skip
def pz04() -> Book:
    b, s = book("Sheet1", (16, 18, 14, 28, 16))
    s.title("沐溪县文化广电和旅游局2026年部门整体支出绩效目标表", 5)
    s.row("部门（单位）名称", "沐溪县文化广电和旅游局", None, "预算年度", "2026年",
          merge=[(2, 3)])  # fmt: skip
    budget(s, [money(1360), money(820), money(540)], heads=("资金总额", "基本支出", "项目支出"))
    s.row("部门职能概述", "负责全县公共文化服务、文物保护、非物质文化遗产保护传承和旅游产业"
          "发展的统筹协调。", merge=[(2, 5)])  # fmt: skip
    table(s, FIVE, [
        ("繁荣公共文化服务", "送戏下乡惠民演出", money(120), "送戏下乡演出场次", "≥120场"),
        (None, None, None, "送戏下乡计划完成率",
         mk("120场", "T105", "error", note="a 完成率 needs a percentage")),
        (None, None, None, "惠及群众人次", "≥36000人次"),
        (None, None, None, "群众观演满意度", "≥90%"),
        (None, "农家书屋出版物更新", money(85), "更新出版物册数", "≥17000册"),
        (None, None, None, "农家书屋正常开放率", "≥95%"),
        ("加强文物保护利用", "不可移动文物保护修缮", money(210), "修缮文物保护单位数量",
         "≥4处"),
        (None, None, None, "修缮工程验收合格率", "=100%"),
        (None, None, None, "文物安全事故发生起数", "=0起"),
        ("推动文旅融合发展", "乡村旅游宣传推介", money(95), "举办旅游推介活动次数", "≥5次"),
        (None, None, None, "接待游客人次增长率", "≥8%"),
        (None, "非遗传承保护", money(60), "扶持非遗代表性传承人人数", "≥30人"),
        (None, None, None, "非遗展演活动场次", "≥12场"),
    ], merged=(1, 2, 3))  # fmt: skip
    total(s, "合计", mk(money(540), "B102", "error", alt=("B101",),
                        note="120 + 85 + 210 + 95 + 60 = 570, not 540"))  # fmt: skip
    note(s, "说明：活动金额为项目支出安排数，基本支出不分解到活动。", 5)
    sign(s, "填报人：龙晓岚", None, "联系电话：0736-4418027")
    return b


@variant("pz05-city-culture-subtotals", (3, 4, 12), "department (文旅局), flat duty │ "
         "activity │ amount │ indicator │ value │ unit, 小计 per duty and 合计 = 项目支出, 0起, a "
         "subsidy standard × people within its activity (correct)")  # fmt: skip
def pz05() -> Book:
    b, s = book("表3", (16, 18, 14, 28, 12, 10))
    s.title("青枫市文化广电旅游局2026年部门整体支出绩效目标表", 6)
    s.row("单位名称", "青枫市文化广电旅游局", None, "填报日期", "2025年12月8日", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    budget(s, [wan(5630), wan(5480), wan(150), wan(3710), wan(1920)])
    s.row(*FIVE, "计量单位")
    for rows, subtotal in [
        ([("公共文化服务体系建设", "公共文化场馆免费开放", wan(640), "免费开放场馆数", "≥6", "个"),
          (None, None, None, "场馆年接待读者观众人次", "≥120", "万人次"),
          (None, None, None, "场馆安全事故发生起数", "=0", "起"),
          (None, "群众文化活动", wan(260), "举办群众文化活动场次", "≥150", "场"),
          (None, None, None, "群众文化活动参与满意度", "≥90", "%")], 900),
        ([("文物和非遗保护", "文物保护单位维修", wan(520), "维修文物保护单位数量", "≥3", "处"),
          (None, None, None, "文物安全巡查覆盖率", "=100", "%"),
          (None, "非遗代表性传承人补助", wan(24), "补助传承人人数", "≥40", "人"),
          (None, None, None, "传承人补助标准", "≤5000", "元/人·年")], 544),
        ([("文旅市场监管与推广", "文化市场综合执法", wan(180), "开展执法检查次数", "≥600", "次"),
          (None, None, None, "执法案件办结率", "≥98", "%"),
          (None, "文旅宣传推广", wan(296), "开展城市文旅宣传推介活动", "≥8", "次"),
          (None, None, None, "接待游客人次增长率", "≥6", "%"),
          (None, None, None, "游客满意度", "≥90", "%")], 476),
    ]:  # fmt: skip
        s.table(rows, merged=(1, 2, 3))
        total(s, "小计", wan(subtotal))
    total(s, "合计", wan(1920))
    note(s, "注：本表活动金额合计为项目支出，单位为万元。", 6)
    return b


@variant("pz12-township-subsidy-over", (12,), "department (乡镇政府), duty │ activity │ "
         "amount │ tiers │ value: a subsidy standard × old people above its activity, a "
         "deadline in the next year")  # fmt: skip
def pz12() -> Book:
    b, s = book("Sheet1", WIDE)
    s.title("云梧县白鹭乡人民政府2026年度部门整体支出绩效目标表", 7)
    s.row("单位名称", "云梧县白鹭乡人民政府", None, "填报日期", "2025年11月28日",
          merge=[(2, 3)])  # fmt: skip
    budget(s, [wan(986), wan(952), wan(34), wan(712), wan(274)])
    table(s, DUTY, [
        ("社会事务管理", "高龄老人生活补贴发放", wan(18), OUT, NUM, "享受补贴高龄老人人数",
         "≥260人"),
        (None, None, None, None, TIME, "补贴发放完成时间",
         mk("2027年1月15日前", "Y102", "error", row=True, note="a 2026 table")),
        (None, None, None, COST, ECON, "高龄老人补贴标准",
         mk("≤800元/人", "B107", "warning", row=True, note="800 × 260 = 20.8万 > 18万")),
        (None, None, None, SAT, USER, "受助老人满意度", "≥90%"),
        (None, "村级公益设施维护", wan(96), OUT, NUM, "维修村组道路里程", "≥12公里"),
        (None, None, None, None, QUA, "维修工程验收合格率", "=100%"),
        (None, None, None, COST, ECON, "道路维修单位成本", "≤6万元/公里"),
        (None, None, None, EFF, SOC, "群众出行条件", "有效改善"),
        ("农业农村发展", "基层农技推广", wan(40), OUT, NUM, "开展农技培训场次", "≥16场"),
        (None, None, None, None, None, "培训农户人次", "≥800人次"),
        (None, None, None, EFF, GAIN, "主要农作物良种覆盖率", "≥95%"),
        ("平安乡村建设", "矛盾纠纷排查化解", wan(120), OUT, NUM, "矛盾纠纷排查次数", "≥48次"),
        (None, None, None, None, QUA, "矛盾纠纷调解成功率", "≥95%"),
        (None, None, None, EFF, SOC, "重大群体性事件发生起数", "=0起"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    total(s, "合计", wan(274))
    sign(s, "乡长：向明辉", None, "分管领导：田秋月", None, "经办人：石佳", "0743-3825017")
    return b


@variant("pz14-city-tourism-wrong-parent", (11, 12), "department (文旅局), duty │ activity │ "
         "amount │ tiers │ value │ unit: a 社会效益指标 block under 产出指标, =92 on a "
         "satisfaction")  # fmt: skip
def pz14() -> Book:
    b, s = book("绩效目标", WIDE)
    s.title("檀州市文化广电旅游局2026年部门整体支出绩效目标表", 8)
    s.row("部门名称", "檀州市文化广电旅游局", None, "部门编码", "208001", merge=[(2, 3)])
    budget(s, [wan(7420), wan(7020), wan(400), wan(4380), wan(3040)])
    table(s, (*DUTY, "计量单位"), [
        ("促进文旅产业发展", "全域旅游宣传推广", wan(1200), OUT, NUM, "开展文旅宣传推介活动",
         "≥12", "次"),
        (None, None, None, None, None, "新增A级旅游景区", "≥2", "个"),
        (None, None, None, None, QUA, "旅游景区安全检查覆盖率", "=100", "%"),
        (None, None, None, None, mk(SOC, "F105", "error", note="under 产出指标"),
         "城市文旅品牌知名度", "持续提升", None),
        (None, None, None, SAT, USER, "游客满意度",
         mk("=92", "T107", "warning", row=True, alt=("T108",)), "%"),
        ("提供公共文化服务", "文化惠民工程", wan(980), OUT, NUM, "送戏下乡演出场次", "≥200",
         "场"),
        (None, None, None, None, None, "公益电影放映场次", "≥2400", "场"),
        (None, None, None, None, TIME, "惠民演出完成时间", "2026年11月30日前", None),
        (None, None, None, COST, ECON, "公益电影单场放映补助", "≤200", "元/场"),
        (None, None, None, EFF, SOC, "惠及群众人次", "≥50", "万人次"),
        (None, "博物馆免费开放", wan(560), OUT, NUM, "博物馆年接待观众人次", "≥80", "万人次"),
        (None, None, None, None, QUA, "馆藏文物完好率", "≥99", "%"),
        (None, None, None, EFF, SUS, "博物馆免费开放运行机制", "健全", None),
        (None, None, None, SAT, USER, "观众满意度", "≥90", "%"),
        ("保护文化遗产", "文物保护修缮", wan(300), OUT, NUM, "文物保护单位修缮数量", "≥3",
         "处"),
        (None, None, None, None, QUA, "修缮工程验收合格率", "=100", "%"),
        (None, None, None, EFF, SOC, "文物安全事故发生起数", "=0", "起"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    total(s, "合计", wan(3040))
    return b


@variant("pz17-town-duty-points", (3, 10, 12), "department (乡镇政府), duty │ duty points │ "
         "activity │ amount │ indicator │ value │ points: duty points and indicator points "
         "each add to 100, a 管护 standard × 亩 within its activity (correct)")  # fmt: skip
def pz17() -> Book:
    b, s = book("Sheet1", (16, 8, 18, 12, 26, 12, 8))
    s.title("沐溪县石埠镇人民政府2026年部门整体支出绩效目标表", 7)
    s.row("单位名称", "沐溪县石埠镇人民政府", None, None, "联系电话", "0736-4460912",
          merge=[(2, 4), (6, 7)])  # fmt: skip
    budget(s, [wan(1142), wan(1080), wan(62), wan(806), wan(336)])
    head = ("部门职责", "职责分值", "工作活动", "活动金额（万元）", "绩效指标", "指标值", "分值")
    table(s, head, [
        ("农业农村发展", 40, "高标准农田管护", wan(86), "管护高标准农田面积", "≥5200亩", 10),
        (None, None, None, None, "农田管护单位成本", "≤150元/亩", 10),
        (None, None, "农村人居环境整治", wan(110), "生活垃圾清运量", "≥2600吨", 5),
        (None, None, None, None, "农村卫生厕所普及率", "≥90%", 10),
        (None, None, None, None, "村民对人居环境满意度", "≥90%", 5),
        ("社会事业与民生保障", 35, "困难群众临时救助", wan(40), "临时救助人次", "≥320人次",
         10),
        (None, None, None, None, "救助资金发放及时率", "≥98%", 10),
        (None, None, "群众文体活动", wan(20), "举办群众文体活动场次", "≥24场", 10),
        (None, None, None, None, "参与群众满意度", "≥90%", 5),
        ("平安建设与应急管理", 25, "安全生产和防灾减灾", wan(80), "安全隐患整改率", "≥95%",
         10),
        (None, None, None, None, "较大以上安全事故起数", "=0起", 10),
        (None, None, None, None, "应急演练次数", "≥4次", 5),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    s.row("合计", 100, None, wan(336), None, None, 100)
    note(s, "注：职责分值为该职责下各指标分值之和，全表按100分计。", 7)
    sign(s, "镇长：彭远航", None, "财务负责人：覃丽", None, "填表人：杨洋")
    return b
