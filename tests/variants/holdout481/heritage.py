"""Both halves at county level: department money, notes and page breaks, points at two levels and
a budget-system export with template rows (zw13–zw18)."""

from __future__ import annotations

from tests.variants.holdout481.common import (
    HEAD4,
    department,
    indicators,
    new_book,
    notes,
    one_year,
    project,
    signature,
)
from tests.variants.holdout481.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

MUSEUM = "芷沅县文化馆"
TASK_GOAL = "年度重点任务全部完成"


@variant("zw13-dept-money", (12, 1), "department, NAT-2021: budget with typed percent shares, key "
         "tasks adding to 金额合计 = 项目支出, all consistent (correct)")  # fmt: skip
def zw13() -> Book:
    b, s = new_book()
    department(s, MUSEUM, [
        (500, 450, 50, 320, 180),
        (pct(1), pct(0.9), pct(0.1), pct(0.64), pct(0.36)),
    ], "办好傩面具专题展和碑帖拓印传习，推进非遗进校园。", [
        ("傩面具专题展", "傩面具征集、布展与讲解", 72, "展出面具150件"),
        ("碑帖拓印传习", "拓印传习班与作品展", 58, "培训学员200人次"),
        ("非遗进校园", "傩戏与拓印进中小学", 50, "覆盖学校20所"),
        ("金额合计", None, 180, None),
    ])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "专题展展出傩面具", "≥150件"),
        (None, None, "拓印传习培训人次", "≥200人次"),
        (None, None, "非遗进校园覆盖学校", "≥20所"),
        (None, "质量指标", "展品完好率", "=100%"),
        (None, "时效指标", "专题展开展时间", "9月30日前"),
        ("成本指标", "经济成本指标", "专题展布展成本", "≤70万元"),
        ("效益指标", "社会效益指标", "专题展接待观众", "≥30000人次"),
        (None, "可持续影响指标", "非遗进校园长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "观众及师生满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "符临漪", "0745-6234455")
    return b


@variant("zw14-dept-money-wrong", (12,), "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额, "
         "key tasks not adding to 金额合计")  # fmt: skip
def zw14() -> Book:
    b, s = new_book()
    total = mk(money(600, WAN), "B101", "error", row=True,
               note="600 = 400 + 200 but ≠ 540 + 50")  # fmt: skip
    whole = mk(money(200, WAN), "B102", "error", note="tasks 80 + 70 + 60 = 210 ≠ 200")
    department(s, "芷沅县非物质文化遗产保护中心", [(total, 540, 50, 400, 200)],
               "完成傩戏、碑帖拓印两项县级非遗的记录、传承和展示。", [
                   ("傩戏记录", "傩戏剧目与面具影像记录", 80, "记录剧目12出"),
                   ("拓印传承", "拓印传承人带徒补助", 70, "带徒20名"),
                   ("非遗展示", "非遗展示馆运行", 60, "开放300天"),
                   ("金额合计", None, whole, None),
               ])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "记录傩戏剧目", "≥12出"),
        (None, None, "拓印传承人带徒", "≥20名"),
        (None, "时效指标", "展示馆全年开放天数", "≥300天"),
        ("成本指标", "经济成本指标", "带徒补助标准", "≤3万元/名"),
        ("效益指标", "社会效益指标", "非遗项目存续状况", "良好"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "龙秀岑", "0745-6231804")
    return b


@variant("zw15-mask-notes-page-break", (4,), "project, OLD-NAT, weight column: a 注 row inside the "
         "table, the header repeated after a page break, subtotal and total rows, 填表说明, "
         "signature and a fill date in the year before (correct)")  # fmt: skip
def zw15() -> Book:
    b, s = new_book()
    project(s, "傩面具非遗工坊建设", "芷沅县鹤塘镇文化站", one_year(25, 20, 5),
            ["在鹤塘镇、石坳村建成傩面具非遗工坊2个，驻场匠人6名。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "非遗工坊建成数量", "≥2个", 10),
        (None, None, "驻场雕刻匠人", "≥6人", 10),
        (None, "质量指标", "工坊消防验收合格率", "=100%", 10),
        (None, "时效指标", "工坊挂牌时间", "8月31日前", 10),
        (None, "成本指标", "单个工坊建设补助", "≤9万元/个", 10),
    ])  # fmt: skip
    s.row("产出指标小计", None, None, None, 50, merge=[(1, 4)])
    notes(s, "注：权重按一级指标分块小计，续下页。", width=5)
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "经济效益指标", "工坊面具文创销售额", "≥12万元", 10),
        (None, "社会效益指标", "工坊接待研学人次", "≥3000人次", 10),
        (None, "可持续影响指标", "工坊持续运营年限", "≥5年", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("效益指标小计", None, None, None, 30, merge=[(1, 4)])
    s.table([
        ("满意度指标", "服务对象满意度指标", "研学游客满意度", "≥90%", 10),
        (None, None, "驻场匠人满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("满意度指标小计", None, None, None, 20, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "填表说明：1.指标值中“≥”表示不低于；2.权重合计为100分；3.本表一式两份。", width=5)
    signature(s, "麻启鸣", "0745-6235172", day(2024, 11, 28))
    return b


TWO_LEVELS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("zw16-mask-points-wrong", (10, 4), "project, OLD-NAT, tier-1 score column and indicator "
         "score column: two tiers' indicator scores off their tier score, a 合格率 over 100 %, "
         "a 注 row under the table")  # fmt: skip
def zw16() -> Book:
    b, s = new_book()
    project(s, "傩戏演出季", "芷沅县傩戏传承协会", one_year(30, 26, 4),
            ["举办傩戏演出季，演出20场，展示傩面具60件。"])  # fmt: skip
    off = "indicator scores under the tier add to {}, not {}"
    indicators(s, TWO_LEVELS, [
        ("产出指标", mk(50, "W103", "error", note=off.format(55, 50)), "数量指标",
         "傩戏演出场次", "≥20场", 15),
        (None, None, None, "傩面具展示件数", "≥60件", 10),
        (None, None, "质量指标", "面具彩绘合格率",
         mk("≥102%", "T106", "error", note="a 合格率 cannot exceed 100 %"), 10),
        (None, None, "时效指标", "演出季完成时间", "10月31日前", 10),
        (None, None, "成本指标", "单场演出成本", "≤1万元/场", 10),
        ("效益指标", mk(30, "W103", "error", note=off.format(25, 30)), "社会效益指标",
         "观演群众人次", "≥6000人次", 15),
        (None, None, "可持续影响指标", "傩戏演出班社运行", "稳定", 10),
        ("满意度指标", 20, "服务对象满意度指标", "观众满意度", "≥90%", 10),
        (None, None, None, "演员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级分值与指标分值为两级计分，各自合计100分。")
    signature(s, "麻启鸣", "0745-6235172")
    return b


@variant("zw17-rubbing-points-two-levels", (10,), "project, NAT-2021, tier-1 score column and "
         "indicator score column both adding to 100, a rate raised in 百分点, a 下降率 with ≥ "
         "(correct)")  # fmt: skip
def zw17() -> Book:
    b, s = new_book()
    project(s, "碑帖拓片整理与公共服务", "芷沅县碑林管理所", one_year(20, 18, 2),
            ["拓制碑刻拓片300张并著录上网，开设拓印公开课，提高拓片检索利用率。"])  # fmt: skip
    indicators(s, TWO_LEVELS, [
        ("产出指标", 40, "数量指标", "碑刻拓片拓制", "≥300张", 15),
        (None, None, None, "拓片数字化著录", "≥300条", 10),
        (None, None, "质量指标", "拓片著录差错率", "≤1%", 10),
        (None, None, "时效指标", "年度拓制任务完成时间", "12月15日前", 5),
        ("成本指标", 10, "经济成本指标", "单张拓片拓制成本", "≤0.05万元/张", 10),
        ("效益指标", 30, "社会效益指标", "拓片数据库检索利用率较上年提高", "≥3百分点", 10),
        (None, None, None, "拓印公开课受众", "≥1500人次", 10),
        (None, None, "可持续影响指标", "碑面墨迹残留处数下降率", "≥20%", 10),
        ("满意度指标", 20, "服务对象满意度指标", "研究者满意度", "≥90%", 10),
        (None, None, None, "公开课学员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "欧阳砚秋", "0745-6238026")
    return b


@variant("zw18-rubbing-export-template", (6, 13), "budget-system export, NAT-2021: sheets 05-1 "
         "and 05-2 with codes in the first columns and the header on the third row; two tier-2 "
         "rows left from the template, a value without a name")  # fmt: skip
def zw18() -> Book:
    b, s = new_book("部门项目支出预算05-1", (14, 22, 16, 26, 14, 14, 14))
    s.row("2025年部门项目支出预算表", merge=[(1, 7)])
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("318004", "芷沅县碑林管理所", "31800425007", "碑帖拓印技艺保护传承",
          money(48, WAN), money(40, WAN), money(8, WAN))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 18, 28, 16))
    t.row("2025年部门项目支出绩效目标表", merge=[(1, 6)])
    t.row("单位：芷沅县碑林管理所")
    empty = "tier-2 label left from the template with no indicator and no value"
    c, n = "31800425007", "碑帖拓印技艺保护传承"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (c, n, "产出指标", "数量指标", "碑刻拓片拓制数量", "≥260张"),
        (c, n, None, None, "拓印技艺培训人次", "≥80人次"),
        (c, n, None, "质量指标", "拓片墨色层次达标率", "≥90%"),
        (c, n, None, mk("时效指标", "F109", "warning", row=True, note=empty), None, None),
        (c, n, "成本指标", "经济成本指标", "单张拓片制作成本", "≤0.05万元/张"),
        (c, n, "效益指标", "社会效益指标", "碑帖拓印技艺公众知晓度", "提升"),
        (c, n, None, mk("生态效益指标", "F109", "warning", row=True, note=empty), None, None),
        (c, n, None, "可持续影响指标",
         mk(None, "F110", "error", note="a value with no indicator name"), "≥3年"),
        (c, n, "满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b
