"""Department returns, flat lists and late or second-sheet tables of sand-control and Gobi
restoration units: xb13 to xb18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout408.common import NAT, indicators, note, one_year, sign, start, wan
from tests.variants.holdout408.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

SHARE = "0.00%"


@variant("xb13-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), typed percent cells, weights add to 100 "
         "(correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = start()
    goal = "完成防沙治沙造林1.5万亩，管护沙区植被32万亩，植被盖度提高2个百分点。"
    department_head(s, year=2025, dept="苍碛县治沙站",
                    budget=[(wan(560), wan(520), wan(40), wan(210), wan(350))],
                    tasks=[("防沙治沙造林", "流动沙地人工造林1.5万亩", wan(220), "成活率≥85%"),
                           ("沙区植被管护", "管护沙区天然植被32万亩", wan(130), "管护全覆盖"),
                           ("金额合计", None, wan(350), None)],
                    goal=goal)  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("年度防沙治沙造林面积", 20, "亩", "≥", 15000),
        ("沙区植被管护面积", 15, "万亩", "≥", 32),
        ("造林成活率", 15, "%", "≥", pct(0.85)),
        ("管护巡查覆盖率", 10, "%", "≥", pct(0.95)),
        ("沙区林草火灾发生起数", 10, "起", "≤", 0),
        ("沙区植被盖度提高", 10, "百分点", "≥", 2),
        ("每亩造林成本", 10, "元/亩", "≤", 140),
        ("沙区群众满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("xb14-flat-defects", (3, 11), "department, flat list (指标名称 · 指标值 · "
         "指标性质 as direction · 计量单位 · 权重): a unit conflict, ≤ on a 正向 rate, "
         "weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="驼泉镇防风固沙林场",
        budget=[(wan(430), wan(400), wan(30), wan(260), wan(170))],
        goal="新植防风林带1200亩，管护林带2.6万亩，林带苗木成活率不低于85%。",
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("防风林带新植面积", mk("≥12万元", "T112", "error", note="万元 against 亩"), "正向",
         "亩", 20),
        ("林带苗木成活率", mk("≤85%", "T108", "warning", row=True, note="正向 rate with ≤"),
         "正向", "%", 15),
        ("林木病虫害成灾率", "≤5%", "反向", "%", 10),
        ("林带管护面积", "≥2.6万亩", "正向", "万亩", 15),
        ("每亩林带管护成本", "≤60元/亩", "反向", "元/亩", 15),
        ("护林员巡护到岗率", "≥95%", "正向", "%", 10),
        ("周边农牧民满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+10+15+15+10+10 = 95, not 100")
    return b


@variant("xb15-department-money", (12, 4), "department, NAT-2021: budget with shares, key "
         "tasks adding to 金额合计, a footnote on it, 0起 on a fire count (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = start()
    shares = (pct(1, SHARE), pct(0.9302, SHARE), pct(0.0698, SHARE), pct(0.3953, SHARE),
              pct(0.6047, SHARE))  # fmt: skip
    goal = "修复戈壁1万亩，新建防风固沙林带15公里，完善沙化土地监测网络。"
    department_head(s, year=2025, dept="赭岭市防沙治沙和生态修复中心",
                    budget=[(wan(860), wan(800), wan(60), wan(340), wan(520)), shares],
                    tasks=[("戈壁生态修复工程", "修复砾石戈壁1万亩", wan(300), "验收合格"),
                           ("防风固沙林带建设", "新建林带15公里", wan(160), "成活率≥85%"),
                           ("沙化土地监测", "布设监测点位40个", wan(60), "按季上报"),
                           ("金额合计", None, wan(520), None)],
                    goal=goal)  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "戈壁生态修复面积", "≥1万亩"),
        (None, None, "新建防风固沙林带", "≥15公里"),
        (None, None, "沙化土地监测点位", "≥40个"),
        (None, "质量指标", "修复工程验收合格率", "≥95%"),
        (None, "时效指标", "年度任务完成及时率", "≥95%"),
        ("成本指标", "经济成本指标", "每亩戈壁修复成本", "≤280元/亩"),
        (None, None, "每公里林带建设成本", "≤10万元/公里"),
        ("效益指标", "生态效益指标", "林草植被盖度提高", "≥2百分点"),
        (None, "社会效益指标", "沙区林草火灾发生起数", "0起"),
        ("满意度指标", "服务对象满意度指标", "沙区群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：年度主要任务金额合计520万元即项目支出，不含基本支出340万元。")
    sign(s, "马振川", "0949-5206713", day(2024, 11, 20, CN_DATE))
    return b


@variant("xb16-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, key tasks not adding to 金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = start()
    total = mk(wan(620), "B101", "error", note="基本支出 250 + 项目支出 390 = 640 ≠ 620")
    goal = "封育戈壁草原3万亩，补播改良退化草原1.5万亩，完成120个样地监测。"
    department_head(s, year=2025, dept="砾川旗戈壁草原保护站",
                    budget=[(total, wan(580), wan(40), wan(250), wan(390))],
                    tasks=[("戈壁草原围栏封育", "新建围栏60公里", wan(180), "封育3万亩"),
                           ("退化草原补播改良", "补播改良1.5万亩", wan(150), "出苗率≥80%"),
                           ("草原生态监测", "监测样地120个", wan(50), "按期完成"),
                           ("金额合计", None, mk(wan(390), "B102", "error",
                                                note="180 + 150 + 50 = 380 ≠ 390"), None)],
                    goal=goal)  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "戈壁草原封育面积", "≥3万亩"),
        (None, None, "退化草原补播改良面积", "≥1.5万亩"),
        (None, None, "草原生态监测样地", "≥120个"),
        (None, "质量指标", "补播出苗率", "≥80%"),
        (None, "时效指标", "补播完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "每亩补播改良成本", "≤100元/亩"),
        ("效益指标", "生态效益指标", "封育区草原综合植被盖度提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xb17-second-sheet", (4, 7), "project head on the first sheet, the indicator table on "
         "a second sheet under 预期实现值, a note row inside, the header repeated after a page "
         "break, 填表说明 and signature lines (correct)")  # fmt: skip
def second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="风垭乡沙区道路防风固沙林网项目", dept="苍碛县林业和草原局",
                 unit="风垭乡人民政府", money=one_year(150, 130, 20),
                 goals=["沿沙区道路营造防风固沙林网12公里，保障道路通行。"])  # fmt: skip
    sign(s, "韩雪岭", "0949-6630481", day(2024, 12, 6, CN_DATE))
    t = b.sheet("绩效指标", (16, 18, 30, 18, 20))
    t.title("项目绩效指标", 5)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值", "备注")
    indicators(t, head, [
        ("产出指标", "数量指标", "营造防风固沙林网长度", "≥12公里", None),
        (None, None, "栽植樟子松、沙枣等苗木", "≥3.6万株", None),
        (None, "质量指标", "林网苗木成活率", "≥85%", None),
        (None, "时效指标", "林网营造完成时间", "2025年10月31日前", None),
        (None, "成本指标", "每公里林网建设成本", "≤11万元/公里", "按上年同类单价测算"),
    ])  # fmt: skip
    note(t, "注：成本指标按林网长度测算，不含后期管护费用。", 5)
    t.skip()
    indicators(t, head, [
        ("效益指标", "生态效益指标", "道路沿线积沙量下降率", "≥40%", None),
        (None, "社会效益指标", "因风沙封闭道路天数", "≤5天", None),
        (None, "可持续影响指标", "林网管护年限", "≥3年", None),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%", None),
    ])  # fmt: skip
    note(t, "填表说明：1.指标值须写明比较符和计量单位；2.本表随预算一并报送。", 5)
    t.row("单位负责人", "杜文斌", "经办人", "韩雪岭")
    return b


@variant("xb18-header-template", (6, 7, 13), "project, OLD-NAT, headers 指标内容 and 绩效标准: "
         "a tier-2 left from the template with no indicator, a value without a name")  # fmt: skip
def header_template() -> Book:
    b, s = start()
    project_head(s, year=2025, name="赭岭市戈壁砾石滩地生态廊道建设项目",
                 dept="赭岭市林业和草原局", unit="赭岭市城郊林场", money=one_year(275, 250, 25),
                 goals=["建设戈壁砾石滩地生态廊道6公里，栽植耐旱乡土树种2.4万株。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "生态廊道绿化长度", "≥6公里"),
        (None, None, "栽植耐旱乡土树种", "≥2.4万株"),
        (None, "质量指标", "苗木成活率", "≥85%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        (None, "成本指标", "每公里廊道建设成本", "≤40万元/公里"),
        ("效益指标", "生态效益指标", "廊道区域植被盖度提高", "≥3百分点"),
        (None, None, mk(None, "F110", "error", note="a value with no name"), "≥1500亩"),
        (None, "可持续影响指标", "廊道管护年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    return b
