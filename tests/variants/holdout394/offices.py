"""Returns wn13–wn18: what the offices of both halves send: department returns of an orchestra
and a children's folk-music school, tier labels numbered, with points or abbreviated, a page
break with subtotals, operators and directions in words."""

from __future__ import annotations

from tests.variants.holdout394.common import department, funds, indicators, new, project
from tests.variants.holdout394.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant("wn13-orchestra-department", (12,),
         "department, NAT-2021: budget and key tasks with a 金额合计 equal to 项目支出, all "
         "consistent (correct)")  # fmt: skip
def wn13() -> Book:
    b, s = new()
    department(s, "苇塘县民族乐团", [520, 470, 50, 310, 210], [
        ("民族器乐演出季", "剧场演出季和节庆专场演出", 120, "完成年度演出季"),
        ("民乐进校园", "到中小学开展普及演出和讲座", 55, "扩大青少年受众"),
        ("民乐曲谱整理出版", "整理本地民间器乐曲谱", 35, "出版民乐曲谱"),
        ("金额合计", None, 210, None),
    ], "办好演出季，推进民乐普及和民间曲谱整理。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "演出季演出场次", "≥60场"),
        (None, None, "进校园普及演出场次", "≥30场"),
        (None, None, "整理出版民乐曲谱", "≥2部"),
        (None, "质量指标", "演出节目审核通过率", "=100%"),
        (None, "时效指标", "年度重点任务按时完成率", "≥95%"),
        ("成本指标", "经济成本指标", "演出季单场平均成本", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "民族音乐公共文化服务供给", "持续增加"),
        (None, "可持续影响指标", "乐团品牌影响力", "不断提升"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wn14-school-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to their "
         "金额合计")  # fmt: skip
def wn14() -> Book:
    b, s = new()
    total = mk(money(300, WAN), "B101", "error", row=True,
               note="财政拨款 260 + 其他资金 40 = 300，基本 180 + 项目 130 = 310")  # fmt: skip
    lines = mk(money(130, WAN), "B102", "error", row=True, note="70 + 45 + 20 = 135，不是 130")
    department(s, "潆川区少儿民族艺术学校", [total, 260, 40, 180, 130], [
        ("民乐专业教学", "开设二胡、扬琴、笙等少儿专业班", 70, "完成年度教学计划"),
        ("少儿民乐团巡演", "少儿民乐团到社区、乡镇巡演", 45, "展示少儿民乐教学成果"),
        ("教学乐器更新", "更新老化的教学用民族乐器", 20, "保障教学用琴"),
        ("金额合计", None, lines, None),
    ], "办好少儿民乐专业教学，组织少儿民乐团巡演。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "少儿民乐专业班学员", "≥260人"),
        (None, None, "少儿民乐团巡演场次", "≥16场"),
        (None, None, "更新教学用民族乐器", "≥40件"),
        (None, "质量指标", "学员年度考核合格率", "≥90%"),
        (None, "时效指标", "巡演计划按时完成率", "≥95%"),
        ("成本指标", "经济成本指标", "教学乐器平均采购单价", "≤0.5万元/件"),
        ("效益指标", "社会效益指标", "少儿民族音乐素养", "有所提升"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wn15-numbered-points", (5, 10),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）, "
         "（一）数量指标) and indicator scores adding up under each tier (correct)")  # fmt: skip
def wn15() -> Book:
    b, s = new()
    project(s, "鹭汀市民族乐团“江南丝竹”传承展演", "鹭汀市文化和旅游局（115020）",
            "鹭汀市民族乐团", funds(64, 54, 10),
            ["整理江南丝竹传统曲目并开展传承展演。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标（40分）", "（一）数量指标", "丝竹展演场次", "≥20场", 10),
        (None, None, "整理江南丝竹传统曲目", "≥15首", 10),
        (None, "（二）质量指标", "展演节目专家评审优良率", "≥85%", 10),
        (None, "（三）时效指标", "展演计划按时完成率", "≥95%", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "单场展演成本", "≤2.5万元/场", 10),
        (None, None, "曲目整理费用", "≤10万元", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "江南丝竹社会认知度", "有所提升", 15),
        (None, "（二）可持续影响指标", "丝竹传承队伍", "持续壮大", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "观众满意度", "≥90%", 10),
    ], header=("一级指标", "二级指标", "三级指标", "指标值", "分值"))  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("wn16-abbreviated-wrong-parent", (5,),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量, 效益 …): 社会效益 inside the 产出 "
         "block, a satisfaction written =92%, a rate given as a count")  # fmt: skip
def wn16() -> Book:
    b, s = new()
    project(s, "苇塘县乡村少儿民乐教室建设", "苇塘县教育局（318006）", "苇塘县教学研究室",
            funds(42, 35, 7), ["在乡村小学建设少儿民乐教室并配齐教学乐器。"])  # fmt: skip
    parent = mk("社会效益", "F105", "error", note="社会效益是效益的二级指标，不在产出之下")
    rate = mk("8间", "T105", "error", note="建成率给的是间数，应为百分比")
    equal = mk("=92%", "T107", "warning", note="满意度写“=”，应为 ≥")
    indicators(s, [
        ("产出", "数量", "建设乡村少儿民乐教室", "≥8间"),
        (None, None, "配置教学用民族乐器", "≥160件"),
        (None, "质量", "民乐教室建成率", rate),
        (None, None, "教学乐器验收合格率", "≥95%"),
        (None, "时效", "教室投入使用时间", "2025年9月1日前"),
        (None, "成本", "每间教室建设配置成本", "≤5万元/间"),
        (None, parent, "乡村少儿民族音乐兴趣", "明显提升"),
        ("效益", "可持续影响", "乡村民乐教室常态化使用", "长期坚持"),
        ("满意度", "服务对象满意度", "师生满意度", equal),
    ])  # fmt: skip
    return b


@variant("wn17-page-break-subtotals", (4,),
         "department, NAT-2021, weight column: subtotal rows after each tier-1, the header "
         "repeated after a page break, a total row (correct)")  # fmt: skip
def wn17() -> Book:
    b, s = new()
    department(s, "钟曲市群众艺术馆", [260, 230, 30, 170, 90], [
        ("群众民乐团队辅导", "辅导社区、乡镇群众民乐队", 50, "提升群众民乐团队水平"),
        ("民族音乐公益讲堂", "每月举办民族音乐公益讲堂", 40, "普及民族音乐知识"),
        ("金额合计", None, 90, None),
    ], "辅导群众民乐团队，办好民族音乐公益讲堂。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, [
        ("产出指标", "数量指标", "辅导群众民乐团队", "≥40支", 10),
        (None, None, "公益讲堂场次", "≥24场", 10),
        (None, "质量指标", "辅导团队汇演达标率", "≥90%", 10),
        (None, "时效指标", "讲堂按月开讲率", "≥95%", 10),
    ], header=head)  # fmt: skip
    s.row("产出指标小计", None, None, None, 40)
    s.table([
        ("成本指标", "经济成本指标", "单场公益讲堂成本", "≤0.8万元/场", 10),
        (None, None, "每支团队辅导成本", "≤1.2万元/支", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("成本指标小计", None, None, None, 20)
    s.skip()
    indicators(s, [
        ("效益指标", "社会效益指标", "群众民乐活动参与度", "明显提升", 15),
        (None, "可持续影响指标", "基层民乐团队自主活动", "常态开展", 15),
    ], header=head)  # fmt: skip
    s.row("效益指标小计", None, None, None, 30)
    s.table([("满意度指标", "服务对象满意度指标", "参训群众满意度", pct(0.92), 10)])
    s.row("满意度指标小计", None, None, None, 10)
    s.row("合计", None, None, None, 100)
    return b


@variant("wn18-direction-in-words", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator in words, bare "
         "values with a unit column: a cost and a 流失率 with 大于等于, a deadline in the next "
         "year of a one-year project")  # fmt: skip
def wn18() -> Book:
    b, s = new()
    project(s, "潆川区民族乐器制作技艺传习", "潆川区文化体育局（207004）",
            "潆川区非物质文化遗产保护中心", funds(22, 20, 2),
            ["开办民族乐器制作技艺传习班，培养乐器制作传承人。"])  # fmt: skip
    late = mk(day(2026, 3, 31, CN_DATE), "Y102", "error",
              note="一年期项目（2025年）的完成时间落在2026年")  # fmt: skip
    cost = mk("大于等于", "T108", "warning", row=True, note="成本是反向指标，应为小于等于")
    loss = mk("大于等于", "T108", "warning", row=True, note="流失率是反向指标，应为小于等于")
    indicators(s, [
        ("产出指标", "数量指标", "传习学员人数", "正向", "大于等于", 30, "人"),
        (None, None, "制作教学用民族乐器", "正向", "大于等于", 60, "件"),
        (None, "质量指标", "学员制作乐器验收合格率", "正向", "大于等于", pct(0.85), "%"),
        (None, None, "传习学员流失率", "反向", loss, pct(0.05), "%"),
        (None, "时效指标", "传习课程完成时间", "反向", "小于等于", late, None),
        (None, "成本指标", "人均传习成本", "反向", cost, 0.6, "万元/人"),
        ("效益指标", "社会效益指标", "传统乐器制作技艺传承", "正向", None, "有效延续", None),
        (None, "可持续影响指标", "结业学员从事乐器制作比例", "正向", "大于等于", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "正向", "大于等于", pct(0.9), "%"),
    ], header=("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
               "计量单位"))  # fmt: skip
    return b
