"""Young performers trained and new works created: 中期 and 年度, points, tier labels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout341.common import indicators, multi_year, one_year, start
from tests.variants.holdout341.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
WIDE = (16, 8, 16, 30, 18, 10)


@variant("um07-acrobat-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: annual counts below the "
         "period counts, rates and unit costs equal (correct)")  # fmt: skip
def um07() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="松岙市杂技团青年演员三年培养计划",
                 dept="松岙市文化和旅游局（308011）", unit="松岙市杂技团", attr="新增项目",
                 money=multi_year((540, 480, 60), (180, 160, 20)),
                 goals=["三年培养青年杂技演员45名，其中获省级以上奖项不少于6人，"
                        "形成可独立演出的青年节目8个。",
                        "本年招收并集中训练首批青年演员15名，排练青年节目3个。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "培养青年杂技演员", "≥45人", "≥15人", None),
        (None, None, "青年演员独立节目", "≥8个", "≥3个", None),
        (None, "质量指标", "阶段考核合格率", "≥90%", "≥90%", "比率，各年相同"),
        (None, "时效指标", "年度结业考核完成时间", "每年12月31日前", "2025年12月31日前", None),
        ("成本指标", "经济成本指标", "人均年培养成本", "≤3万元/人·年", "≤3万元/人·年", None),
        ("效益指标", "社会效益指标", "获省级以上奖项人数", "≥6人", "≥1人", None),
        (None, "可持续影响指标", "青年演员留团率", "≥85%", "≥85%", None),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("um08-storyteller-copied-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标 and "
         "two cumulative counts copied into the annual column")  # fmt: skip
def um08() -> Book:
    b, s = start()
    goal = "三年创作评书、鼓书新作12部，送演出300场，培养中青年说书艺人20名。"
    why = "三年累计数原样抄入年度列"
    project_head(
        s,
        year=2025,
        years=3,
        name="苇塘县评书鼓书新作创作扶持计划",
        dept="苇塘县文化广电旅游局（215003）",
        unit="苇塘县曲艺团",
        attr="新增项目",
        money=multi_year((150, 135, 15), (50, 45, 5)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标与中期目标逐字相同")],
    )
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "创作评书鼓书新作", "≥12部",
         mk("≥12部", "D202", "warning", note=why), None),
        (None, None, "新作送演出场次", "≥300场",
         mk("≥300场", "D202", "warning", note=why), None),
        (None, None, "培养中青年说书艺人", "≥20人", "≥7人", None),
        (None, "质量指标", "新作专家评审通过率", "≥85%", "≥85%", None),
        ("成本指标", "经济成本指标", "每部新作创作补助", "≤2万元/部", "≤2万元/部", None),
        ("效益指标", "社会效益指标", "新作观看群众人次", "≥60000人次", "≥20000人次", None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("um09-troupe-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a share raised in 百分点 (correct)")  # fmt: skip
def um09() -> Book:
    b, s = start("绩效目标", WIDE)
    project_head(s, year=2025, name="望潮县杂技曲艺联合送演及青年演员培训",
                 dept="望潮县文化广电旅游局（331204）", unit="望潮县杂技曲艺团",
                 money=one_year(120, 110, 10),
                 goals=["送演出80场，培训青年演员25人，农村观众不少于3万人次。"])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", 40, "数量指标", "送演出场次", "≥80场", 10),
        (None, None, None, "青年演员培训人数", "≥25人", 10),
        (None, None, "质量指标", "演出节目验收合格率", pct(0.95), 10),
        (None, None, "时效指标", "送演出任务完成时间", "2025年11月底前", 10),
        ("成本指标", 20, "经济成本指标", "每场送演出成本", "≤1.2万元/场", 10),
        (None, None, None, "青年演员人均培训成本", "≤0.8万元/人", 10),
        ("效益指标", 30, "社会效益指标", "青年观众占比提高", "≥5百分点", 10),
        (None, None, None, "农村观众人次", "≥30000人次", 10),
        (None, None, "可持续影响指标", "驻村演出点", "≥10个", 10),
        ("满意度指标", 10, "服务对象满意度指标", "观众满意度", pct(0.9), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("um10-troupe-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it: 产出 "
         "and 效益 do not add up")  # fmt: skip
def um10() -> Book:
    b, s = start("绩效目标", WIDE)
    project_head(s, year=2025, name="鹭汀区少儿杂技苗子培训及汇报演出",
                 dept="鹭汀区文化馆（402107）", unit="鹭汀区少儿杂技学校",
                 money=one_year(48, 45, 3),
                 goals=["培训少儿杂技苗子40名，举办汇报演出6场。"])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", mk(40, "W103", "error", note="其下指标分值 10+10+5+10 = 35"),
         "数量指标", "培训少儿杂技苗子", "≥40人", 10),
        (None, None, None, "汇报演出场次", "≥6场", 10),
        (None, None, "质量指标", "结业考核合格率", "≥90%", 5),
        (None, None, "时效指标", "汇报演出完成时间", "2025年12月20日前", 10),
        ("成本指标", 20, "经济成本指标", "人均培训成本", "≤1万元/人", 20),
        ("效益指标", mk(30, "W103", "error", note="其下指标分值 15+10+10 = 35"),
         "社会效益指标", "汇报演出观众人次", "≥3000人次", 15),
        (None, None, None, "学员参加市级以上比赛人次", "≥8人次", 10),
        (None, None, "可持续影响指标", "结业学员升入专业院团", "≥5人", 10),
        ("满意度指标", 10, "服务对象满意度指标", "学员家长满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("um11-newwork-decorated-labels", (5,),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）, （一）数量, "
         "1.) and header 指标内容 (correct)")  # fmt: skip
def um11() -> Book:
    b, s = start()
    project_head(s, year=2025, name="松岙市原创曲艺作品孵化项目",
                 dept="松岙市文化和旅游局（308011）", unit="松岙市曲艺研究所",
                 money=one_year(75, 70, 5),
                 goals=["孵化原创评书、快板、弹词作品10部，择优首演6部，演出40场。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "指标值"), [
        ("一、产出指标（40分）", "（一）数量", "1.孵化原创作品", "≥10部"),
        (None, None, "2.原创作品首演", "≥6部"),
        (None, None, "3.原创作品演出场次", "≥40场"),
        (None, "（二）质量", "4.作品专家论证通过率", "≥80%"),
        (None, "（三）时效", "5.首演完成时间", "2025年10月31日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "6.每部作品孵化补助", "≤5万元/部"),
        ("三、效益指标（30分）", "（一）社会效益", "7.原创作品观众人次", "≥12000人次"),
        (None, "（二）可持续影响", "8.纳入剧团常演剧目", "≥3部"),
        ("四、满意度指标（10分）", "（一）服务对象满意度", "9.观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("um12-acrobatics-wrong-parent", (5, 7),
         "project, NAT-2021, headers 考核指标 · 目标值（年度） · 评价标准, labels marked with *: "
         "a 社会效益 tier-2 under 产出, a pass rate above 100%")  # fmt: skip
def um12() -> Book:
    b, s = start()
    project_head(s, year=2025, name="望潮县杂技新剧目《潮汐》创排",
                 dept="望潮县文化广电旅游局（331204）", unit="望潮县杂技曲艺团",
                 money=one_year(96, 90, 6),
                 goals=["完成杂技剧《潮汐》创排并首演，全年演出24场。"])  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(s, head, [
        ("*产出指标", "数量指标", "《潮汐》演出场次", "≥24场", "每少1场扣0.5分"),
        (None, "质量指标", "新剧目验收合格率",
         mk("≥105%", "T106", "error", note="合格率上限100%"), "未通过验收不得分"),
        (None, mk("社会效益指标", "F105", "error", note="社会效益指标属于效益指标"),
         "首演观众人次", "≥3000人次", "按售票及赠票统计"),
        (None, "时效指标", "首演完成时间", "2025年9月30日前", "逾期不得分"),
        ("*成本指标", "经济成本指标", "创排总成本", "≤90万元", "超支不得分"),
        ("*效益指标", "可持续影响指标", "剧目连续上演年限", "≥3年", "按实际上演年限评分"),
        ("*满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b
