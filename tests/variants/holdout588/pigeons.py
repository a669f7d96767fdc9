"""Meat pigeon (肉鸽) returns of the 588th held-out set: dz01–dz06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout588.common import (
    TIERS,
    book,
    cn,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    single,
)
from tests.variants.holdout588.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok, pct


@variant("dz01-pigeon-percent-cells", (1, 12), "project, OLD-NAT, operator and unit columns, "
         "percent typed in Excel, money in 万元 number formats, goal sums its counts "
         "(correct)")  # fmt: skip
def pigeon_percent_cells() -> Book:
    b, s = book()
    project_head(s, year=2025, name="桂坪乡美国王鸽种源扩群项目", dept="苇川县农业农村局（318001）",
                 unit="苇川县桂坪乡鸽源肉鸽养殖专业合作社", money=one_year(86, 60, 26),
                 goals=["引进美国王鸽种鸽3000对（父母代2400对、祖代600对），新建标准化鸽舍6栋，"
                        "年出栏乳鸽9万羽以上，带动社员养殖户40户增收。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "引进父母代种鸽", "≥", 2400, "对"),
        (None, None, "引进祖代种鸽", "≥", 600, "对"),
        (None, None, "新建标准化鸽舍", "=", 6, "栋"),
        (None, None, "乳鸽年出栏量", "≥", 9, "万羽"),
        (None, "质量指标", "种鸽引进检疫合格率", "=", pct(1), "%"),
        (None, None, "种鸽引进后死亡率", "≤", pct(0.03), "%"),
        (None, "时效指标", "鸽舍建成投用时间", "≤", cn(2025, 9, 30), None),
        (None, "成本指标", "种鸽引进补助标准", "≤", 80, "元/对"),
        (None, None, "鸽舍建设补助标准", "≤", 6, "万元/栋"),
        ("效益指标", "经济效益指标", "社员养殖户户均增收", "≥", 0.8, "万元"),
        (None, "社会效益指标", "带动社员养殖户", "≥", 40, "户"),
        (None, "生态效益指标", "鸽粪无害化处理率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "种鸽场持续运营年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "社员养殖户满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "指标性质", "指标值", "计量单位"), rows)
    sign(s, "韦立川", "0779-6213458", cn(2024, 12, 6))
    return b


@variant("dz02-pigeon-goal-text", (5, 11), "project, NAT-2021, numbered tier labels, one value "
         "column: a count below the goal text, a completion date in the next year, ≥ on an "
         "incidence rate")  # fmt: skip
def pigeon_goal_text() -> Book:
    b, s = book()
    goal = ok("为社员养殖户升级自动喂料鸽舍45栋、配套清粪设备45套，乳鸽成活率达到92%以上，"
              "2025年10月底前全部完工。", "warning",
              note="the D104 finding may quote this text")  # fmt: skip
    project_head(
        s, year=2025, name="茶垭镇肉鸽社员鸽舍升级改造项目", dept="鸣泉县农业农村局（207）",
        unit="鸣泉县茶垭镇惠农肉鸽专业合作社", money=one_year(120, 100, 20), goals=[goal],
    )  # fmt: skip
    rows = [
        ("一、成本指标", "（一）经济成本指标", "鸽舍升级补助标准", "≤2万元/栋"),
        ("二、产出指标", "（一）数量指标", "升级自动喂料鸽舍", mk(
            "≥40栋", "D104", "warning", row=True, note="年度目标写升级45栋，指标只写40栋")),
        (None, None, "配套清粪设备", "≥45套"),
        (None, "（二）质量指标", "鸽舍改造验收合格率", "≥95%"),
        (None, None, "乳鸽成活率", "≥92%"),
        (None, "（三）时效指标", "改造完工时间", mk(cn(2026, 10, 31), "Y102", "error",
            note="一年期项目（2025年），完工日期却在2026年；年度目标写2025年10月底前")),
        ("三、效益指标", "（一）经济效益指标", "社员养殖户户均增收", "≥0.6万元"),
        (None, "（二）社会效益指标", "带动社员养殖户", "≥45户"),
        (None, "（三）生态效益指标", "鸽舍氨气超标发生率", mk(
            "≥2%", "T108", "warning", row=True, note="发生率是反向指标，应为≤2%")),
        ("四、满意度指标", "（一）服务对象满意度指标", "社员养殖户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "指标值"), rows)
    sign(s, "黎晓芸", "0779-5520317", cn(2024, 11, 28))
    return b


@variant("dz03-pigeon-multiyear-copied", (8,), "three-year project 2025–2027, NAT-2021, 中期 and "
         "年度 columns: an annual count above its period count, a cumulative count copied, the "
         "年度目标 naming 2029")  # fmt: skip
def pigeon_multiyear_copied() -> Book:
    b, s = book()
    annual = ok(mk("2025年完成基地一期建设，存栏种鸽8000对，培育示范合作社4家，带动养殖户100户；"
                   "二期孵化车间于2029年前启用。", "Y103", "warning",
                   note="项目期2025—2027年，年度目标却把二期排到2029年"), "warning")  # fmt: skip
    project_head(s, year=2025, years=3, name="鹤岭县肉鸽产业集群种源基地建设项目",
                 dept="鹤岭县农业农村局（402）", unit="鹤岭县云垭肉鸽产业合作社联合社",
                 money=multi_year((450, 360, 90), (150, 120, 30)), attr="新增项目",
                 goals=["2025—2027年建成种鸽繁育基地1处，累计存栏种鸽2万对，培育示范合作社12家，"
                        "带动养殖户300户。", annual])  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "种鸽场建设单位成本", "≤1200元/平方米", "≤1200元/平方米"),
        ("产出指标", "数量指标", "种鸽存栏量", "≥20000对", "≥8000对"),
        (None, None, "培育示范合作社", "≥12家", mk("≥15家", "D201", "error", alt=("D104",),
            note="年度15家超过实施期12家；年度目标写4家")),
        (None, None, "带动养殖户", "≥300户", mk("≥300户", "D202", "warning", alt=("D104",),
            note="累计户数，三年期项目的年度值照抄实施期；年度目标写100户")),
        (None, "质量指标", "种鸽系谱登记率", "≥95%", "≥95%"),
        (None, "时效指标", "基地一期完工时间", "2027年12月31日前", "2025年12月31日前"),
        ("效益指标", "经济效益指标", "种鸽场年销售收入", "≥600万元", "≥200万元"),
        (None, "社会效益指标", "新增就业岗位", "≥60个", "≥20个"),
        (None, "可持续影响指标", "种源自给率", "≥80%", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), rows)
    sign(s, "覃永和", "0771-8834026", cn(2024, 10, 18))
    return b


@variant("dz04-pigeon-points-labels", (5, 10), "project, NAT-2021, numbered tier labels with "
         "points, indicator points adding to them, a rate raised in 百分点, a 下降率 with ≥, "
         "0起 on an incident count, unit costs × counts equal to the money (correct)")  # fmt: skip
def pigeon_points_labels() -> Book:
    b, s = book()
    project_head(s, year=2025, name="砚湖区乳鸽标准化养殖示范项目", dept="砚湖区农业农村局（105）",
                 unit="砚湖区禾丰肉鸽养殖专业合作社", money=one_year(64, 64, 0),
                 goals=["建成乳鸽标准化示范鸽场4个，推广自动喂料设备20套，示范场乳鸽成活率比上年"
                        "提高3个百分点以上，全年不发生重大动物疫情。"])  # fmt: skip
    rows = [
        ("一、产出指标（40分）", "1.数量指标", "标准化示范鸽场", "≥4个", 8),
        (None, None, "推广自动喂料设备", "≥20套", 7),
        (None, "2.质量指标", "示范场乳鸽成活率提高", "≥3百分点", 8),
        (None, None, "鸽只疫病死亡率下降率", "≥10%", 7),
        (None, "3.时效指标", "示范场验收完成时间", "2025年11月30日前", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "示范鸽场补助标准", "≤12万元/个", 10),
        (None, None, "自动喂料设备补助标准", "≤0.8万元/套", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "示范场乳鸽出栏量增长率", "≥15%", 10),
        (None, "2.社会效益指标", "重大动物疫情发生起数", "0起", 10),
        (None, "3.生态效益指标", "鸽粪资源化利用率", "≥90%", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "示范场从业人员满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, (*TIERS, "指标值", "分值"), rows)
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "注：一级指标分值与三级指标分值为同一分数的两级写法，总分100分。")
    sign(s, "庞秋实", "0775-3361902", cn(2024, 12, 2))
    return b


def _pigeon_stacked_second(s: Sheet) -> None:
    s.skip()
    total = mk(single(30, 20, 12)[0][1], "B101", "error", note="财政拨款20+其他资金12=32，不等于30")
    project_head(
        s, year=2025, name="苇川县乳鸽区域品牌营销推广项目", dept="苇川县农业农村局（318001）",
        unit="苇川县鸽源肉鸽产业合作社联合社",
        money=[("年度资金总额", total), *single(30, 20, 12)[1:]],
        goals=["举办乳鸽品牌推介会6场，签约商超及餐饮客户20家。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "乳鸽品牌推介会场次", "≥6场"),
        (None, None, "签约商超及餐饮客户", "≥20家"),
        (None, None, "品牌推介会场次", mk("≥4场", "D102", "error", row=True, alt=("D103",),
            note="同一项目里与“乳鸽品牌推介会场次 ≥6场”是同一指标，值不同")),
        (None, "成本指标", "推介会办会补助标准", "≤3万元/场"),
        ("效益指标", "经济效益指标", "品牌乳鸽销售额增长率", "≥12%"),
        ("满意度指标", "服务对象满意度指标", "社员养殖户满意度", "≥85%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "指标值"), rows)


@variant("dz05-pigeon-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column: the second project's money does not add up and it states one count twice "
         "with two values")  # fmt: skip
def pigeon_stacked() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="苇川县肉鸽冷链配送能力提升项目", dept="苇川县农业农村局（318001）",
        unit="苇川县鸽源肉鸽产业合作社联合社", money=single(50, 40, 10),
        goals=["购置冷链配送车辆3辆，建设预冷间2间，乳鸽冷链配送量达到20万羽。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "购置冷链配送车辆", "≥3辆"),
        (None, None, "建设预冷间", "≥2间"),
        (None, "质量指标", "冷链运输温度达标率", "≥98%"),
        (None, "成本指标", "冷链车购置补助标准", "≤10万元/辆"),
        ("效益指标", "经济效益指标", "乳鸽冷链配送量", "≥20万羽"),
        ("满意度指标", "服务对象满意度指标", "社员养殖户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "指标值"), rows)
    _pigeon_stacked_second(s)
    sign(s, "蒙嘉禾", "0779-6218830", cn(2024, 12, 12))
    return b


@variant("dz06-pigeon-multiyear", (8,), "two-year project 2025–2026, OLD-NAT, 中期 and 年度 "
         "columns: annual counts below the period, rates and unit costs equal, the 年度目标 "
         "naming 2026 inside the project period (correct)")  # fmt: skip
def pigeon_multiyear_ok() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="鸣泉县乳鸽屠宰分割线建设项目",
                 dept="鸣泉县农业农村局（207）", unit="鸣泉县鸽乡乳鸽加工专业合作社",
                 money=multi_year((200, 160, 40), (90, 70, 20)), attr="新增项目",
                 goals=["2025—2026年建成乳鸽屠宰分割线2条，累计加工乳鸽60万羽，带动养殖户150户。",
                        "2025年建成分割线1条、加工乳鸽25万羽、带动养殖户60户，第二条分割线于"
                        "2026年6月底前投产。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "建成屠宰分割线", "≥2条", "≥1条"),
        (None, None, "加工乳鸽", "≥60万羽", "≥25万羽"),
        (None, "质量指标", "分割产品抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "分割线投产时间", "2026年6月30日前", "2025年10月31日前"),
        (None, "成本指标", "分割线建设补助标准", "≤45万元/条", "≤45万元/条"),
        ("效益指标", "经济效益指标", "养殖户户均增收", "≥1万元", "≥0.5万元"),
        (None, "社会效益指标", "带动养殖户", "≥150户", "≥60户"),
        (None, "生态效益指标", "加工废水达标排放率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), rows)
    sign(s, "甘振林", "0771-4452718", cn(2024, 11, 15))
    return b
