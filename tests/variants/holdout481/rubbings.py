"""Stele rubbings (碑帖拓印): flat lists, multi-year projects, header words and a second sheet with
conversion artefacts (zw07–zw12)."""

from __future__ import annotations

from tests.variants.holdout481.common import (
    department,
    indicators,
    multi_year,
    new_book,
    notes,
    one_year,
    project,
    signature,
)
from tests.variants.holdout481.registry import variant
from tests.variants.kit import Book, mk, pct

STELE = "芷沅县碑林管理所"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("zw07-rubbing-flat", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), a typed percent, 0 incidents, weights add to 100 "
         "(correct)")  # fmt: skip
def zw07() -> Book:
    b, s = new_book()
    department(s, STELE, [(212.4, 198.4, 14, 146.4, 66)],
               "完成新拓碑刻拓片300张，修复托裱旧拓120张，推进馆藏拓片数字化。", [
                   ("碑刻拓印与拓片修复", "新拓碑刻、托裱修复旧拓", 38, "新拓300张，修复120张"),
                   ("碑林拓片数字库", "拓片高清扫描与著录", 28, "馆藏拓片数字化率60%"),
                   ("金额合计", None, 66, None),
               ])  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("新拓碑刻拓片数量", 15, "张", "≥", 300),
        ("旧拓片修复托裱数量", 15, "张", "≥", 120),
        ("馆藏拓片数字化率", 15, "%", "≥", pct(0.6)),
        ("拓印过程碑面损伤事故", 10, "起", "=", 0),
        ("拓片霉变发生率", 10, "%", "≤", 2),
        ("拓印技艺公益课堂", 10, "场", "≥", 12),
        ("碑林开放日接待人次", 10, "人次", "≥", 15000),
        ("参观群众满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    signature(s, "欧阳砚秋", "0745-6238026")
    return b


@variant("zw08-rubbing-flat-wrong", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): a rate as a count, ≥ on a 反向 rate, "
         "weights to 95")  # fmt: skip
def zw08() -> Book:
    b, s = new_book()
    department(s, "芷沅县石刻艺术研究所", [(96, 90, 6, 64, 32)],
               "完成摩崖题刻拓印200张，修复旧拓180张，举办拓印展览2场。", [
                   ("摩崖题刻拓印", "高处题刻搭架拓印", 20, "拓印200张"),
                   ("拓片展览", "碑帖拓片专题展", 12, "展览2场"),
                   ("金额合计", None, 32, None),
               ])  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("摩崖题刻拓印数量", "≥200", "正向", "张", 20),
        ("旧拓片修复合格率",
         mk("180张", "T105", "error", note="a 合格率 given as a count of sheets"),
         "正向", "张", 20),
        ("拓印造成的碑面损伤率",
         mk("≥1", "T108", "warning", row=True, note="损伤率 is 反向 (declared so) but takes ≥"),
         "反向", "%", 15),
        ("拓片专题展览场次", "≥2", "正向", "场", 15),
        ("观展人次", "≥8000", "正向", "人次", 10),
        ("观展群众满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+20+15+15+10+15 = 95, not 100")
    signature(s, "欧阳砚秋", "0745-6238026")
    return b


@variant("zw09-rubbing-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "annual counts below the period, rates equal in both (correct)")  # fmt: skip
def zw09() -> Book:
    b, s = new_book()
    project(s, "摩崖石刻拓印建档工程", STELE, multi_year((150, 135, 15), (52, 47, 5)),
            ["三年拓印建档摩崖石刻2400张，建成石刻拓片档案库。",
             "本年拓印建档800张，完成北岩段石刻普查。"], years=3)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "石刻拓片建档数量", "≥2400张", "≥800张"),
        (None, None, "石刻普查点位", "≥90处", "≥30处"),
        (None, "质量指标", "拓片档案著录完整率", "≥95%", "≥95%"),
        (None, "时效指标", "建档任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单张拓片建档成本", "≤0.04万元/张", "≤0.04万元/张"),
        ("效益指标", "社会效益指标", "石刻拓片档案对外查阅人次", "≥3000人次", "≥1000人次"),
        (None, "可持续影响指标", "拓片档案库持续运行", "长期", "长期"),
        ("满意度指标", "服务对象满意度指标", "查阅者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "欧阳砚秋", "0745-6238026")
    return b


@variant("zw10-rubbing-multi-year-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, cumulative counts copied")  # fmt: skip
def zw10() -> Book:
    b, s = new_book()
    goal = "三年完成全县古碑拓印1500张，培养拓印传承人15名。"
    project(s, "古碑拓印技艺传承人培养", STELE, multi_year((90, 80, 10), (30, 26, 4)),
            [goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")],
            years=3)  # fmt: skip
    copied = "cumulative count copied from the 中期 column in a three-year project"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "古碑拓印数量", "≥1500张",
         mk("≥1500张", "D202", "warning", note=copied)),
        (None, None, "培养拓印传承人", "≥15名", mk("≥15名", "D202", "warning", note=copied)),
        (None, "质量指标", "拓片墨色均匀合格率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "单张拓印材料成本", "≤0.01万元/张", "≤0.01万元/张"),
        ("效益指标", "社会效益指标", "拓印技艺进社区活动", "≥12场", "≥4场"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "欧阳砚秋", "0745-6238026")
    return b


@variant("zw11-rubbing-header-words", (7, 5), "project, OLD-NAT, two-row header (考核指标 over the "
         "tiers, 目标值（年度）, 评价标准), abbreviated tier labels, a 说明 row under the table "
         "(correct)")  # fmt: skip
def zw11() -> Book:
    b, s = new_book()
    project(s, "古碑帖拓印技艺传习", "芷沅县文化馆", one_year(12.8, 10, 2.8),
            ["举办碑帖拓印传习班4期，培训学员80人次，学员作品展1场。"])  # fmt: skip
    s.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None)
    s.table([
        ("产出", "数量", "拓印传习班期数", "≥4期", "每少1期扣2分"),
        (None, None, "培训学员人次", "≥80人次", "按完成比例得分"),
        (None, "质量", "学员拓印作品合格率", "≥85%", "低于85%不得分"),
        (None, "时效", "传习班结业时间", "11月30日前", "逾期不得分"),
        (None, "成本", "每期传习班费用", "≤2.5万元/期", "超支不得分"),
        ("效益", "社会效益", "拓印技艺爱好者群体", "稳定扩大", "定性评价"),
        ("满意度", "服务对象满意度", "学员满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：学员作品展于传习班结业后举办，费用在每期传习班费用内列支。")
    signature(s, "符临漪", "0745-6234455")
    return b


@variant("zw12-rubbing-second-sheet", (7, 9), "project: head on the first sheet with a total "
         "split by a space, the indicator table on a second sheet under 预期实现值, a date "
         "typed as its serial")  # fmt: skip
def zw12() -> Book:
    b, s = new_book("基本信息")
    split = mk("26.4 5", "X105", "warning", alt=("X103",), note="26.45 split by a space")
    project(s, "碑帖拓片数字化著录", STELE, one_year(split, 20, 6.45),
            ["完成馆藏碑帖拓片高清扫描500张，著录数据500条。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    t.title("绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "拓片高清扫描数量", "≥500张"),
        (None, None, "著录数据条数", "≥500条"),
        (None, "质量指标", "扫描图像质检合格率", "≥98%"),
        (None, "时效指标", "著录完成时间",
         mk("46022", "X104", "warning", note="serial of 2025-12-31 typed in a text cell")),
        (None, "成本指标", "单张拓片扫描著录成本", "≤0.04万元/张"),
        ("效益指标", "社会效益指标", "拓片数据库在线访问量", "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "研究人员满意度", "≥90%"),
    ])  # fmt: skip
    signature(t, "欧阳砚秋", "0745-6238026")
    return b
