"""Tier labels, template rows, header words and note rows (items 4, 5, 6, 7, 13)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout400.common import H4, book, indicators, notes, one_year, sign, wan
from tests.variants.holdout400.registry import variant
from tests.variants.kit import Book, day, mk


@variant("wt01-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, 1.数量指标) "
         "and an indicator score column adding to the same 100 (correct)")  # fmt: skip
def wt01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="铙溪锣鼓乐传习推广项目", dept="铙溪县文化广电和旅游局 307",
                 unit="铙溪县文化馆", money=one_year(wan(48), wan(40), wan(8)),
                 goals=["举办锣鼓乐传习班6期，培训乡村鼓手150人。"])  # fmt: skip
    indicators(s, (*H4, "分值"), [
        ("一、产出指标（40分）", "1.数量指标", "举办锣鼓乐传习班期数", "≥6期", 10),
        (None, None, "参训乡村鼓手人数", "≥150人", 10),
        (None, "2.质量指标", "传习班结业考核合格率", "≥90%", 10),
        (None, "3.时效指标", "传习班按计划开班及时率", "≥95%", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "每期传习班培训成本", "≤5万元/期", 10),
        (None, "2.社会成本指标", "传习活动安全责任事故", "=0起", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "乡村群众锣鼓乐知晓率", "≥80%", 10),
        (None, None, "非遗锣鼓曲牌活态传承情况", "有效", 10),
        (None, "2.可持续影响指标", "传习成果长效展示机制", "建立并执行", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "参训鼓手满意度", "≥90%", 10),
        ("合计", "", "", "", 100),
    ])  # fmt: skip
    notes(s, "注：一级指标括号内分值为其下三级指标分值之和，合计100分。")
    sign(s, "葛绍禾", "0736-4518207", "卢秉谦", day(2025, 1, 15))
    return b


@variant("wt02-alt-labels", (5, 7),
         "project, OLD-NAT, tier labels with * and ★ marks and abbreviations (质量, 时效, 成本), "
         "headers 指标内容 and 绩效标准 (correct)")  # fmt: skip
def wt02() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鸣川区村级锣鼓队器材配置项目", dept="鸣川区文化和旅游局 215",
                 unit="鸣川区文化馆", money=one_year(wan(36), wan(30), wan(6)),
                 goals=["为24个行政村锣鼓队配置大鼓、大锣、铙钹等器材。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("*产出指标", "★数量指标", "配置锣鼓器材的行政村数", "≥24个"),
        (None, None, "配发大鼓、大锣、铙钹成套器材", "≥24套"),
        (None, "质量", "器材到货验收合格率", "=100%"),
        (None, "时效", "器材配发完成时限", "2025年9月30日前"),
        (None, "成本", "每村器材配置标准", "≤1.5万元/村"),
        ("*效益指标", "社会效益", "配置村锣鼓队活动正常开展率", "≥90%"),
        (None, "可持续影响", "器材村级管护制度", "建立并执行"),
        ("*满意度指标", "★服务对象满意度", "村民及锣鼓队员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：带*的为必填指标，带★的为核心指标，不得删除。")
    return b


@variant("wt03-wrong-parent", (5, 11),
         "project, NAT-2021, numbered labels （一）…（四）, one tier-2 (社会效益指标) "
         "under 产出指标 and a 发生率 with ≥")  # fmt: skip
def wt03() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鼙山锣鼓乐非遗展演项目", dept="鼙山市文化广电旅游局 102",
                 unit="鼙山市群众艺术馆", money=one_year(wan(80), wan(70), wan(10)),
                 goals=["全年举办锣鼓乐非遗展演20场，邀请民间锣鼓队16支参演。"])  # fmt: skip
    wrong = mk("（三）社会效益指标", "F105", "error",
               note="社会效益指标 belongs to 效益指标, not 产出指标")  # fmt: skip
    fault = mk("≥3%", "T108", "warning", row=True,
               note="a 故障发生率 is 反向: ≥ sets a floor on breakdowns")  # fmt: skip
    indicators(s, H4, [
        ("一、产出指标", "（一）数量指标", "举办锣鼓乐非遗展演场次", "≥20场"),
        (None, None, "参演民间锣鼓队数量", "≥16支"),
        (None, "（二）质量指标", "展演节目审核通过率", "≥95%"),
        (None, None, "展演器材故障发生率", fault),
        (None, wrong, "展演现场观众人次", "≥12000人次"),
        (None, "（四）时效指标", "展演活动按期举办率", "≥95%"),
        ("二、成本指标", "（一）经济成本指标", "单场展演平均成本", "≤3.5万元/场"),
        (None, "（二）社会成本指标", "展演活动安全责任事故", "=0起"),
        ("三、效益指标", "（一）社会效益指标", "锣鼓乐非遗项目社会知晓率", "≥75%"),
        (None, "（二）可持续影响指标", "展演成果数字化存档", "完备"),
        ("四、满意度指标", "（一）服务对象满意度指标", "现场观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wt04-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标; two tier-2 template rows left empty and a value "
         "without a name")  # fmt: skip
def wt04() -> Book:
    b, s = book()
    project_head(s, year=2025, name="响槐镇锣鼓队员培训项目", dept="铙溪县响槐镇人民政府 307021",
                 unit="响槐镇综合文化站", money=one_year(wan(30), wan(25), wan(5)),
                 goals=["培训村级锣鼓队员120人，组织结业汇演8场。"])  # fmt: skip
    no_name = mk(None, "F110", "error", note="≥8场 has no indicator name")
    t1 = mk("时效指标", "F109", "warning", row=True, note="template tier-2 left without indicator")
    t2 = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "培训村级锣鼓队员人数", "≥120人"),
        (None, None, no_name, "≥8场"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, t1, None, None),
        ("成本指标", "经济成本指标", "每名学员培训成本", "≤0.15万元/人"),
        (None, t2, None, None),
        ("效益指标", "社会效益指标", "受训队员所在村锣鼓队活跃率", "≥80%"),
        (None, "可持续影响指标", "镇级锣鼓传习机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wt05-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under headers "
         "考核指标 · 目标值（年度） · 评价标准 (correct)")  # fmt: skip
def wt05() -> Book:
    b, s = book("项目基本信息")
    project_head(s, year=2025, name="铙溪县乡村锣鼓队会演项目", dept="铙溪县文化广电和旅游局 307",
                 unit="铙溪县文化馆", money=one_year(wan(25), wan(20), wan(5)),
                 goals=["组织乡镇锣鼓队会演8场，40支村级锣鼓队参演。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 28, 18, 30))
    t.title("项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "组织乡镇锣鼓队会演场次", "≥8场", "完成得10分，每少1场扣2分"),
        (None, None, "参加会演的村级锣鼓队", "≥40支", "完成得10分，按比例扣分"),
        (None, "质量指标", "会演节目原生态曲牌占比", "≥60%", "达到得10分，未达到不得分"),
        (None, "时效指标", "会演活动完成时间", "2025年10月31日前", "按时得10分"),
        (None, "成本指标", "每场会演补助标准", "≤2.5万元/场", "不超标准得10分"),
        ("效益指标", "社会效益指标", "乡村锣鼓队活跃率", "≥85%", "达到得15分"),
        (None, "可持续影响指标", "锣鼓队常态化活动机制", "健全", "健全得15分"),
        ("满意度指标", "服务对象满意度指标", "参演队员满意度", "≥90%", "达到得10分"),
    ])  # fmt: skip
    return b


@variant("wt06-notes-defect", (4, 1),
         "project, OLD-NAT, score column; a 说明 row inside, the header repeated after a page "
         "break, subtotal and total rows, 填表说明 and signatures; a rate over 100 and an = on a "
         "satisfaction rate")  # fmt: skip
def wt06() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鸣川锣鼓谱抢救整理项目", dept="鸣川区文化和旅游局 215",
                 unit="鸣川区非物质文化遗产保护中心", money=one_year(wan(18), wan(15), wan(3)),
                 goals=["寻访锣鼓乐老艺人25人，采录整理传统锣鼓谱60套并建库公开。"])  # fmt: skip
    head = (*H4, "分值")
    over = mk("≥102%", "T106", "error", note="a 合格率 cannot exceed 100%")
    equal = mk("=92%", "T107", "warning", note="= on a satisfaction rate, ≥ meant")
    indicators(s, head, [
        ("产出指标", "数量指标", "采录整理传统锣鼓谱", "≥60套", 15),
        (None, None, "寻访记录锣鼓乐老艺人", "≥25人", 10),
        (None, "质量指标", "锣鼓谱校勘合格率", over, 10),
        (None, "时效指标", "整理成果按期交付率", "≥95%", 10),
        (None, "成本指标", "每套锣鼓谱整理成本", "≤0.25万元/套", 5),
        ("小计", "", "", "", 50),
    ])  # fmt: skip
    notes(s, "说明：校勘合格率指经专家复核无误的谱例占已整理谱例的比例。（续下页）")
    indicators(s, head, [
        ("效益指标", "社会效益指标", "锣鼓谱数字资源公开率", "≥80%", 15),
        (None, "可持续影响指标", "锣鼓谱数据库维护机制", "建立并执行", 15),
        ("小计", "", "", "", 30),
        ("满意度指标", "服务对象满意度指标", "传承人及研究者满意度", equal, 20),
        ("合计", "", "", "", 100),
    ])  # fmt: skip
    notes(s, "填表说明：1.分值按三级指标填写，小计、合计行不另计分；",
          "2.金额单位为万元。")  # fmt: skip
    sign(s, "钮雅芬", "0736-5207418", "蒯春生", day(2024, 12, 6))
    return b
