"""Tie-dye (扎染) school craft classes: header words, a second sheet, points, template rows and
footnotes."""

from __future__ import annotations

from tests.variants.holdout484.common import (
    YEAR,
    indicators,
    notes,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout484.registry import variant
from tests.variants.kit import Book, day, mk

EDU = "檀溪县教育体育局（205003）"


@variant("zz07-tiedye-header-words", (7,),
         "project, NAT-2021, headers 考核指标, 目标值（年度） and a 评价标准 scoring column; "
         "=100% kept as text, 0起 on an incident count (correct)")  # fmt: skip
def tiedye_header_words() -> Book:
    b, s = start()
    project(s, "檀溪县中小学扎染非遗进课堂项目", EDU, "檀溪县青少年校外活动中心",
            one_year(28, 28, 0),
            ["在12所中小学开设扎染美育课，配齐教具材料，形成校本课程。"])  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    full = "达到目标值得满分，未达到按比例扣分"
    indicators(s, head, [
        ("产出指标", "数量指标", "开设扎染课的学校", "≥12所", full),
        (None, None, "扎染课时", "≥480课时", full),
        (None, "质量指标", "学生作品展评合格率", "≥90%", full),
        (None, None, "课程验收合格率", "=100%", "全部验收合格得满分"),
        (None, "时效指标", "教具材料到位时间", "2025年3月31日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "每校教具材料费", "≤1.5万元/校", "超出不得分"),
        (None, "社会成本指标", "学生操作安全事故", "0起", "发生一起扣全部分值"),
        ("效益指标", "社会效益指标", "学生扎染非遗知晓率", "≥85%", full),
        (None, "可持续影响指标", "校本扎染课程常态化机制", "建立并执行", "视落实情况评分"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", full),
    ])  # fmt: skip
    sign(s, "杨晓岚", "0745-7382615")
    return b


@variant("zz08-tiedye-second-sheet", (7, 9),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "预期实现值; a completion rate given as a head count, a date pasted as a "
         "serial")  # fmt: skip
def tiedye_second_sheet() -> Book:
    b, s = start("项目信息")
    project(s, "檀溪县乡村教师扎染技艺培训项目", EDU, "檀溪县教师发展中心", one_year(18, 16, 2),
            ["培训乡村美术教师36人，每人能独立开设扎染课程并完成一次学生作品展演。"])  # fmt: skip
    t = b.sheet("绩效指标", (18, 18, 30, 20))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "培训乡村美术教师", "≥36人"),
        (None, None, "集中培训天数", "≥10天"),
        (None, "质量指标", "教师培训考核完成率",
         mk("36人", "T105", "error", note="完成率要百分比，36人是人数")),
        (None, "时效指标", "学生作品展演完成时间",
         mk("45992", "X104", "warning", note="文本单元格中的日期序列号（2025-12-01）")),
        ("成本指标", "经济成本指标", "人均培训费", "≤4000元/人"),
        ("效益指标", "社会效益指标", "参训教师开设扎染课比例", "≥90%"),
        (None, "可持续影响指标", "县级扎染教研机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"),
    ])  # fmt: skip
    sign(t, "吴海燕", "0745-7390274")
    return b


@variant("zz09-tiedye-two-level-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column (both 100), a "
         "participation rate raised in 百分点 (correct)")  # fmt: skip
def tiedye_two_level_points() -> Book:
    b, s = start()
    project(s, "檀溪县乡村学校扎染美育工作坊项目", EDU, "檀溪县教育体育局", one_year(20, 18, 2),
            ["在8所乡村学校建扎染美育工作坊，提高学生美育课程参与率。"])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, [
        ("产出指标", 50, "数量指标", "建成扎染工作坊", "≥8个", 20),
        (None, None, None, "参与学生", "≥1600人", 10),
        (None, None, "质量指标", "工作坊验收合格率", "≥95%", 10),
        (None, None, "时效指标", "工作坊投入使用时间", "2025年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "每个工作坊建设费", "≤2.2万元", 10),
        ("效益指标", 30, "社会效益指标", "学生美育课程参与率比上年提高", "≥5百分点", 20),
        (None, None, "可持续影响指标", "工作坊使用管理制度", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "师生满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100, merge=[(3, 5)])
    sign(s, "杨晓岚", "0745-7382615")
    return b


@variant("zz10-tiedye-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column: the 产出 scores "
         "add to 45 against a declared 50, a satisfaction rate written =95%")  # fmt: skip
def tiedye_points_mismatch() -> Book:
    b, s = start()
    project(s, "檀溪县中学扎染社团活动项目", EDU, "檀溪县第二中学", one_year(9, 8, 1),
            ["支持4所中学组建扎染社团，举办县级学生扎染作品联展。"])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    short = "产出指标下各指标分值合计 15+15+10+5=45，与声明的 50 分不符"
    indicators(s, head, [
        ("产出指标", mk(50, "W103", "error", alt=("W101",), note=short), "数量指标",
         "组建扎染社团", "≥4个", 15),
        (None, None, None, "社团活动", "≥64次", 15),
        (None, None, "质量指标", "联展作品入选率", "≥80%", 10),
        (None, None, "时效指标", "联展举办时间", "2025年11月30日前", 5),
        ("成本指标", 10, "经济成本指标", "每个社团活动经费", "≤2万元", 10),
        ("效益指标", 30, "社会效益指标", "社团学生美育素养提升", "显著", 20),
        (None, None, "可持续影响指标", "社团常态化活动机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "社团学生满意度",
         mk("=95%", "T107", "warning", note="满意度写“=”，应为≥"), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "陈立芬", "0745-7366108")
    return b


@variant("zz11-tiedye-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template with "
         "nothing under them, a value whose name cell is empty")  # fmt: skip
def tiedye_template_rows() -> Book:
    b, s = start()
    project(s, "檀溪县小学扎染兴趣课程推广项目", EDU, "檀溪县实验小学", one_year(12, 12, 0),
            ["在20所小学推广扎染兴趣课，编印低年级扎染课程读本。"])  # fmt: skip
    left = "模板留下的二级指标，下面没有三级指标和指标值"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "开设兴趣课的小学", "≥20所"),
        (None, None, "编印课程读本", "≥3000册"),
        (None, "质量指标", "读本审定合格率", "=100%"),
        (None, "时效指标", mk(None, "F110", "error", note="有指标值却没有三级指标名称"),
         "≥95%"),
        ("成本指标", "经济成本指标", "读本印制单价", "≤18元/册"),
        ("效益指标", mk("经济效益指标", "F109", "warning", row=True, note=left), None, None),
        (None, "社会效益指标", "学生扎染兴趣课参与率", "≥85%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=left), None, None),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "欧阳敏", "0745-7315526")
    return b


@variant("zz12-tiedye-footnotes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, 注 rows "
         "and 填表说明 under it, signature and a fill date in the December before "
         "(correct)")  # fmt: skip
def tiedye_footnotes() -> Book:
    b, s = start()
    project(s, "檀溪县扎染研学实践基地学生课程项目", EDU, "檀溪县青少年校外活动中心",
            one_year(32, 28, 4),
            ["全年接待中小学生扎染研学实践5000人次，开发研学课程6门。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "接待学生研学实践", "≥5000人次"),
        (None, None, "开发研学课程", "≥6门"),
        (None, "质量指标", "研学课程评审通过率", "≥90%"),
        (None, "时效指标", "课程开发完成时间", "2025年6月30日前"),
        (None, "成本指标", "生均研学材料费", "≤40元/人次"),
    ], merged=(1, 2))  # fmt: skip
    s.row("（以下效益、满意度指标按基地年度工作计划填列）", merge=[(1, 4)])
    s.table([
        ("效益指标", "社会效益指标", "学生非遗技艺体验覆盖率", "≥60%"),
        (None, "可持续影响指标", "研学课程年度更新机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学生及带队教师满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注1：年度资金总额32万元，其中其他资金4万元为县教育基金会捐赠，专用于采购布料与染料。",
          "注2：生均研学材料费按研学人次计算。",
          "填表说明：指标值应可量化，定性指标按“好、较好、一般”分档填写。", width=4)  # fmt: skip
    sign(s, "向丽君", "0745-7342281", day(YEAR - 1, 12, 9))
    return b
