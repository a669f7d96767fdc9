"""Ocarina (陶笛) making: workshops, kilns and clay, percent cells, points and artefacts."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout550.common import HEAD, book, funds, lines, note, sign, table
from tests.variants.holdout550.registry import variant
from tests.variants.kit import Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("cn01-kiln-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format, "
         "detail lines (correct)")  # fmt: skip
def kiln_percent() -> Book:
    b, s = book()
    project_head(s, year=2025, name="陶湾镇陶笛制作非遗工坊", dept="柘川县文化馆（403017）",
                 unit="柘川县陶湾镇文化站", money=funds((36, 30, 6)),
                 goals=["在陶湾镇开设陶笛制作工坊，120课时带领留守儿童完成600只陶笛"])  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "陶笛制作培训课时", "≥", 120, "课时"),
        (None, None, "学员制作陶笛数量", "≥", 600, "只"),
        (None, "质量指标", "成品音准合格率", "≥", pct(0.9), "%"),
        (None, "时效指标", "培训按期完成率", "=", pct(1), "%"),
        (None, "成本指标", "陶土及釉料单价", "≤", 15, "元/只"),
        ("效益指标", "社会效益指标", "掌握基本吹奏的留守儿童", "≥", 300, "人"),
        (None, "可持续影响指标", "工坊年开放月数", "≥", 10, "个月"),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    s.skip()
    lines(s, "支出明细", [("教师课酬（120课时×1200元）", 14.4), ("陶土、釉料及工具", 9.6),
                          ("窑炉租赁及电费", 7.0), ("成果展演及交通", 5.0)], 36)  # fmt: skip
    sign(s, "龚素芹", "0738-5316042", (2024, 11, 18))
    return b


@variant("cn02-kiln-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent over 100 on a 合格率 and a "
         "≥ on a 破损率")  # fmt: skip
def kiln_percent_wrong() -> Book:
    b, s = book()
    project_head(s, year=2025, name="乡村陶笛制作进校园", dept="鹤陂县教育局（215009）",
                 unit="鹤陂县棠梨乡中心小学", money=funds((24, 24, 0)),
                 goals=["在棠梨乡6所村小开设陶笛制作兴趣课，年内烧制学生作品400只"])  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "开设陶笛兴趣课的村小", "≥", 6, "所"),
        (None, None, "学生烧制陶笛作品", "≥", 400, "只"),
        (None, "质量指标", "烧制成品合格率", "≥",
         mk(pct(1.05), "T106", "error", note="typed 105% on a 合格率 capped at 100%"), "%"),
        (None, None, "窑裂破损率",
         mk("≥", "T108", "warning", row=True, note="a 破损率 is 反向: ≤ expected"),
         pct(0.05), "%"),
        (None, "时效指标", "兴趣课开课时间", "≤", day(2025, 3, 15), None),
        (None, "成本指标", "每只作品材料费", "≤", 20, "元/只"),
        ("效益指标", "社会效益指标", "参与陶笛课的留守儿童", "≥", 180, "人"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "符晓岚", "0736-8824510", (2024, 12, 3))
    return b


@variant("cn03-clay-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points, indicator score column adding to "
         "each tier's points, a rate raised in 百分点 (correct)")  # fmt: skip
def clay_points() -> Book:
    b, s = book()
    project_head(s, year=2025, name="留守儿童陶笛制作与演奏营", dept="郦水县妇女联合会（118002）",
                 unit="郦水县儿童之家服务中心", money=funds((18, 15, 3)),
                 goals=["暑期举办4期陶笛营，每期30名留守儿童自制并学会吹奏陶笛"])  # fmt: skip
    table(s, (*HEAD, "分值"), [
        ("一、成本指标（10分）", "（一）经济成本指标", "1.每名营员材料及食宿成本",
         "≤1500元/人", 10),
        ("二、产出指标（50分）", "（一）数量指标", "1.举办营期", "≥4期", 15),
        (None, None, "2.参营留守儿童人数", "≥120人", 15),
        (None, "（二）质量指标", "1.营员陶笛作品成音率", "≥95%", 10),
        (None, "（三）时效指标", "1.营期结束时间", "8月31日前", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "1.营员吹奏测评优良率较上年提高",
         "≥5百分点", 15),
        (None, "（二）可持续影响指标", "1.回村后继续练习的营员占比", "≥60%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.营员及监护人满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    note(s, "注：一级指标后括号内为该级分值，三级指标分值之和等于所属一级指标分值。")
    return b


@variant("cn04-clay-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column beside the indicator scores: 产出 scores short of "
         "the tier's points, a rate given as a count")  # fmt: skip
def clay_points_wrong() -> Book:
    b, s = book(widths=(14, 8, 16, 30, 16, 10))
    project_head(s, year=2025, name="陶笛制作师资下乡", dept="柘川县教育局（403001）",
                 unit="柘川县教师发展中心", money=funds((12, 12, 0)),
                 goals=["培训乡村音乐教师40名，使其能独立指导学生制作陶笛"])  # fmt: skip
    heads = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    table(s, heads, [
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤3000元/人", 10),
        ("产出指标",
         mk(50, "W103", "error", alt=("W101",), note="15 + 10 + 10 + 10 = 45, not 50"),
         "数量指标", "培训乡村音乐教师", "≥40人", 15),
        (None, None, None, "送教下乡课时", "≥160课时", 10),
        (None, None, "质量指标", "陶笛制作考核通过率",
         mk("36人", "T105", "error", note="a 通过率 given as a head count"), 10),
        (None, None, "时效指标", "培训完成时间", "2025年6月30日前", 10),
        ("效益指标", 30, "社会效益指标", "开设陶笛课的乡村学校", "≥20所", 20),
        (None, None, "可持续影响指标", "参训教师次年继续授课比例", "≥80%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训教师满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the scores add to 95: tolerated")
    return b


@variant("cn05-workshop-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below: a split number, an amount "
         "pasted twice, a completion date left as a serial in a text cell")  # fmt: skip
def workshop_artefacts() -> Book:
    b, s = book()
    project_head(s, year=2025, name="沅坪镇陶笛工坊电窑配置", dept="郦水县文化和旅游局（118010）",
                 unit="郦水县沅坪镇综合文化站", money=funds((30, 30, 0)),
                 end=mk("46022", "X104", "warning", note="2025-12-31 as a serial in a text cell"),
                 goals=["配置电窑1台并开展陶笛烧制课程，全年烧制作品1000只"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "购置电窑", "1台"),
        (None, None, "烧制陶笛作品", "≥1000只"),
        (None, "质量指标", "电窑验收合格率", "100%"),
        (None, "时效指标", "电窑安装完成时间", "2025年5月31日前"),
        (None, "成本指标", "电窑购置单价", "≤5万元/台"),
        ("效益指标", "社会效益指标", "受益留守儿童", "≥260人"),
        ("满意度指标", "服务对象满意度指标", "参课儿童满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("支出明细", None, "金额（万元）", merge=[(1, 2)])
    s.row("电窑购置", None, mk("4.867 5", "X105", "warning", alt=("X103",),
                               note="4.8675 split by a space"), merge=[(1, 2)])  # fmt: skip
    s.row("陶土釉料", None, mk("6万6万（含运费）", "X106", "error", alt=("B108",),
                               note="6万 pasted twice"), merge=[(1, 2)])  # fmt: skip
    s.row("教师课酬", None, 12, merge=[(1, 2)])
    s.row("作品展演及汇编", None, 7.1325, merge=[(1, 2)])
    s.row("合计", None, 30, merge=[(1, 2)])
    return b


@variant("cn06-workshop-multiyear", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 value columns: annual counts below the "
         "period counts, rates and unit costs equal (correct)")  # fmt: skip
def workshop_multiyear() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="陶笛文化传承基地建设", attr="新增项目",
                 dept="鹤陂县文化馆（215020）", unit="鹤陂县文化馆",
                 money=funds((30, 25, 5), (90, 75, 15)),
                 goals=["三年建成1个陶笛传承基地，培养陶笛小传人300名",
                        "2025年完成基地窑房改造，培养陶笛小传人100名"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "培养陶笛小传人", "≥300人", "≥100人"),
        (None, None, "举办陶笛制作公开课", "≥36场", "≥12场"),
        (None, "质量指标", "学员结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "窑房改造完成时间", "2025年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "学员人均年培训成本", "≤800元/人", "≤800元/人"),
        ("效益指标", "社会效益指标", "受益留守儿童", "≥600人", "≥200人"),
        (None, "可持续影响指标", "基地常驻陶笛指导教师", "≥4人", "≥2人"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟立荷", "0736-8810273", (2024, 10, 28))
    return b
