"""Returns eh07–eh12: the distillery's cellars (窖池) and its distillers' grains (酒糟)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout596.common import (
    COUNTY,
    details,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
)
from tests.variants.holdout596.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
CELLAR = "曲垣镇白酒产业园管理委员会"


@variant("eh07-cellar-points", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）, （一）数量指标) and an indicator 分值 column adding to the same "
         "100, a rise in 百分点 (correct)")  # fmt: skip
def cellar_points() -> Book:
    b, s = start()
    project_head(s, year=2025, name="曲垣镇百年老窖池保护修复项目",
                 dept=f"{COUNTY}文化和旅游局 215", unit=CELLAR, money=one_year(180, 150, 30),
                 goals=["2025年修复百年以上老窖池120口，补充培养窖泥80吨，"
                        "提高优级基酒产出比例。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "修复百年以上老窖池", "≥120口", 10),
        (None, None, "补充培养窖泥", "≥80吨", 10),
        (None, "（二）质量指标", "修复窖池验收合格率", "≥95%", 10),
        (None, "（三）时效指标", "修复工程完工时间", "2025年11月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "单口窖池修复成本", "≤1.2万元/口", 10),
        (None, "（二）生态环境成本指标", "修复产生窖泥废料外运量", "≤50吨", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "优级基酒产出比例", "提高≥3百分点", 10),
        (None, "（二）社会效益指标", "老窖池文化参观接待人次", "≥2万人次", 10),
        (None, "（三）可持续影响指标", "老窖池养护管理制度", "建立并执行", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "酿酒企业满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：一级指标分值为其下三级指标分值之和，合计100分。", 5)
    sign(s, "蒲见山", "0838-6173102")
    return b


@variant("eh08-cellar-three-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "the period goal's count against the indicator, a year's count above the period's, a "
         "cumulative area copied into 年度")  # fmt: skip
def cellar_three_year() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="白酒产业园窖池群扩建项目",
                 dept=f"{COUNTY}经济和信息化局 211", unit=CELLAR,
                 money=multi_year((1500, 1200, 300), (600, 480, 120)),
                 goals=["新建和改造窖池900口，建成窖泥培养房，新增基酒产能1500吨。",
                        "完成一期土建，新建和改造窖池300口，开工建设窖泥培养房。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建及改造窖池数量",
         mk("≥600口", "D104", "warning", row=True, note="中期目标写新建和改造窖池900口"), "≥300口"),
        (None, None, "窖泥培养房建设面积", "≥3000平方米",
         mk("≥3000平方米", "D202", "warning",
            note="三年期项目，年度目标只是开工建设，年度值与中期相同：照抄中期")),
        (None, None, "酿酒工人技能培训人次", "≥600人次",
         mk("≥800人次", "D201", "error", note="年度800人次超过实施期600人次")),
        (None, "质量指标", "窖池验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度建设任务完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单口窖池建设成本", "≤1.5万元/口", "≤1.5万元/口"),
        ("效益指标", "经济效益指标", "新增基酒产能", "≥1500吨", "≥600吨"),
        (None, "社会效益指标", "新增就业岗位", "≥120个", "≥50个"),
        ("满意度指标", "服务对象满意度指标", "入园酒企满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁望舒", "0838-6173117")
    return b


@variant("eh09-cellar-monitor-headers", (7, 4), "project, OLD-NAT, two-row header 指标内容 · "
         "绩效标准 (目标值 · 计量单位), a 注 row inside the table, 填表说明, signature and a "
         "fill date in the year before (correct)")  # fmt: skip
def cellar_monitor_headers() -> Book:
    b, s = start()
    project_head(s, year=2025, name="白酒产业园窖池安全监测项目", dept=f"{COUNTY}应急管理局 219",
                 unit=CELLAR, money=one_year(65, 50, 15),
                 goals=["2025年为产业园窖池群安装温湿度和二氧化碳监测点240个，6月底前监测平台"
                        "上线，全年窖池安全事故为零。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "目标值", "计量单位", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "安装窖池监测点", "≥240", "个", "每两口窖池一个"),
        (None, None, "窖池安全巡检次数", "≥52", "次", None),
        (None, "质量指标", "监测数据有效率", "≥98", "%", None),
        (None, "时效指标", "监测平台上线时间", "2025年6月30日前", None, None),
        (None, "成本指标", "单个监测点安装成本", "≤1800", "元/个", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：监测点含温湿度和二氧化碳传感器各一套。")
    s.table([
        ("效益指标", "社会效益指标", "窖池安全事故发生次数", "0", "起", None),
        (None, "可持续影响指标", "监测数据保存年限", "≥5", "年", None),
        ("满意度指标", "服务对象满意度指标", "入园酒企满意度", "≥90", "%", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.指标值为数值的，计量单位填在计量单位栏；2.备注栏可填测算依据。")
    sign(s, "汪立秋", "0838-6173125", filled=day(2024, 12, 18))
    return b


@variant("eh10-grains-second-sheet", (7,), "project: head and detail lines on the first sheet, "
         "the indicator table on a second sheet under 预期实现值: a rate given as a tonnage, a "
         "quality rate under 时效, a haulage price beyond its money")  # fmt: skip
def grains_second_sheet() -> Book:
    b, s = start("项目申报表")
    project_head(s, year=2025, name="酒糟蚯蚓堆肥综合利用项目", dept=f"{COUNTY}农业农村局 208",
                 unit=f"{COUNTY}农业生态环境保护站", money=one_year(160, 130, 30),
                 goals=["2025年收运曲垣镇酒厂鲜酒糟2万吨，改造蚯蚓堆肥场1处，生产蚓粪有机肥"
                        "8000吨，酒糟不再露天堆放。"])  # fmt: skip
    s.skip()
    details(s, [("酒糟收运", money(90, WAN), "2万吨"),
                ("堆肥场地改造", money(50, WAN), "堆肥槽及遮雨棚"),
                ("菌剂及蚯蚓种苗", money(20, WAN), "种苗40吨")], money(160, WAN))  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "鲜酒糟收运量", "≥2万吨"),
        (None, None, "蚓粪有机肥产量", "≥8000吨"),
        (None, None, "酒糟综合利用率",
         mk("2万吨", "T105", "error", note="利用率给的是吨数，不是百分比")),
        (None, "质量指标", "有机肥养分达标率", "≥95%"),
        (None, "时效指标", "堆肥场改造完工时间", "2025年5月31日前"),
        (None, None, "有机肥重金属检测合格率",
         mk("≥98%", "F201", "warning", row=True, note="合格率是质量指标，填在时效指标下")),
        (None, "成本指标", "鲜酒糟收运单价",
         mk("≤60元/吨", "B107", "warning", row=True,
            note="60元/吨×2万吨=120万元，超过酒糟收运资金90万元")),
        ("效益指标", "生态效益指标", "减少酒糟露天堆放量", "≥2万吨"),
        (None, "社会效益指标", "带动就业人数", "≥20人"),
        ("满意度指标", "服务对象满意度指标", "酒企和种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


EXPORT_COLS = ("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
               "指标值", "度量单位")  # fmt: skip
MICROBE = ("312001", "51302525T000004417", "窖池微生物菌群监测项目")
MUD = ("312001", "51302525T000004418", "窖泥培养技术推广项目")


@variant("eh11-cellar-export", (2, 7), "budget-system export: sheets 05-1 (money) and 05-2 "
         "(indicators), header on the third row, unit and project codes in the first columns, "
         "two projects one under the other, tiers repeated in every row (correct)")  # fmt: skip
def cellar_export() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 24, 22, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("部门：砾源县酿造产业发展中心", None, None, None, None, None, "单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    for code, money_ in ((MICROBE, (48, 40, 8)), (MUD, (30, 25, 5))):
        s.row(code[0], "砾源县酿造产业发展中心", code[1], code[2],
              *(money(v) for v in money_))  # fmt: skip
    s.row("合计", None, None, None, money(78), money(65), money(13))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 22, 24, 12, 18, 28, 10, 10, 10))
    t.title("2025年部门项目支出绩效目标表", 9)
    t.row("部门：砾源县酿造产业发展中心", merge=[(1, 9)])
    t.row(*EXPORT_COLS)
    for code, rows in ((MICROBE, [
        ("产出指标", "数量指标", "窖池微生物采样窖数", "≥", 80, "口"),
        ("产出指标", "数量指标", "菌群测序样本数", "≥", 480, "个"),
        ("产出指标", "质量指标", "检测报告合格率", "≥", 95, "%"),
        ("产出指标", "时效指标", "检测报告出具时间", "≤", 15, "工作日"),
        ("成本指标", "经济成本指标", "单个样本测序成本", "≤", 800, "元/个"),
        ("效益指标", "社会效益指标", "向酒企提供窖池养护建议", "≥", 20, "份"),
        ("满意度指标", "服务对象满意度指标", "酿酒企业满意度", "≥", 90, "%"),
    ]), (MUD, [
        ("产出指标", "数量指标", "窖泥培养推广酒企数", "≥", 12, "家"),
        ("产出指标", "数量指标", "窖泥培养推广量", "≥", 150, "吨"),
        ("产出指标", "质量指标", "窖泥质量达标率", "≥", 95, "%"),
        ("成本指标", "经济成本指标", "每吨窖泥培养成本", "≤", 1500, "元/吨"),
        ("效益指标", "社会效益指标", "窖池老化退化发生率", "≤", 5, "%"),
        ("满意度指标", "服务对象满意度指标", "酿酒企业满意度", "≥", 90, "%"),
    ])):  # fmt: skip
        for r in rows:
            t.row(*code, *r)
    return b


@variant("eh12-liquor-service-weights", (10, 12), "department, NAT-2021, budget with a "
         "share row, weight column: a share that does not match its amount, weights adding "
         "to 95")  # fmt: skip
def liquor_service_weights() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=f"{COUNTY}白酒产业发展服务中心", budget=[
        (money(600, WAN), money(540, WAN), money(60, WAN), money(380, WAN), money(220, WAN)),
        (pct(1), pct(0.9), pct(0.1),
         mk(pct(0.58), "B111", "error", note="基本支出380÷资金总额600=63%，不是58%"), pct(0.37)),
    ], goal="开展白酒质量抽检200批次，培训酿酒技能人员500人次，服务白酒产业提质增效。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), [
        ("产出指标", "数量指标", "白酒质量抽检批次", "≥200批次", 15),
        (None, None, "酿酒技能培训人次", "≥500人次", 10),
        (None, "质量指标", "抽检样品检测合格率", "≥98%", 10),
        (None, "时效指标", "抽检结果公示时限", "≤10个工作日", 10),
        ("成本指标", "经济成本指标", "单批次抽检成本", "≤2000元/批次", 10),
        ("效益指标", "经济效益指标", "规上白酒企业产值增长率", "≥8%", 10),
        (None, "社会效益指标", "白酒质量安全事故发生次数", "0起", 10),
        (None, "可持续影响指标", "白酒产业服务档案", "建立并执行", 5),
        ("满意度指标", "服务对象满意度指标", "白酒企业满意度", "≥90%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计15+10+10+10+10+10+10+5+15=95，应为100")
    sign(s, "谭鹤年", "0838-6173148")
    return b
