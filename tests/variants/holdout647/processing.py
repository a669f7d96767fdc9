"""Returns gg07–gg12: 中药材初加工 (operator columns, points, a second sheet, an export)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout647.common import HEAD4, HEAD5, indicators, multi_year, new, one_year, w
from tests.variants.holdout647.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
POINTS = ("一级指标", "二级指标", "三级指标", "预期实现值", "分值")


@variant("gg07-dangshen-dryers", (1, 11),
         "project, OLD-NAT, operators in words in a 指标性质 column, unit column, typed "
         "percent cells, 反向 rates with 小于等于, 0起 on an incident count, =100% at the "
         "ceiling (correct)")  # fmt: skip
def gg07() -> Book:
    b, s = new()
    project_head(s, year=2025, name="鹤原县党参产地初加工能力提升项目",
                 dept="鹤原县农业农村局（306）", unit="鹤原县中药材产业发展服务中心",
                 money=one_year(w(150), w(130), w(20)),
                 goals=["为5个党参专业合作社购置热泵烘干设备5台，年初加工党参1500吨，产品含水率"
                        "控制在13%以内，全面停用硫磺熏蒸。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "热泵烘干设备购置数量", "大于等于", 5, "台"),
        (None, None, "党参初加工量", "大于等于", 1500, "吨"),
        (None, "质量指标", "初加工产品合格率", "大于等于", pct(0.95), "%"),
        (None, None, "产品含水率", "小于等于", pct(0.13), "%"),
        (None, "时效指标", "设备安装调试完成时间", "小于等于", day(2025, 9, 30), None),
        (None, "成本指标", "烘干设备购置单价", "小于等于", 18, "万元/台"),
        ("效益指标", "经济效益指标", "党参初加工增值", "大于等于", 600, "元/吨"),
        (None, "社会效益指标", "初加工安全生产事故", "小于等于", 0, "起"),
        (None, "生态效益指标", "清洁能源烘干占比", "等于", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("gg08-huangqi-slicing", (11,),
         "project, OLD-NAT, one value column: a 反向 rate with ≥, a unit cost × count above the "
         "project money")  # fmt: skip
def gg08() -> Book:
    b, s = new()
    project_head(s, year=2025, name="雾溪县黄芪切片初加工项目",
                 dept="雾溪县农业农村局（412）", unit="雾溪县黄芪产业协会",
                 money=one_year(w(150), w(120), w(30)),
                 goals=["新建标准化烘干房和切片车间，年切片加工黄芪800吨，"
                        "提高产地加工品质。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "标准化烘干房新建数量", "≥8座"),
        (None, None, "黄芪切片加工量", "≥800吨"),
        (None, "质量指标", "切片厚度不合格率",
         mk("≥3%", "T108", "warning", row=True, note="a 反向 rate given with ≥")),
        (None, "时效指标", "烘干房建成投用时间", "2025年8月31日前"),
        (None, "成本指标", "烘干房建设单价",
         mk("≤25万元/座", "B107", "warning", row=True,
            note="8座 × 25万元 = 200万元, above the 150万元 project")),
        ("效益指标", "经济效益指标", "切片黄芪增值", "≥2000元/吨"),
        (None, "社会效益指标", "带动务工人数", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gg09-grading-second-sheet", (7, 10),
         "project: head on a first sheet, indicators on a second sheet under 预期实现值, "
         "tier points and indicator points both adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def gg09() -> Book:
    b, s = new("项目基本信息")
    project_head(s, year=2025, name="岭阳县中药材初加工标准化示范项目",
                 dept="岭阳县农业农村局（217）", unit="岭阳县中药材产业发展中心",
                 money=one_year(w(100), w(85), w(15)),
                 goals=["建成黄芪初加工标准化示范线2条，年加工黄芪800吨，"
                        "一级品率提高5个百分点。"])  # fmt: skip
    t = b.sheet("绩效指标", (18, 16, 30, 20, 8))
    t.title("2025年度项目绩效指标", 5)
    indicators(t, POINTS, [
        ("产出指标（50分）", "数量指标", "初加工示范线建成数量", "≥2条", 10),
        (None, None, "示范线黄芪加工量", "≥800吨", 15),
        (None, "质量指标", "一级品率", "提高≥5百分点", 10),
        (None, None, "产品检测合格率", "≥98%", 10),
        (None, "时效指标", "示范线建成时间", "2025年10月31日前", 5),
        ("成本指标（10分）", "经济成本指标", "示范线建设补助标准", "≤40万元/条", 10),
        ("效益指标（30分）", "经济效益指标", "加工户户均增收", "≥1200元", 10),
        (None, "社会效益指标", "带动加工户数", "≥300户", 10),
        (None, "可持续影响指标", "制定初加工技术规程", "≥2项", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "加工企业满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("gg10-center-points-wrong", (5, 10),
         "project, NAT-2021, tier points in the labels and an indicator 分值 column: two tiers "
         "whose indicator points do not add to the tier's, a quality rate under 时效")  # fmt: skip
def gg10() -> Book:
    b, s = new()
    project_head(s, year=2025, name="鹤原县道地药材产地初加工中心项目",
                 dept="鹤原县农业农村局（306）", unit="鹤原县中药材产业发展服务中心",
                 money=one_year(w(200), w(180), w(20)),
                 goals=["建成产地初加工中心1个，年加工党参、黄芪2000吨。"])  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标（50分）", "数量指标", "初加工中心建成数量", "≥1个", 10),
        (None, None, "党参、黄芪初加工量", "≥2000吨", 15),
        (None, "质量指标", "产品含水率达标率", "≥95%", 10),
        (None, "时效指标", mk("烘干产品合格率", "F201", "warning", row=True,
                               note="a quality rate under 时效指标"), "≥95%", 5),
        (None, None, "中心建成投用时间", "2025年10月31日前", 10),
        ("二、成本指标（10分）", "经济成本指标", "吨均加工成本", "≤600元/吨", 10),
        (mk("三、效益指标（30分）", "W103", "error", note="15 + 10 + 10 = 35, not 30"),
         "经济效益指标", "药材加工增值", "≥300万元", 15),
        (None, "社会效益指标", "带动就业人数", "≥80人", 10),
        (None, "可持续影响指标", "建立加工质量追溯制度", "≥1项", 10),
        (mk("四、满意度指标（10分）", "W103", "error", note="5, not 10"),
         "服务对象满意度指标", "种植户满意度", "≥90%", 5),
    ])  # fmt: skip
    return b


@variant("gg11-storage-center-two-years", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the period's count of centres above "
         "the 中期目标's, a completion date after the period ends")  # fmt: skip
def gg11() -> Book:
    b, s = new()
    project_head(s, year=2025, years=2, name="岭阳县中药材初加工与仓储中心建设项目",
                 dept="岭阳县农业农村局（217）", unit="岭阳县中药材产业发展中心", attr="新增项目",
                 money=multi_year((w(500), w(420), w(80)), (w(260), w(220), w(40))),
                 goals=[ok("两年建成产地初加工中心2个、标准化仓库1座，年初加工能力3000吨。",
                           "warning", note="the goal side of the D104"),
                        "2025年建成初加工中心1个，完成仓库主体工程。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "产地初加工中心建成数量",
         mk("≥3个", "D104", "warning", row=True, note="中期目标 says 2 centres"), "≥1个"),
        (None, None, "标准化仓库建成数量", "≥1座", "主体完工1座"),
        (None, "质量指标", "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "仓储中心竣工验收时间",
         mk("2027年6月30日前", "Y102", "error", row=True, alt=("Y103",),
            note="after the 2025—2026 project period"), "2025年12月31日前"),
        ("成本指标", "经济成本指标", "初加工中心建设成本", "≤150万元/个", "≤150万元/个"),
        ("效益指标", "经济效益指标", "药材加工增值", "≥400万元", "≥150万元"),
        (None, "社会效益指标", "带动就业人数", "≥120人", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "入驻经营主体满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gg12-budget-system-export", (7, 9),
         "budget-system export: sheets 05-1 (money by project code) and 05-2 (indicators, "
         "header on the third row, codes in the first columns, operator and unit columns, "
         "=100% kept as text at the ceiling) (correct)")  # fmt: skip
def gg12() -> Book:
    b, s = new("部门项目支出预算05-1", (14, 20, 30, 14, 14, 14, 40))
    code, name = "217003-25-0012", "道地药材产地初加工补助"
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("项目编码", "单位名称", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(code, "岭阳县中药材产业发展中心", name, w(90), w(90), w(0),
          "补助党参、黄芪产地初加工户150户，年加工量不少于1200吨。")  # fmt: skip
    s.row("合计", None, None, w(90), w(90), w(0), None)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 14, 16, 28, 10, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：岭阳县中药材产业发展中心")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "计量单位")  # fmt: skip
    for line in [
        ("产出指标", "数量指标", "补助初加工户数", "≥", 150, "户"),
        ("产出指标", "数量指标", "补助户初加工量", "≥", 1200, "吨"),
        ("产出指标", "质量指标", "补助资金兑付准确率", "=", "=100%", None),
        ("产出指标", "时效指标", "补助资金兑付完成时间", "≤", day(2025, 11, 30), None),
        ("成本指标", "经济成本指标", "户均补助标准", "≤", 6000, "元/户"),
        ("效益指标", "经济效益指标", "补助户户均增收", "≥", 3000, "元"),
        ("满意度指标", "服务对象满意度指标", "补助户满意度", "≥", pct(0.9), "%"),
    ]:
        t.row(code, name, *line)
    return b
