"""Multi-year projects with 中期 and 年度 columns: school repairs, teacher training, nutrition
meals, preschool places and student aid, in one value-column pair, an operator column with a
unit column, or two complete column sets (qx07–qx12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout248.common import (
    TWO,
    book,
    ge_pct,
    indicators,
    note,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout248.registry import variant
from tests.variants.kit import Book, day, mk, pct

REPAIR_MID = ("2026年至2028年完成全县45所中小学校舍维修改造36000平方米，全面消除C级及以上危房，"
              "校舍安全保障长效机制基本建立。")  # fmt: skip
REPAIR_YEAR = "2026年完成15所学校校舍维修改造12000平方米，当年改造任务按期完工并通过验收。"


@variant("qx07-repair-three-years", (1, 8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: counts smaller in the year, a 合格率 typed 100% in both, the same cost cap "
         "and =0间 in both, a footnote (correct)")  # fmt: skip
def qx07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="中小学校舍安全保障工程", dept="临川县教育局（311）",
        unit="临川县教育基建管理站", attr="新增项目",
        money=period_money((wan(2400), wan(2100), wan(300)), (wan(800), wan(700), wan(100))),
        goals=[REPAIR_MID, REPAIR_YEAR],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "维修改造校舍面积", "≥36000平方米", "≥12000平方米"),
        (None, None, "完成改造学校数", "≥45所", "≥15所"),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单位面积改造成本", "≤650元/平方米", "≤650元/平方米"),
        ("效益指标", "社会效益指标", "C级及以上危房间数", "=0间", "=0间"),
        (None, "可持续影响指标", "校舍安全保障长效机制", "建立", "逐步完善"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026年—2028年累计值，年度指标值为2026年当年值。")
    sign(s, "詹子墨", "龚丽萍", "0794-68520173")
    return b


@variant("qx08-training-copy", (8, 12), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "the 年度目标 copies the 中期目标, an annual count above its period count")  # fmt: skip
def qx08() -> Book:
    b, s = book("Sheet1")
    text = "实施中小学骨干教师培养工程，建设名师工作室，培养县级骨干教师，提升全县教师队伍素质。"
    project_head(
        s, year=2026, years=3, name="中小学骨干教师培养工程", dept="安平县教育局（108）",
        unit="安平县教师进修学校",
        money=period_money((wan(900), wan(800), wan(100)), (wan(300), wan(260), wan(40))),
        goals=[text, mk(text, "D204", "warning", row=True, note="年度目标 = 中期目标")],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "培养县级骨干教师人数", "≥300人",
         mk("≥360人", "D201", "error", row=True, note="the year exceeds the period")),
        (None, None, "名师工作室建设数", "≥12个", "≥4个"),
        (None, "质量指标", "骨干教师考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度培养任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "骨干教师人均培养成本", "≤2.4万元/人", "≤0.8万元/人"),
        ("效益指标", "社会效益指标", "骨干教师示范课覆盖学校比例", "≥90%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "莫俊熙", "单雅琴", "0318-57204631")
    return b


@variant("qx09-meals-op-unit", (1, 8, 12), "two-year project, NAT-2021, 比较符 in words, 中期 "
         "and 年度 values and a 计量单位 column: a 检出率 cap looser in the year than for the "
         "period, a share typed as 90%/85%, equal caps and rates (correct)")  # fmt: skip
def qx09() -> Book:
    b, s = book("营养改善计划", (14, 16, 28, 12, 14, 14, 12))
    project_head(
        s, year=2026, years=2, name="农村义务教育学生营养改善计划", dept="丰源县教育局（226）",
        unit="丰源县学生营养办公室",
        money=period_money((wan(2460), wan(2300), wan(160)), (wan(1230), wan(1150), wan(80))),
        goals=["2026年至2027年持续实施营养膳食补助，覆盖全县农村义务教育学生，学生营养状况"
               "明显改善。", "2026年为全县农村义务教育学生提供营养膳食补助，按上课日供餐，"
               "食品安全抽检合格率保持在98%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "受益学生人数", "大于等于", 12000, 11500, "人"),
        (None, None, "供餐天数", "大于等于", 400, 200, "天"),
        (None, "质量指标", "食品安全抽检合格率", "大于等于", 98, 98, "%"),
        (None, "时效指标", "补助资金下达时限", "小于等于", 30, 30, "个工作日"),
        ("成本指标", "经济成本指标", "膳食补助标准", "小于等于", 5, 5, "元/生·天"),
        ("效益指标", "社会效益指标", "学生营养不良检出率", "小于等于", 8, 9, "%"),
        (None, "可持续影响指标", "学校食堂自主供餐比例", "大于等于", pct(0.9), pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "大于等于", 90, 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：营养不良检出率逐年下降，年度值为2026年末目标。", 7)
    sign(s, "蓝海涛", "杜若溪", "0771-48325096")
    return b


@variant("qx10-preschool-year-over", (1, 8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns with custom percent formats: 年度资金 above 中期资金, a cumulative count of new "
         "places equal in both columns")  # fmt: skip
def qx10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="公办幼儿园扩容提质工程", dept="江浦区教育局（213）",
        unit="江浦区学前教育管理中心", attr="新增项目",
        money=period_money(
            (wan(1500), wan(1300), wan(200)),
            (mk(wan(1650), "B103", "error", note="1650 > 中期 1500"), wan(1450), wan(200))),
        goals=["2026年至2028年新建、改扩建公办幼儿园9所，公办园在园幼儿占比达到55%以上。",
               "2026年新建、改扩建公办幼儿园3所，公办园在园幼儿占比达到50%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新增公办学位数", "≥2700个",
         mk("≥2700个", "D202", "warning", row=True, note="cumulative: the year equals 3 years")),
        (None, None, "新建改扩建公办幼儿园数", "≥9所", "≥3所"),
        (None, "质量指标", "公办园在园幼儿占比", ge_pct(0.55), ge_pct(0.5)),
        (None, None, "工程竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "幼儿园投入使用时间", "2028年8月31日前", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "生均学位建设成本", "≤0.5万元/个", "≤0.5万元/个"),
        ("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "≥90%", "≥86%"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "葛思琪", "骆文涛", "025-57316248")
    return b


@variant("qx11-aid-two-column-sets", (1, 8, 12), "two-year project, NAT-2021, two complete "
         "column sets (二级/三级/指标值 for 中期, then for 年度): rates typed 100% and ≥98%, the "
         "standard × 人次 equal to the money in both (correct)")  # fmt: skip
def qx11() -> Book:
    b, s = book("Sheet1", (14, 16, 24, 14, 16, 24, 14))
    project_head(
        s, year=2026, years=2, name="普通高中家庭经济困难学生资助", dept="沙洲市教育局（132）",
        unit="沙洲市学生资助管理中心",
        money=period_money((wan(1120), wan(1120), wan(0)), (wan(560), wan(560), wan(0))),
        goals=["2026年至2027年累计资助普通高中家庭经济困难学生5600人次，资助对象精准率100%。",
               "2026年资助普通高中家庭经济困难学生2800人次，助学金按学期足额发放。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值（中期）", "二级指标", "三级指标",
          "指标值（年度）")  # fmt: skip
    a, c, e = "数量指标", "经济成本指标", "社会效益指标"
    s.table([
        ("产出指标", a, "资助学生人次", "≥5600人次", a, "资助学生人次", "≥2800人次"),
        (None, "质量指标", "资助对象精准率", pct(1), "质量指标", "资助对象精准率", pct(1)),
        (None, "时效指标", "助学金发放及时率", ge_pct(0.98), "时效指标", "助学金发放及时率",
         ge_pct(0.98)),
        ("成本指标", c, "平均资助标准", "≤2000元/人次", c, "平均资助标准", "≤2000元/人次"),
        ("效益指标", e, "因贫辍学学生人数", "=0人", e, "因贫辍学学生人数", "=0人"),
        (None, "可持续影响指标", "资助育人长效机制", "健全", "可持续影响指标",
         "资助育人长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", "服务对象满意度指标",
         "受助学生满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    sign(s, "甘霖", "俞晓彤", "0736-21879453")
    return b


@variant("qx12-digital-training", (1, 8, 12), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: 计划完成日期 after the two-year period, ≥ for the period and = for the year, "
         "a 合格率 given in 人 for the year")  # fmt: skip
def qx12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="教师数字素养提升培训", dept="双河县教育局（119）",
        unit="双河县教师发展中心",
        end=mk(day(2028, 12, 31), "Y102", "error", alt=("Y101",), note="2年: 2026–2027"),
        money=period_money((wan(100), wan(100), wan(0)), (wan(50), wan(50), wan(0))),
        goals=["2026年至2027年分两批完成全县中小学教师数字素养轮训，推动信息技术与教学融合。",
               "2026年完成第一批教师数字素养培训，建立县级数字教学资源库。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "培训教师人次", "≥1200人次",
         mk("=600人次", "D203", "warning", row=True, note="≥ for the period, = for the year")),
        (None, "质量指标", "培训考核合格率", ge_pct(0.95),
         mk("570人", "T105", "error", note="a rate given as a count")),
        (None, "时效指标", "培训完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人次", "≤800元/人次"),
        ("效益指标", "社会效益指标", "教师数字化教学应用率", "≥85%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "俞浩然", "孔令仪", "0558-63170942")
    return b
