"""Lifeguards, rescue drills and visitor complaints at campsites and scenic areas: ut13–ut18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout348 import common as c
from tests.variants.holdout348.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ut13-lifeguard-two-year", (8, 10), "two-year project, OLD-NAT, 中期 and 年度 columns: "
         "counts smaller in the year, rates and limits equal, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def ut13() -> Book:
    b, s = c.start()
    project_head(s, year=2025, years=2, name="鹭鸣湾海滨浴场救生能力提升",
                 dept="柘岩县文化和旅游局（317）", unit="柘岩县鹭鸣湾景区管理中心",
                 money=c.multi_year((96, 90, 6), (50, 47, 3)),
                 goals=["两年新建救生瞭望台4座，复训救生员48人次，险情成功处置率逐年提高。",
                        "2025年新建瞭望台2座，复训24人次，处置率提高2个百分点。"])  # fmt: skip
    c.indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新建救生瞭望台", "≥4座", "≥2座"),
        (None, None, "救生员复训人次", "≥48人次", "≥24人次"),
        (None, "质量指标", "救生员持证上岗率", pct(1), pct(1)),
        (None, "时效指标", "险情响应到场时间", "≤3分钟", "≤3分钟"),
        (None, "成本指标", "救生员人均年度补贴", "≤3.2万元/人", "≤3.2万元/人"),
        ("效益指标", "社会效益指标", "险情成功处置率较上年提高", "≥4百分点", "≥2百分点"),
        (None, "可持续影响指标", "浴场救生值守制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "游客安全感满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    c.note(s, "注：救生员共12人，人均年度补贴按3.2万元计，年度38.4万元含在年度资金总额内。", 5)
    return b


@variant("ut14-drill-footnotes", (4,), "project, OLD-NAT, one value column: a 说明 row between "
         "tiers, the header repeated after a page break, footnotes, 填表说明, signature and a fill "
         "date in the year before (correct)")  # fmt: skip
def ut14() -> Book:
    b, s = c.start()
    project_head(s, year=2025, name="漾川区景区综合应急救援演练", dept="漾川区应急管理局",
                 unit="漾川区景区安全服务站", money=c.one_year(42, 39, 3),
                 goals=["组织景区综合救援演练8场，覆盖索道、漂流和露营地三类场景。"])  # fmt: skip
    c.indicators(s, HEAD4, [
        ("产出指标", "数量指标", "综合救援演练场次", "≥8场"),
        (None, None, "参演救援人员人次", "≥320人次"),
        (None, "质量指标", "演练方案评审通过率", "100%"),
    ])  # fmt: skip
    c.note(s, "说明：以下时效、成本指标按区应急管理局演练计划口径填报。", 4)
    s.table([
        ("产出指标", "时效指标", "汛期前演练完成时间", "2025年5月31日前"),
        (None, "成本指标", "单场演练平均成本", "≤4.5万元/场"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*HEAD4)
    s.table([
        ("效益指标", "社会效益指标", "演练暴露问题整改率", "≥95%"),
        (None, "可持续影响指标", "景区应急联动机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参演单位满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    c.note(s, "注：年度资金总额42万元 = 财政拨款39万元 + 其他资金3万元（景区经营单位分担）。", 4)
    c.note(s, "填表说明：指标值请填写比较符、数值和单位；定性指标填写等级。", 4)
    c.sign(s, "宋岚舟", "0583-6627319", day(2024, 12, 6))
    return b


@variant("ut15-campsite-complaints-wrong", (4, 11, 12), "department, NAT-2021, a note row inside "
         "the table: 基本支出 + 项目支出 ≠ 资金总额, a response time with ≥, a satisfaction "
         "above 100 %")  # fmt: skip
def ut15() -> Book:
    b, s = c.start()
    total = mk(c.wan(260), "B101", "error", note="基本支出 150 + 项目支出 120 = 270 ≠ 260")
    department_head(s, year=2025, dept="桐屿市鹤汀湾露营地管理处",
                    budget=[[total, c.wan(240), c.wan(20), c.wan(150), c.wan(120)]],
                    tasks=[("投诉受理处置", "游客投诉热线及平台工单处置", c.wan(45), "按时办结"),
                           ("营地安全整治", "帐篷区消防和用电隐患整治", c.wan(75), "隐患清零"),
                           ("金额合计", None, c.wan(120), None)],
                    goal="游客投诉及时办结，营地安全隐患动态清零，游客满意度90%以上。")  # fmt: skip
    c.indicators(s, HEAD4, [
        ("产出指标", "数量指标", "营地安全隐患排查次数", "≥52次"),
        (None, "质量指标", "游客投诉办结率", "≥98%"),
        (None, "时效指标", "投诉处理平均办结时长",
         mk("≥3个工作日", "T108", "warning", row=True, note="a response time with ≥")),
    ])  # fmt: skip
    c.note(s, "注：投诉数据以12345热线及景区平台工单为准。", 4)
    s.table([
        ("成本指标", "经济成本指标", "单次隐患排查平均成本", "≤0.6万元/次"),
        ("效益指标", "社会效益指标", "营地安全事故发生数", "≤1起"),
        ("满意度指标", "服务对象满意度指标", "露营游客满意度",
         mk("≥105%", "T106", "error", note="a satisfaction cannot exceed 100 %")),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ut16-rafting-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a 时效指标 "
         "row left from the template, a value without an indicator name")  # fmt: skip
def ut16() -> Book:
    b, s = c.start()
    project_head(s, year=2025, name="青箬滩漂流河段救生设施补充", dept="桐屿市文化和旅游局",
                 unit="桐屿市青箬滩漂流安全管理所", money=c.one_year(21, 21, 0),
                 goals=["补充抛投式救生器材和岸边救生点，漂流季无溺水死亡事故。"])  # fmt: skip
    c.indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "抛投式救生器材配置数量", "≥120套"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥6处"),
        (None, "质量指标", "救生器材验收合格率", "100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("成本指标", "经济成本指标", "救生器材单套采购成本", "≤0.1万元/套"),
        ("效益指标", "社会效益指标", "漂流溺水死亡事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "漂流游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ut17-lifeguard-marked-labels", (5,), "project, OLD-NAT, tier labels with * and "
         "abbreviations (产出, 数量, 成本 under 产出), ★ core indicators, 0起 on a drowning count "
         "(correct)")  # fmt: skip
def ut17() -> Book:
    b, s = c.start()
    project_head(s, year=2025, name="鹤汀湾游泳区救生员购买服务", dept="桐屿市文化和旅游局",
                 unit="桐屿市鹤汀湾景区管理处", money=c.one_year(57.6, 54, 3.6),
                 goals=["游泳区开放期间每日配备持证救生员16人，全年无溺水死亡事故。"])  # fmt: skip
    c.indicators(s, HEAD4, [
        ("*产出", "数量", "★每日在岗持证救生员", "≥16人"),
        (None, None, "游泳区开放天数", "≥120天"),
        (None, "质量", "★救生员持证上岗率", "100%"),
        (None, "时效", "险情响应到场时间", "≤2分钟"),
        (None, "成本", "救生员服务单价", "≤300元/人·天"),
        ("*效益", "社会效益", "★游泳区溺水死亡事故发生数", "0起"),
        (None, "可持续影响", "救生员考核淘汰机制", "建立并执行"),
        ("*满意度", "服务对象满意度", "游泳游客满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("ut18-drill-money-wrong", (1, 12), "project, OLD-NAT, operator and unit columns, 万元 in "
         "the number format: 其他资金 formatted in 元, a cost standard × count above the money, "
         "a percent typed as 950%")  # fmt: skip
def ut18() -> Book:
    b, s = c.start()
    other = mk(money(30000, YUAN), "B105", "error", note="30,000.00元 in a 万元 block")
    project_head(s, year=2025, name="翠岙峡景区山地救援演练", dept="柘岩县翠岙峡景区管理局",
                 unit="柘岩县翠岙峡景区安全办", money=c.one_year(24, 21, other),
                 goals=["开展山地及索道联合救援演练，提升景区救援装备保障水平。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the sum may fail on the 元 cell")
    c.indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "山地联合救援演练场次", "≥", 12, "场"),
        (None, "质量指标", "救援装备完好率", "≥",
         mk(pct(9.5), "T106", "error", note="shows 950 %: 95 % typed wrong"), "%"),
        (None, "时效指标", "演练方案报备时限", "≤", 5, "工作日"),
        (None, "成本指标", "单场联合演练成本", "≤",
         mk(2.5, "B107", "warning", row=True, note="2.5 × 12 = 30 > 24 万元"), "万元/场"),
        ("效益指标", "社会效益指标", "游客遇险救援成功率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "参演单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
