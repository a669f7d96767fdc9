"""Blue calico (蓝印花布) workshops for rural women: percent cells, tier labels, 中期 and 年度."""

from __future__ import annotations

from tests.variants.holdout484.common import (
    indicators,
    multi_year,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout484.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

FED = "蓼湾县妇女联合会（317001）"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("zz01-calico-percent-cells", (1,),
         "project, OLD-NAT, operator column and unit column, percent cells typed in Excel, "
         "万元 only in the number format (correct)")  # fmt: skip
def calico_percent_cells() -> Book:
    b, s = start()
    project(s, "蓼湾县农村妇女蓝印花布技艺培训项目", FED, "蓼湾县妇女儿童活动中心",
            one_year(48, 42, 6),
            ["培训农村妇女240人掌握刻版、刮浆、染色技艺，带动居家灵活就业。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "培训农村妇女人数", "≥", 240, "人"),
        (None, None, "开办刻版刮浆培训班", "≥", 8, "期"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.9), "%"),
        (None, "时效指标", "培训任务完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "人均培训成本", "≤", 1500, "元/人"),
        ("效益指标", "经济效益指标", "结业学员人均年增收", "≥", 3000, "元"),
        (None, "社会效益指标", "结业学员居家灵活就业率", "≥", pct(0.6), "%"),
        (None, "生态效益指标", "靛蓝废染液排放下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "村级工坊长效运营机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "覃秀莲", "0739-6213407")
    return b


@variant("zz02-calico-percent-wrong", (1, 11),
         "project, OLD-NAT, operators in words in their own column, percent cells: a pass rate "
         "typed as 105%, a defect rate with 大于等于")  # fmt: skip
def calico_percent_wrong() -> Book:
    b, s = start()
    project(s, "石榴坪镇蓝印花布巾帼合作社生产技能提升项目", FED, "石榴坪镇妇女联合会",
            one_year(35, 30, 5),
            ["合作社200名妇女掌握批量印染工艺，成品稳定达到订单质量要求。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "参训合作社社员", "大于等于", 200, "人"),
        (None, None, "新刻花版", "大于等于", 60, "套"),
        (None, "质量指标", "印花成品质检合格率", "大于等于",
         mk(pct(1.05), "T106", "error", note="合格率不能超过100%：单元格显示105%"), "%"),
        (None, None, "印花成品次品率",
         mk("大于等于", "T108", "warning", row=True, note="次品率是反向指标，应为小于等于"),
         pct(0.08), "%"),
        (None, "时效指标", "技能轮训完成时间", "小于等于", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "人均培训成本", "小于等于", 1200, "元/人"),
        ("效益指标", "经济效益指标", "合作社年订单收入增长率", "大于等于", pct(0.15), "%"),
        (None, "社会效益指标", "留守妇女就近就业率", "大于等于", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龙美娟", "0739-6250918")
    return b


@variant("zz03-calico-numbered-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, 1.数量指标) "
         "and an indicator 分值 column adding up to each tier's points (correct)")  # fmt: skip
def calico_numbered_points() -> Book:
    b, s = start()
    project(s, "蓼湾县蓝印花布非遗传承巾帼培训项目", FED, "蓼湾县文化馆", one_year(60, 55, 5),
            ["培训农村妇女360人，储备蓝印花布非遗传承后备人才，对接合作社订单。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("一、产出指标（40分）", "1.数量指标", "举办培训", "≥12场", 10),
        (None, None, "参训农村妇女", "≥360人", 10),
        (None, "2.质量指标", "结业作品合格率", "≥85%", 10),
        (None, "3.时效指标", "培训按时完成率", "=100%", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "人均培训补贴", "≤1200元/人", 10),
        (None, None, "场地及材料费", "≤16万元", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "学员人均增收", "≥2400元", 10),
        (None, "2.社会效益指标", "学员进入非遗传承人才库比例", "≥5%", 10),
        (None, "3.可持续影响指标", "合作社订单对接机制", "建立并执行", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "参训妇女满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "向玉梅", "0739-6218862")
    return b


@variant("zz04-calico-abbreviated-wrong-parent", (5,),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量, 满意度): a 时效 block under "
         "效益, a completion rate given as a head count")  # fmt: skip
def calico_abbreviated_wrong_parent() -> Book:
    b, s = start()
    project(s, "鹭鸶洲乡蓝印花布手工坊妇女培训项目", FED, "鹭鸶洲乡人民政府", one_year(22, 20, 2),
            ["培训150名农村妇女，扶持乡级手工坊承接蓝印花布来料加工。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出", "数量", "参训妇女", "≥150人"),
        (None, None, "扶持手工坊", "≥3个"),
        (None, "质量", "培训结业率", mk("150人", "T105", "error", note="结业率要百分比")),
        (None, "成本", "人均培训成本", "≤1000元/人"),
        ("效益", "社会效益", "参训妇女手工坊就业率", "≥30%"),
        (None, mk("时效", "F105", "error", note="时效是产出的二级指标，放在了效益之下"),
         "培训任务完成时间", "2025年10月31日前"),
        (None, "可持续影响", "手工坊来料加工常态化", "建立并执行"),
        ("满意度", "服务对象满意度", "参训妇女满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "田桂香", "0739-6301275")
    return b


@variant("zz05-calico-three-year", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns: counts smaller "
         "in the year, rates and unit costs equal (correct)")  # fmt: skip
def calico_three_year() -> Book:
    b, s = start()
    goals = ["三年内培训农村妇女900人，建成村级蓝印花布工坊6个，形成县域手工印染品牌。",
             "本年度培训农村妇女300人，建成村级工坊2个，完成品牌标识设计。"]  # fmt: skip
    project(s, "蓼湾县蓝印花布巾帼工坊建设项目", FED, "蓼湾县妇女联合会", multi_year(
        (150, 135, 15), (50, 45, 5)), goals, years=3, attr="新增项目")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "培训农村妇女", "≥900人", "≥300人"),
        (None, None, "建成村级工坊", "≥6个", "≥2个"),
        (None, "质量指标", "工坊验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度培训按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1000元/人", "≤1000元/人"),
        ("效益指标", "经济效益指标", "工坊妇女人均年增收", "≥3000元", "≥2000元"),
        (None, "社会效益指标", "结业学员就业率", "≥60%", "≥60%"),
        (None, "可持续影响指标", "工坊自主运营比例", "≥80%", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃秀莲", "0739-6213407")
    return b


@variant("zz06-calico-two-year-copied", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: 中期目标 copied into "
         "年度目标, two cumulative counts copied into the annual column")  # fmt: skip
def calico_two_year_copied() -> Book:
    b, s = start()
    text = "两年内培训农村妇女400人，开办蓝印花布研学体验点4个，带动妇女居家就业。"
    goals = [text, mk(text, "D204", "warning", note="两年期项目的年度目标照抄中期目标")]
    project(s, "苎溪镇蓝印花布研学体验点建设项目", FED, "苎溪镇人民政府", multi_year(
        (80, 70, 10), (40, 35, 5)), goals, years=2)  # fmt: skip
    copied = "累计数量，两年期项目的年度值照抄了中期值"
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "培训农村妇女", "≥400人",
         mk("≥400人", "D202", "warning", note=copied)),
        (None, None, "开办研学体验点", "≥4个", mk("≥4个", "D202", "warning", note=copied)),
        (None, "质量指标", "体验点验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "体验点按期开放率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人", "≤800元/人"),
        ("效益指标", "社会效益指标", "带动妇女就近就业比例", "≥30%", "≥30%"),
        (None, "可持续影响指标", "体验点运营管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "彭春燕", "0739-6277340")
    return b
