"""咸鸭蛋 workshops: percent cells, a goal text with a tag, points, date artefacts, stacks."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout572.common import indicators, notes, project, sign, wan
from tests.variants.holdout572.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("dj01-salted-percent-cells", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 in the number "
         "format, goal text repeating two counts with the same values (correct)")  # fmt: skip
def dj01() -> Book:
    b, s = project(year=2025, name="芦荡镇咸蛋腌制车间改造项目", dept="鹭洲县农业农村局 317",
                   unit="芦荡镇农业服务中心",
                   money=[("年度资金总额", wan(80), "其中：财政拨款", wan(60)),
                          ("其他资金", wan(20), None, None)],
                   goals=["扶持芦荡镇咸蛋腌制作坊12家完成腌制车间改造，"
                          "带动收购本地鸭蛋300万枚以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("成本指标", "经济成本指标", "作坊改造补助标准", "≤", 5, "万元/家"),
        ("产出指标", "数量指标", "完成腌制车间改造作坊数", "≥", 12, "家"),
        (None, None, "鸭蛋收购量", "≥", 300, "万枚"),
        (None, "质量指标", "成品咸蛋抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "盐分超标批次发生率", "≤", pct(0.02), "%"),
        (None, "时效指标", "车间改造完成时间", "≤", day(2025, 10, 31), None),
        ("效益指标", "经济效益指标", "参与养鸭户户均增收", "≥", 0.6, "万元"),
        (None, "社会效益指标", "带动就业人数", "≥", 40, "人"),
        ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "钟雁秋", "0573-6218 4407", day(2024, 11, 22))
    return b


@variant("dj02-salted-tagged-goal", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 line under the table: a <p> tag in "
         "the goal, a trainee count disagreeing with the goal text, a rate above 100%")  # fmt: skip
def dj02() -> Book:
    goal = mk(mk("<p>为菱塘乡3个咸蛋加工点添置真空包装线3条，培训腌制工120人。</p>",
                 "X102", "warning", note="an HTML tag left in the goal text"),
              "D104", "warning", required=False,
              note="the 120 / 150 conflict may be reported at the goal")  # fmt: skip
    b, s = project(year=2025, name="菱塘乡咸蛋真空包装线购置项目", dept="鹭洲县供销合作社 205",
                   unit="菱塘乡供销社", attr="新增项目",
                   money=[("年度资金总额", wan(50), "其中：财政拨款", wan(40)),
                          ("其他资金", wan(10), None, None)], goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "新增真空包装线", "≥3条"),
        (None, None, "培训腌制工人数", mk("≥150人", "D104", "warning", row=True,
                                          note="the goal text says 培训腌制工120人")),
        (None, "质量指标", "包装密封合格率", mk("≥102%", "T106", "error",
                                                note="a 合格率 cannot exceed 100%")),
        (None, "时效指标", "包装线安装调试完成时间", "2025年9月底前"),
        (None, "成本指标", "每条包装线购置成本", "≤15万元"),
        ("效益指标", "经济效益指标", "真空包装咸蛋售价提高", "≥0.3元/枚"),
        (None, "可持续影响指标", "包装线使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "加工点负责人满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：绩效标准按县农业农村局核定的2025年标准填写。")
    sign(s, "邬晓岚", "0573-6231 0958", day(2024, 12, 3))
    return b


@variant("dj03-salted-points-two-rows", (7, 10),
         "project, NAT-2021, two-row header (分值 · 目标值（年度） · 评价标准), tier points "
         "in the labels and indicator points both adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def dj03() -> Book:
    b, s = project(year=2025, name="咸蛋腌制技术培训项目", dept="鹭洲县人力资源和社会保障局 109",
                   unit="鹭洲县职业技能培训中心", attr="常年项目",
                   money=[("年度资金总额", wan(20), "其中：财政拨款", wan(20)),
                          ("其他资金", wan(0), None, None)],
                   goals=["举办咸蛋腌制技术培训6场、培训腌制工180人，"
                          "咸蛋优级品率较2024年提高3个百分点以上。"])  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "分值", "绩效目标", None, merge=[(5, 6)])
    s.row(None, None, None, None, "目标值（年度）", "评价标准")
    for c in range(1, 5):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标（40分）", "数量指标", "咸蛋腌制培训场次", 10, "≥6场", "每少1场扣2分"),
        (None, None, "培训腌制工人数", 10, "≥180人", "按签到表计"),
        (None, "质量指标", "咸蛋优级品率提高", 10, "≥3百分点", "与2024年抽检结果比较"),
        (None, "时效指标", "培训完成时间", 10, "2025年11月30日前", "逾期不得分"),
        ("成本指标（20分）", "经济成本指标", "人均培训成本", 10, "≤800元/人", "超标不得分"),
        (None, None, "场均场地租赁费", 10, "≤3000元/场", "超标不得分"),
        ("效益指标（30分）", "经济效益指标", "学员作坊咸蛋销售额增长率", 15, "≥10%", "按台账"),
        (None, "社会效益指标", "腌制工持证上岗率", 15, "≥85%", "按发证记录"),
        ("满意度指标（10分）", "服务对象满意度指标", "学员满意度", 10, "≥90%", "问卷调查"),
        ("合计", None, None, 100, None, None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "韦若梅", "0573-6209 3316", day(2024, 11, 28))
    return b


@variant("dj04-salted-date-artefacts", (8, 9),
         "project, OLD-NAT, one-year 2025, one value column: a completion date stored as a "
         "5-digit serial in a text cell, an acceptance date before the project starts")  # fmt: skip
def dj04() -> Book:
    b, s = project(year=2025, name="港汊镇咸蛋腌制池防渗改造项目", dept="鹭洲县农业农村局 317",
                   unit="港汊镇人民政府",
                   money=[("年度资金总额", wan(30), "其中：财政拨款", wan(25)),
                          ("其他资金", wan(5), None, None)],
                   goals=["改造咸蛋腌制池24口，新建晾蛋棚300平方米。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "改造腌制池", "≥24口"),
        (None, None, "新建晾蛋棚面积", "≥300平方米"),
        (None, "质量指标", "腌制池防渗验收合格率", "≥95%"),
        (None, "时效指标", "腌制池改造完成时间",
         mk("45838", "X104", "warning", note="serial 45838 = 2025-06-30 stored as text")),
        (None, None, "项目竣工验收时间",
         mk(day(2024, 12, 20, '"≤"yyyy"年"m"月"d"日"'), "Y102", "error",
            note="acceptance in 2024, before a project running 2025-01-01 to 2025-12-31")),
        (None, "成本指标", "单口腌制池改造成本", "≤0.8万元"),
        ("效益指标", "经济效益指标", "咸蛋年加工能力提高", "≥50万枚"),
        (None, "生态效益指标", "腌制废盐水回收利用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "作坊户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆青禾", "0573-6240 1172", day(2024, 11, 15))
    return b


@variant("dj05-salted-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column; the same name with other "
         "values in each project, 收购量 and 销售量 side by side (correct)")  # fmt: skip
def dj05() -> Book:
    b, s = project(year=2025, name="芦荡镇咸蛋品牌推广项目", dept="鹭洲县商务局 412",
                   unit="芦荡镇农业服务中心",
                   money=[("年度资金总额", wan(40), "其中：财政拨款", wan(30)),
                          ("其他资金", wan(10), None, None)],
                   goals=["举办咸蛋推介会4场，收购鸭蛋200万枚、销售咸蛋180万枚。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "参展咸蛋推介会场次", "≥4场"),
        (None, None, "鸭蛋收购量", "≥200万枚"),
        (None, None, "咸蛋销售量", "≥180万枚"),
        (None, "质量指标", "咸蛋抽检合格率", "≥98%"),
        (None, "时效指标", "推介会举办完成时间", "2025年10月底前"),
        (None, "成本指标", "场均推介费用", "≤6万元"),
        ("效益指标", "经济效益指标", "品牌咸蛋溢价率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    s.title("2025年度项目支出绩效目标申报表（二）", 6)
    project_head(s, year=2025, name="鹭洲县咸蛋作坊清洁生产改造项目", title="",
                 dept="鹭洲县生态环境分局 530", unit="鹭洲县农业技术推广站",
                 money=[("年度资金总额", wan(60), "其中：财政拨款", wan(50)),
                        ("其他资金", wan(10), None, None)],
                 goals=["完成10家咸蛋作坊清洁生产改造，洗蛋废水处理达标。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "清洁生产改造作坊", "≥10家"),
        (None, "质量指标", "咸蛋抽检合格率", "≥99%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "单个作坊改造补助", "≤5万元"),
        ("效益指标", "生态效益指标", "洗蛋废水处理达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dj06-salted-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT: the second project's total ≠ its parts, and two names "
         "for the same export count with other values in that project")  # fmt: skip
def dj06() -> Book:
    b, s = project(year=2025, name="港汊镇红心咸蛋出口备案项目", dept="鹭洲县商务局 412",
                   unit="港汊镇人民政府",
                   money=[("年度资金总额", wan(25), "其中：财政拨款", wan(20)),
                          ("其他资金", wan(5), None, None)],
                   goals=["完成出口备案作坊3家，出口红心咸蛋12批。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "出口备案作坊数", "≥3家"),
        (None, None, "出口红心咸蛋批次", "≥12批"),
        (None, "质量指标", "出口检验合格率", "≥99%"),
        (None, "成本指标", "单家备案咨询费", "≤4万元"),
        ("效益指标", "经济效益指标", "出口创汇", "≥60万美元"),
        ("满意度指标", "服务对象满意度指标", "备案作坊满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2025, name="菱塘乡红心咸蛋外销拓展项目", title="",
                 dept="鹭洲县商务局 412", unit="菱塘乡供销社",
                 money=[("年度资金总额", mk(wan(50), "B101", "error",
                                            note="30 + 15 = 45, not 50"),
                         "其中：财政拨款", wan(30)),
                        ("其他资金", wan(15), None, None)],
                 goals=["拓展红心咸蛋外销渠道，全年出口20批以上。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "红心咸蛋出口批次", "≥20批"),
        (None, None, "新签外销合同", "≥5份"),
        (None, None, "出口红心咸蛋批次",
         mk("≥25批", "D102", "warning", row=True, alt=("D103", "D101"),
            note="the same count as 红心咸蛋出口批次 ≥20批 three rows up, with another value")),
        (None, "质量指标", "出口检验合格率", "≥98%"),
        (None, "成本指标", "单批次展销费用", "≤1.5万元"),
        ("效益指标", "经济效益指标", "外销收入增长率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "外商满意度", "≥90%"),
    ])  # fmt: skip
    return b
