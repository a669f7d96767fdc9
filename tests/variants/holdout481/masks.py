"""Nuo opera masks (傩戏面具): typed percent cells, stacked projects and tier labels (zw01–zw06)."""

from __future__ import annotations

from tests.variants.holdout481.common import (
    HEAD4,
    HEAD6,
    indicators,
    new_book,
    one_year,
    project,
    signature,
)
from tests.variants.holdout481.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

CENTRE = "芷沅县非物质文化遗产保护中心"


@variant("zw01-mask-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells, 万元 only in the number format (correct)")  # fmt: skip
def zw01() -> Book:
    b, s = new_book()
    project(s, "傩戏面具雕刻技艺抢救性记录与复制", CENTRE, one_year(36.8, 30, 6.8),
            ["复制濒危傩面具40件，完成雕刻技艺影像记录，培养雕刻学徒12名。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "濒危傩面具复制数量", "≥", 40, "件"),
        (None, None, "雕刻技艺影像记录时长", "≥", 600, "分钟"),
        (None, None, "培养雕刻学徒人数", "≥", 12, "人"),
        (None, "质量指标", "复制面具验收合格率", "≥", pct(0.95), "%"),
        (None, None, "面具漆层开裂返修率", "≤", pct(0.03), "%"),
        (None, "时效指标", "影像资料成片入库", "定性", "按时完成", None),
        (None, "成本指标", "单件面具雕刻成本", "≤", 0.35, "万元/件"),
        ("效益指标", "社会效益指标", "雕刻技艺传承人梯队", "定性", "基本形成", None),
        (None, "可持续影响指标", "影像资料长期保存年限", "≥", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "雕刻学徒满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "龙秀岑", "0745-6231804")
    return b


@variant("zw02-mask-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns: a "
         "typed percent over 100 and ≥ on a 反向 repair rate")  # fmt: skip
def zw02() -> Book:
    b, s = new_book()
    project(s, "傩戏面具彩绘修复", CENTRE, one_year(22.5, 18, 4.5),
            ["修复馆藏及民间傩面具60件，建立修复档案，彩绘工艺合格。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "傩面具修复数量", "≥", 60, "件"),
        (None, None, "修复档案建档数", "≥", 60, "份"),
        (None, "质量指标", "彩绘修复验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105% on a capped 合格率"), "%"),
        (None, None, "修复后褪色返工率",
         mk("≥", "T108", "warning", row=True, note="返工率 is 反向: ≥5% sets a floor, not a cap"),
         pct(0.05), "%"),
        (None, "时效指标", "修复任务完成时间", "≤", "11月30日", None),
        (None, "成本指标", "单件修复成本", "≤", 0.3, "万元/件"),
        ("效益指标", "社会效益指标", "修复面具巡回展出场次", "≥", 6, "场"),
        ("满意度指标", "服务对象满意度指标", "面具收藏户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "滕书遥", "0745-6231810")
    return b


@variant("zw03-mask-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one value column, "
         "the same satisfaction name with different values (correct)")  # fmt: skip
def zw03() -> Book:
    b, s = new_book("项目表")
    project(s, "傩面具传习所运行补助", "芷沅县文化馆", one_year(18.6, 15, 3.6),
            ["开设傩面具雕刻传习课120课时，学员30人，结业考核合格率90%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "传习课时", "≥120课时"),
        (None, None, "参训学员人数", "≥30人"),
        (None, "质量指标", "学员结业考核合格率", "≥90%"),
        (None, "时效指标", "传习所全年开放天数", "≥200天"),
        (None, "成本指标", "课时补助标准", "≤0.05万元/课时"),
        ("效益指标", "社会效益指标", "傩面具传统纹样传承", "有效传承"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "傩戏乡村巡演", "芷沅县傩戏传承协会", one_year(24, 24, 0),
            ["赴乡村巡演傩戏16场，观演4800人次，演出安全零事故。"], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "巡演场次", "≥16场"),
        (None, None, "观演人次", "≥4800人次"),
        (None, "质量指标", "演出安全事故", "0起"),
        (None, "时效指标", "巡演完成时间", "10月31日前"),
        (None, "成本指标", "单场演出补助", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "乡村群众文化生活", "明显丰富"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    signature(s, "彭岳澄", "0745-6232117")
    return b


@variant("zw04-mask-stacked-wrong", (2, 12), "two projects stacked in one sheet, OLD-NAT: the "
         "second project's total is not its parts and a 完成率 is given in 场")  # fmt: skip
def zw04() -> Book:
    b, s = new_book("项目表")
    project(s, "傩戏面具展陈提升", "芷沅县博物馆", one_year(28, 25, 3),
            ["更新傩面具展柜12组，展出面具80件，接待观众2万人次。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "更新展柜数量", "≥12组"),
        (None, None, "展出傩面具数量", "≥80件"),
        (None, "质量指标", "展柜恒温恒湿达标率", "≥95%"),
        (None, "成本指标", "单组展柜更新成本", "≤2万元/组"),
        ("效益指标", "社会效益指标", "展厅接待观众人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(32, WAN), "B101", "error", note="32 ≠ 财政拨款 25 + 其他资金 5")
    project(s, "傩戏进校园展演", "芷沅县傩戏传承协会", one_year(total, 25, 5),
            ["在全县中小学展演傩戏12场，覆盖学生6000人次。"], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "校园展演场次", "≥12场"),
        (None, None, "覆盖学生人次", "≥6000人次"),
        (None, "质量指标", "展演计划完成率",
         mk("12场", "T105", "error", note="a 完成率 given as a count")),
        (None, "成本指标", "单场展演补助", "≤2万元/场"),
        ("效益指标", "社会效益指标", "学生对傩戏的了解程度", "明显提高"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "彭岳澄", "0745-6232117")
    return b


@variant("zw05-mask-tier-labels", (5,), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）), abbreviated and starred tier-2 labels (correct)")  # fmt: skip
def zw05() -> Book:
    b, s = new_book()
    project(s, "傩戏传统剧目数字化整理", CENTRE, one_year(42, 42, 0),
            ["整理傩戏传统剧目18出，录制高清影像18部，出版剧本汇编1部。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标（40分）", "（一）数量", "整理传统剧目数量", "≥18出"),
        (None, None, "录制高清影像", "≥18部"),
        (None, "（二）质量", "影像资料技术验收合格率", "≥95%"),
        (None, "（三）时效", "剧本汇编付印时间", "12月20日前"),
        ("二、成本指标（20分）", "★经济成本指标", "单部剧目影像录制成本", "≤1.5万元/部"),
        (None, None, "剧本汇编出版费用", "≤8万元"),
        ("三、效益指标（30分）", "（一）社会效益", "剧目影像公开展播次数", "≥36次"),
        (None, "（二）可持续影响", "数字化资料向公众开放", "长期开放"),
        ("四、满意度指标（10分）", "*服务对象满意度指标", "傩戏艺人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "龙秀岑", "0745-6231804")
    return b


@variant("zw06-mask-wrong-parent", (5, 13), "project, NAT-2021, numbered labels: 时效指标 under "
         "效益指标, and a value left without an indicator name")  # fmt: skip
def zw06() -> Book:
    b, s = new_book()
    project(s, "傩面具木料储备与雕刻工具更新", CENTRE, one_year(15.6, 12, 3.6),
            ["储备樟木、白杨木料30立方米，更新雕刻工具20套。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "储备雕刻木料", "≥30立方米"),
        (None, None, "更新雕刻工具", "≥20套"),
        (None, "（二）质量指标", "木料含水率达标率", "≥90%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥95%"),
        ("二、成本指标", "（一）经济成本指标", "每立方米木料采购成本", "≤0.3万元"),
        ("三、效益指标", "（一）社会效益指标", "雕刻学徒实训用料保障", "有效保障"),
        (None, mk("（二）时效指标", "F105", "error", note="时效 belongs to 产出指标"),
         "木料入库时间", "6月30日前"),
        ("四、满意度指标", "（一）服务对象满意度指标", "雕刻艺人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "滕书遥", "0745-6231810")
    return b
