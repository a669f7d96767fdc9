"""Returns wi07–wi12: horological heritage (钟表文化): a clock museum, intangible heritage,
study tours and an oral history; tier labels as offices write them, points at two levels,
header words and template rows left empty."""

from __future__ import annotations

from tests.variants.holdout389.common import CULTURE, YEAR, book, one_year, project, table
from tests.variants.holdout389.registry import variant
from tests.variants.kit import Book, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
MUSEUM = "漱玉区钟表博物馆"
HERITAGE = "枫垣县非物质文化遗产保护中心"


@variant(
    "wi07-numbered-points-labels",
    (5,),
    "project, NAT-2021, tier labels numbered with "
    "points (一、产出指标（40分）, （一）数量指标), a 0起 incident target (correct)",
)
def wi07() -> Book:
    b, s = book()
    project(s, name="馆藏古董钟表保护性修复", dept=CULTURE, unit=MUSEUM,
            money_rows=one_year(64, 54, 10),
            goals=["对馆藏古董钟表开展保护性修复，修复后向公众展出。"])  # fmt: skip
    table(s, HEAD, [
        ("一、产出指标（40分）", "（一）数量指标", "馆藏古董钟表保护性修复件数", "≥40件"),
        (None, None, "修复过程影像档案建立件数", "≥40件"),
        (None, "（二）质量指标", "修复方案专家论证通过率", "=100%"),
        (None, "（三）时效指标", "年度修复任务完成时间", f"{YEAR}年11月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "单件保护性修复平均成本", "≤1.2万元/件"),
        (None, "（二）社会成本指标", "修复导致藏品损伤事件", "0起"),
        ("三、效益指标（30分）", "（一）社会效益指标", "修复后藏品对公众展出件数", "≥25件"),
        (None, "（二）可持续影响指标", "藏品预防性保护制度", "建立并执行"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参观观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "wi08-marked-labels-wrong-parent",
    (5,),
    "project, OLD-NAT, labels with ★ and * and "
    "abbreviated (数量, 社会效益): 时效 under 效益指标 and a satisfaction with =",
)
def wi08() -> Book:
    b, s = book()
    project(s, name="钟表修复技艺非遗项目保护传承补助", dept=CULTURE, unit=HERITAGE,
            money_rows=one_year(40, 30, 10),
            goals=["支持钟表修复技艺非遗传承人带徒传艺，开展非遗进校园活动。"])  # fmt: skip
    parent = mk("时效", "F105", "error", alt=("F104",),
                note="时效 is a tier-2 of 产出指标, written under 效益指标")  # fmt: skip
    equal = mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% was meant")
    table(s, HEAD, [
        ("★产出指标", "*数量", "非遗传承人带徒人数", "≥10人"),
        (None, None, "开展非遗进校园活动场次", "≥16场"),
        (None, "*质量", "传承人年度考核合格率", "≥90%"),
        (None, "成本", "单场进校园活动成本", "≤0.5万元/场"),
        ("★效益指标", "社会效益", "参与非遗体验学生人次", "≥2000人次"),
        (None, parent, "传承人作品图录出版时间", f"{YEAR}年12月31日前"),
        (None, "可持续影响", "非遗传承档案数字化", "完成"),
        ("★满意度指标", "服务对象满意度", "参与学生满意度", equal),
    ])  # fmt: skip
    return b


@variant(
    "wi09-points-two-levels",
    (10,),
    "project, NAT-2021, a tier-1 score column and an "
    "indicator score column both adding to 100, a rate raised in 百分点 (correct)",
)
def wi09() -> Book:
    b, s = book()
    project(s, name="钟表文化研学基地运营", dept=CULTURE, unit=MUSEUM,
            money_rows=one_year(52, 40, 12),
            goals=["面向中小学生开设钟表文化研学课程，提高青少年钟表文化知晓率。"])  # fmt: skip
    table(s, POINTS, [
        ("产出指标", 40, "数量指标", "钟表文化研学课程开课场次", "≥60场", 15),
        (None, None, None, "研学参与中小学生人数", "≥3000人", 10),
        (None, None, "质量指标", "研学课程评估优良率", "≥90%", 10),
        (None, None, "时效指标", "年度研学计划完成时间", f"{YEAR}年12月20日前", 5),
        ("成本指标", 20, "经济成本指标", "单场研学课程成本", "≤0.6万元/场", 20),
        ("效益指标", 30, "社会效益指标", "青少年钟表文化知晓率提升幅度", "提高≥3百分点", 15),
        (None, None, "可持续影响指标", "研学课程资源库年度更新次数", "≥2次", 15),
        ("满意度指标", 10, "服务对象满意度指标", "研学学生及家长满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "wi10-tier-points-wrong",
    (10, 11),
    "project, NAT-2021, tier-1 and indicator score "
    "columns: 产出 and 效益 scores not their indicators' sums, an error rate with ≥",
)
def wi10() -> Book:
    b, s = book()
    project(s, name="古代计时器复原展", dept=CULTURE, unit=MUSEUM,
            money_rows=one_year(70, 60, 10),
            goals=["复原水运仪象台等古代计时器并举办复原展和巡展。"])  # fmt: skip
    output = mk(50, "W103", "error", note="indicator points under 产出指标 add to 55")
    effect = mk(30, "W103", "error", note="indicator points under 效益指标 add to 25")
    wrong_way = mk("≥2%", "T108", "warning", row=True,
                   note="差错率 is 反向: ≤2% was meant")  # fmt: skip
    table(s, POINTS, [
        ("产出指标", output, "数量指标", "复原古代计时器件数", "≥6件", 20),
        (None, None, None, "复原展巡展场次", "≥4场", 15),
        (None, None, "质量指标", "复原件专家验收通过率", "≥95%", 10),
        (None, None, None, "展品讲解差错率", wrong_way, 5),
        (None, None, "时效指标", "复原展开展时间", f"{YEAR}年9月30日前", 5),
        ("成本指标", 10, "经济成本指标", "单件复原制作成本", "≤8万元/件", 10),
        ("效益指标", effect, "社会效益指标", "复原展观众人次", "≥40000人次", 15),
        (None, None, "可持续影响指标", "复原工艺资料数字化归档件数", "≥6件", 10),
        ("满意度指标", 10, "服务对象满意度指标", "观众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "wi11-second-sheet-headers",
    (7,),
    "project: head on the first sheet, the indicator "
    "table on a second sheet under 考核指标 · 预期实现值 · 评价标准 (correct)",
)
def wi11() -> Book:
    b, s = book("项目信息")
    project(s, name="钟表文化遗产口述史采集整理", dept=CULTURE, unit=MUSEUM,
            money_rows=one_year(28, 22, 6),
            goals=["采访老一辈钟表匠人，整理出版钟表文化遗产口述史资料。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18, 22))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    table(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "评价标准"), [
        ("产出指标", "数量指标", "采访老钟表匠人数", "≥20人", "每少1人扣0.5分"),
        (None, None, "整理口述史文字稿字数", "≥30万字", "未达到不得分"),
        (None, "质量指标", "口述史资料入库合格率", "≥95%", "按比例得分"),
        (None, "时效指标", "采集整理完成时间", f"{YEAR}年11月30日前", "逾期不得分"),
        (None, "成本指标", "人均采访及整理成本", "≤0.8万元/人", "超出不得分"),
        ("效益指标", "社会效益指标", "口述史成果公开发布篇数", "≥12篇", "每少1篇扣0.5分"),
        (None, "可持续影响指标", "口述史资料长期保存机制", "建立并执行", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "受访匠人满意度", "≥90%", "按调查结果得分"),
    ])  # fmt: skip
    return b


@variant(
    "wi12-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 labels "
    "left from the template without indicators, a value without a name",
)
def wi12() -> Book:
    b, s = book()
    project(s, name="钟表修复技艺展示中心运营", dept=CULTURE, unit=MUSEUM,
            money_rows=one_year(42, 35, 7),
            goals=["运营钟表修复技艺展示中心，定期举办公开展示活动。"])  # fmt: skip
    left = "a tier-2 label left from the template with no indicator and no value"
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "举办钟表修复技艺公开展示场次", "≥30场"),
        (None, "质量指标", "展示讲解内容审核通过率", "=100%"),
        (None, "时效指标", "年度展示计划完成时间", f"{YEAR}年12月15日前"),
        ("成本指标", "经济成本指标", "单场展示活动成本", "≤1万元/场"),
        (None, mk("生态环境成本指标", "F109", "warning", row=True, note=left), None, None),
        ("效益指标", "社会效益指标", "现场观众人次", "≥12000人次"),
        (None, None, mk(None, "F110", "error", note="≥2000人次 with no indicator name"),
         "≥2000人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=left), None, None),
        (None, "可持续影响指标", "展示中心开放服务机制", "长效运行"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b
