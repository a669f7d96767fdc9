"""The psychological hotline: kaj07 to kaj12."""

from __future__ import annotations

from tests.variants.holdout702.common import YEAR, grid, notes, one_year, project, sign, start
from tests.variants.holdout702.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, ok

FOUR = ("一级指标", "二级指标", "三级指标", "指标值")
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("kaj07-hotline-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, bare numbers with a "
         "unit column; a 下降率 with ≥ and 0起 on an incident count (correct)")  # fmt: skip
def kaj07() -> Book:
    b, s = start()
    project(s, name="云栖市24小时心理援助热线运行项目", dept="云栖市卫生健康委员会（520003）",
            unit="云栖市心理援助中心", money=one_year(68, 60, 8),
            goals=["保障心理援助热线全年24小时运行，在岗接线员12人，接听来电不少于9000通，高危"
                   "来电100%按流程转介，重复来电较上年下降10%。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    grid(s, head, [
        ("产出指标", "数量指标", "热线接听来电量", "正向", "≥", 9000, "通"),
        (None, None, "在岗接线员人数", "正向", "=", 12, "人"),
        (None, "质量指标", "高危来电转介率", "正向", "=", 100, "%"),
        (None, None, "来电信息泄露事件", "反向", "≤", 0, "起"),
        (None, "时效指标", "来电平均等待时长", "反向", "≤", 30, "秒"),
        (None, "成本指标", "接线员人均年运行成本", "反向", "≤", 5.5, "万元/人"),
        ("效益指标", "社会效益指标", "重复来电下降率", "正向", "≥", 10, "%"),
        (None, None, "已干预高危来电者再次危机发生率", "反向", "≤", 5, "%"),
        ("满意度指标", "服务对象满意度指标", "来电者满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kaj08-hotline-goal-dates", (7,),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）: a call count below the goal's, a "
         "deadline in the next year against the goal's date, a 满意度 under 社会效益")  # fmt: skip
def kaj08() -> Book:
    b, s = start()
    project(s, name="枫岭县青少年心理热线项目", dept="枫岭县教育局（633006）",
            unit="枫岭县青少年心理辅导中心", money=one_year(40, 40, 0),
            goals=["开通青少年心理热线，全年接听来电不少于6000通，2025年9月30日前完成热线平台"
                   "升级。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "年度接听来电量",
         mk("≥5000通", "D104", "warning", row=True, note="年度目标写全年不少于6000通")),
        (None, None, "校园热线宣传场次", "≥40场"),
        (None, "质量指标", "来电记录完整率", "≥95%"),
        (None, "时效指标", "热线平台升级完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("D104",),
            note="一年期项目（2025年），期限落在2026年；年度目标写2025年9月30日前")),
        ("成本指标", "经济成本指标", "热线平台升级费用", "≤12万元"),
        ("效益指标", "社会效益指标", "青少年心理求助途径知晓率", "≥80%"),
        (None, None, mk("来电者满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "家长对热线服务满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kaj09-hotline-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a rate raised in 百分点, a cost × count within the money (correct)")  # fmt: skip
def kaj09() -> Book:
    b, s = start()
    project(s, name="鹭洲区心理援助热线扩容项目", dept="鹭洲区卫生健康局（117005）",
            unit="鹭洲区心理援助热线服务站", money=one_year(55, 50, 5),
            goals=["新增热线坐席6个，热线接通率较上年提高3个百分点以上，来电者满意度不低于"
                   "90%。"])  # fmt: skip
    grid(s, SCORED, [
        ("产出指标", 50, "数量指标", "新增热线坐席数", "≥6个", 20),
        (None, None, None, "年度接听来电量", "≥7000通", 10),
        (None, None, "质量指标", "热线接通率较上年提高", "≥3百分点", 15),
        (None, None, "时效指标", "新增坐席投入使用时间", "2025年6月30日前", 5),
        ("成本指标", 10, "经济成本指标", "坐席建设成本", "≤5万元/个", 10),
        ("效益指标", 30, "社会效益指标", "高峰时段来电流失率", "≤15%", 15),
        (None, None, "可持续影响指标", "坐席轮值与督导制度", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "来电者满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("kaj10-hotline-points-wrong", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column: the "
         "产出 scores short of its points, one answer rate under 质量 and 时效")  # fmt: skip
def kaj10() -> Book:
    b, s = start()
    project(s, name="桐湾市心理援助热线服务质量提升项目", dept="桐湾市卫生健康委员会（741007）",
            unit="桐湾市精神卫生中心", money=one_year(48, 48, 0),
            goals=["提升心理援助热线接通率和服务质量，全年接听来电不少于8000通。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，由产出少计5分引起")
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (mk("一、产出指标（50分）", "W103", "error",
            note="其下指标分值15 + 10 + 10 + 10 = 45 ≠ 50"),
         "1.数量指标", "年度接听来电量", "≥8000通", 15),
        (None, None, "热线督导次数", "≥24次", 10),
        (None, "2.质量指标", "热线来电接通率", ok("≥95%"), 10),
        (None, "3.时效指标", mk("来电接通率", "D103", "warning", row=True, alt=("D101", "D102"),
                              note="与质量指标下的热线来电接通率是同一指标，值却不同"),
         "≥90%", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "人均督导成本", "≤800元/次", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "高危来电转介成功率", "≥85%", 15),
        (None, "2.可持续影响指标", "热线服务规范", "健全", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "来电者满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("kaj11-hotline-second-sheet", (4, 7),
         "project head on the first sheet, indicators on a second sheet under 预期实现值, a "
         "footnote explaining the total, 填表说明 and a signature line dated the year before "
         "(correct)")  # fmt: skip
def kaj11() -> Book:
    b, s = start("项目信息")
    project(s, name="澄湾区学生心理援助热线项目", dept="澄湾区教育局（356008）",
            unit="澄湾区中小学心理健康指导中心", money=one_year(50, 50, 0),
            goals=["面向全区中小学生和家长开通心理援助热线，全年接听来电不少于4000通，危机来电"
                   "及时转介率100%。"])  # fmt: skip
    notes(s, "注：年度资金50万元含接线员补贴36万元、平台维护14万元。")
    t = b.sheet("绩效指标", (18, 20, 32, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    grid(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "年度接听来电量", "≥4000通"),
        (None, None, "接线员人数", "=8人"),
        (None, "质量指标", "危机来电及时转介率", "=100%"),
        (None, "时效指标", "危机来电转介时限", "≤30分钟"),
        ("成本指标", "经济成本指标", "接线员人均年补贴", "≤4.5万元/人"),
        ("效益指标", "社会效益指标", "学生心理求助渠道知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "填表说明：1.指标值须量化；2.定性指标按“好/较好/一般/差”填写。", width=4)
    t.row("填报人：", "邵立群", "联系电话：", "0591-6624 3108")
    t.row("填报日期：", day(YEAR - 1, 12, 6, CN_DATE))
    return b


@variant("kaj12-hotline-export", (4, 7),
         "budget-system export: budget and goal on sheet 05-1, indicators on sheet 05-2 under a "
         "header on the third row with project codes in the first columns; a year left in the "
         "goal from last season, a rate given as a count")  # fmt: skip
def kaj12() -> Book:
    b, s = start("项目支出预算05-1", (16, 26, 12, 12, 12, 40))
    code, name = "33010825000731", "桐湾市夜间心理援助热线项目"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(code, name, money(36), money(36), money(0),
          mk("保障夜间心理援助热线运行，2024年全年接听夜间来电不少于3000通，危机来电全部"
             "转介。", "Y103", "warning", row=True, note="2025年的目标写2024年"))  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (16, 26, 14, 18, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：桐湾市精神卫生中心")
    grid(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "夜间来电接听量", "≥3000通"),
        (code, name, "产出指标", "质量指标", "危机来电转介完成率",
         mk("50例", "T105", "error", note="比率给成了例数")),
        (code, name, "产出指标", "时效指标", "夜间来电等待时长", "≤60秒"),
        (code, name, "成本指标", "经济成本指标", "夜间坐席运行成本", "≤36万元"),
        (code, name, "效益指标", "社会效益指标", "夜间危机个案干预成功率", "≥85%"),
        (code, name, "满意度指标", "服务对象满意度指标", "来电者满意度", "≥90%"),
    ], merged=())  # fmt: skip
    sign(t, "葛文澜", "0571-8830 2217", day(YEAR - 1, 11, 28))
    return b
