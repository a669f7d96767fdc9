"""Money in every block, 中期 and 年度 columns, stacked projects (items 1, 2, 8, 12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout400.common import H4, book, indicators, multi_year, one_year, sign, wan
from tests.variants.holdout400.registry import variant
from tests.variants.kit import Book, day, mk, pct

H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("wt07-department-money", (12, 1),
         "department, NAT-2021: budget with typed percent shares, key tasks adding to a 金额合计 "
         "equal to 项目支出 (correct)")  # fmt: skip
def wt07() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="铙溪县文化馆", budget=[
        (wan(400), wan(360), wan(40), wan(240), wan(160)),
        (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4)),
    ], tasks=[
        ("锣鼓乐传承基地运行", "传习基地开班、器材维护", wan(60), "全年开班不少于40期"),
        ("乡村锣鼓队辅导", "派员驻村辅导锣鼓队", wan(55), "辅导锣鼓队不少于30支"),
        ("县级锣鼓艺术节", "举办锣鼓艺术节及巡演", wan(45), "观众不少于10000人次"),
        ("金额合计", "", wan(160), ""),
    ], goal="围绕锣鼓乐传承和乡村锣鼓队建设，全年开班不少于40期，辅导锣鼓队不少于30支，"
            "办好县级锣鼓艺术节。")  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "传习基地开班期数", "≥40期"),
        (None, None, "驻村辅导锣鼓队数量", "≥30支"),
        (None, None, "锣鼓艺术节观众人次", "≥10000人次"),
        (None, "质量指标", "辅导锣鼓队考评达标率", "≥85%"),
        (None, "时效指标", "锣鼓艺术节按计划举办", "按时完成"),
        ("成本指标", "经济成本指标", "每支锣鼓队辅导经费", "≤1.8万元/支"),
        ("效益指标", "社会效益指标", "锣鼓乐进校园覆盖学校比例", "≥50%"),
        (None, "可持续影响指标", "锣鼓乐传承人才梯队", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众对锣鼓文化服务满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wt08-department-money-wrong", (12, 1),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a 完成率 given as a count")  # fmt: skip
def wt08() -> Book:
    b, s = book()
    total = mk(wan(520), "B101", "error", note="基本支出 300 + 项目支出 240 = 540 ≠ 520")
    summed = mk(wan(240), "B102", "error", note="90 + 85 + 60 = 235 ≠ 240")
    department_head(s, year=2026, dept="鼙山市群众艺术馆", budget=[
        (total, wan(470), wan(50), wan(300), wan(240)),
    ], tasks=[
        ("锣鼓乐传习", "市级锣鼓乐传习班", wan(90), "开班不少于24期"),
        ("民间锣鼓队扶持", "扶持民间锣鼓队排练演出", wan(85), "扶持锣鼓队28支"),
        ("民间鼓乐采风", "采录民间锣鼓曲牌", wan(60), "采录曲牌不少于100首"),
        ("金额合计", "", summed, ""),
    ], goal="开办锣鼓乐传习班24期，扶持民间锣鼓队28支，采录民间锣鼓曲牌100首以上。")  # fmt: skip
    count = mk("28支", "T105", "error", note="a 完成率 needs a percentage")
    indicators(s, H4, [
        ("产出指标", "数量指标", "锣鼓乐传习班期数", "≥24期"),
        (None, None, "民间锣鼓队扶持计划完成率", count),
        (None, None, "采录民间锣鼓曲牌", "≥100首"),
        (None, "质量指标", "采录曲牌归档合格率", "≥95%"),
        (None, "时效指标", "扶持资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "每支锣鼓队扶持标准", "≤3万元/支"),
        ("效益指标", "社会效益指标", "市民锣鼓乐知晓率", "≥70%"),
        (None, "可持续影响指标", "民间锣鼓曲牌资料库", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受扶持锣鼓队满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wt09-multi-year-copied", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: two cumulative counts "
         "copied into the year, one annual count above its period count")  # fmt: skip
def wt09() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="铙溪锣鼓乐传承人培养三年计划",
                 dept="铙溪县文化广电和旅游局 307", unit="铙溪县文化馆",
                 money=multi_year((wan(150), wan(120), wan(30)), (wan(50), wan(40), wan(10))),
                 goals=["三年培养锣鼓乐青年传承人90人，录制传统锣鼓曲牌120首。",
                        "培养青年传承人30人，录制曲牌40首，举办汇报演出3场。"])  # fmt: skip
    copied = "cumulative count copied from the 中期 column into a 3-year project's year"
    indicators(s, H5, [
        ("产出指标", "数量指标", "培养锣鼓乐青年传承人", "≥90人",
         mk("≥90人", "D202", "warning", note=copied)),
        (None, None, "录制传统锣鼓曲牌", "≥120首", mk("≥120首", "D202", "warning", note=copied)),
        (None, None, "传承人带徒课时", "≥600课时", "≥200课时"),
        (None, None, "组织传承汇报演出", "≥9场",
         mk("≥12场", "D201", "error", note="annual 12 above the period's 9")),
        (None, "质量指标", "传承人考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度培养任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每名传承人年度培养成本", "≤0.5万元/人", "≤0.5万元/人"),
        ("效益指标", "社会效益指标", "传承人返乡组建锣鼓队比例", "≥30%", "≥30%"),
        (None, "可持续影响指标", "锣鼓乐传承人才库", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wt10-multi-year-correct", (8,),
         "two-year project 2025–2026, OLD-NAT, 实施期 and 年度 columns, counts below their "
         "period values, rates and unit costs equal (correct)")  # fmt: skip
def wt10() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="鸣川区乡村锣鼓队提升工程",
                 dept="鸣川区文化和旅游局 215", unit="鸣川区文化馆",
                 money=multi_year((wan(80), wan(70), wan(10)), (wan(45), wan(40), wan(5))),
                 goals=["两年提升村级锣鼓队50支，轮训锣鼓队骨干400人次。",
                        "提升村级锣鼓队28支，轮训骨干220人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "提升村级锣鼓队数量", "≥50支", "≥28支"),
        (None, None, "锣鼓队骨干轮训人次", "≥400人次", "≥220人次"),
        (None, "质量指标", "锣鼓队骨干轮训合格率", "≥90%", "≥90%"),
        (None, "时效指标", "提升任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "每支锣鼓队提升补助标准", "≤1.2万元/支", "≤1.2万元/支"),
        ("效益指标", "社会效益指标", "锣鼓队参与乡村节庆活动比例", "≥80%", "≥75%"),
        (None, "可持续影响指标", "锣鼓队自我运营能力", "不断提升", "有所提升"),
        ("满意度指标", "服务对象满意度指标", "锣鼓队员满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    sign(s, "欧阳苇", "0738-6641925", "郜立仁", day(2025, 1, 10))
    return b


@variant("wt11-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, 服务对象满意度 in both "
         "with different values (correct)")  # fmt: skip
def wt11() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鼙山市锣鼓乐进校园项目", dept="鼙山市文化广电旅游局 102",
                 unit="鼙山市群众艺术馆", money=one_year(wan(24), wan(20), wan(4)),
                 goals=["在16所中小学开设锣鼓兴趣课480课时，组建校园锣鼓社团。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "锣鼓乐进校园覆盖学校", "≥16所"),
        (None, None, "开设锣鼓兴趣课时", "≥480课时"),
        (None, "质量指标", "学生锣鼓展示达标率", "≥85%"),
        (None, "时效指标", "兴趣课按学期开课及时率", "≥95%"),
        (None, "成本指标", "每所学校课程补助", "≤1.2万元/所"),
        ("效益指标", "社会效益指标", "学生对锣鼓乐的认知度", "明显提升"),
        (None, "可持续影响指标", "校园锣鼓社团运行机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="鼙山市农村锣鼓队器材更新项目",
                 dept="鼙山市文化广电旅游局 102", unit="鼙山市群众艺术馆",
                 money=one_year(wan(40), wan(36), wan(4)),
                 goals=["为20支农村锣鼓队更新大鼓、铜锣和铙钹。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "更新器材的农村锣鼓队", "≥20支"),
        (None, "质量指标", "器材验收合格率", "=100%"),
        (None, "时效指标", "器材更新完成时限", "2025年8月31日前"),
        (None, "成本指标", "每支锣鼓队器材更新标准", "≤2万元/支"),
        ("效益指标", "社会效益指标", "更新器材锣鼓队出勤率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "邝佩兰", "0737-3318650", "卢秉谦", day(2025, 1, 20))
    return b


@variant("wt12-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total does not "
         "add up and its unit cost × count exceeds its money")  # fmt: skip
def wt12() -> Book:
    b, s = book()
    project_head(s, year=2026, name="铙溪县锣鼓非遗传承人补助项目",
                 dept="铙溪县文化广电和旅游局 307", unit="铙溪县文化馆",
                 money=one_year(wan(18), wan(15), wan(3)),
                 goals=["补助锣鼓乐非遗传承人30名，每人传习不少于6次。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "补助锣鼓乐非遗传承人", "≥30名"),
        (None, None, "传承人开展传习活动", "≥180次"),
        (None, "质量指标", "传习活动考核合格率", "≥90%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        (None, "成本指标", "每名传承人补助标准", "≤0.6万元/人"),
        ("效益指标", "社会效益指标", "传承人带徒覆盖行政村比例", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(45), "B101", "error", note="财政拨款 40 + 其他资金 8 = 48 ≠ 45")
    project_head(s, year=2026, title="", name="铙溪县村级锣鼓队演出器材补助项目",
                 dept="铙溪县文化广电和旅游局 307", unit="铙溪县文化馆",
                 money=one_year(total, wan(40), wan(8)),
                 goals=["补助20支村级锣鼓队购置演出器材。"])  # fmt: skip
    cost = mk("≤2.5万元/支", "B107", "warning", row=True,
              note="2.5万元 × 20支 = 50万元, above the project's money (45 or 48)")  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "补助村级锣鼓队数量", "≥20支"),
        (None, "质量指标", "器材验收合格率", "=100%"),
        (None, "时效指标", "器材购置完成时限", "2026年9月30日前"),
        (None, "成本指标", "每支锣鼓队器材补助标准", cost),
        ("效益指标", "社会效益指标", "受补助锣鼓队演出活跃率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "锣鼓队员满意度", "≥90%"),
    ])  # fmt: skip
    return b
